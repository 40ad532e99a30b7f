package org.rspnavigator.documents.usecase;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.UseCaseRow;

/**
 * Exports of a use case's matrix: the rows as the use-case view shows them, with the portfolio
 * entries each names and their assessment group, the purpose, and a column per system marked where
 * the row concerns it. CSV and XLSX have the same columns and rows.
 *
 * <p>The caller chooses the rows and the system columns, as the view does when it is narrowed to a
 * kind of system; they must be the use case's own, and the use case must come from {@code catalog}
 * (an export names the catalog edition it was made from).
 *
 * <p>Immutable and safe to share between threads.
 */
public final class UseCaseExport {

    /**
     * The rows as CSV: UTF-8 with a byte-order mark, RFC 4180 quoting and CRLF line ends, a header
     * row and then one record per row in the given order; cells that a spreadsheet would take for a
     * formula start with an apostrophe.
     *
     * @param systems the system columns, as the use case prints them, in the order wanted
     */
    public byte[] csv(Catalog catalog, UseCase useCase, List<UseCaseRow> rows, List<String> systems) {
        requireFrom(catalog, useCase, rows, systems);
        return UseCaseCsv.write(useCase, rows, systems);
    }

    /**
     * The rows as an XLSX workbook: a "Matrix" sheet with the columns and rows of
     * {@link #csv}, its header row bold, frozen and filtered, and an "About" sheet with the source, the
     * filter, the catalog edition, the time and the use case's footnotes. No cell is a formula.
     *
     * @param filterDescription which rows and systems were chosen, in words
     * @param generatedAt       written on the About sheet, in the reader's zone
     */
    public byte[] xlsx(Catalog catalog, UseCase useCase, List<UseCaseRow> rows, List<String> systems,
            String filterDescription, ZonedDateTime generatedAt) {
        requireFrom(catalog, useCase, rows, systems);
        Objects.requireNonNull(filterDescription, "filterDescription");
        Objects.requireNonNull(generatedAt, "generatedAt");
        return UseCaseXlsx.write(catalog.edition(), useCase, rows, systems, filterDescription, generatedAt);
    }

    private static void requireFrom(Catalog catalog, UseCase useCase, List<UseCaseRow> rows, List<String> systems) {
        if (!catalog.useCase(useCase.id()).map(useCase::equals).orElse(false)) {
            throw new IllegalArgumentException("use case " + useCase.id() + " is not part of catalog edition "
                    + catalog.edition().edition());
        }
        for (UseCaseRow row : rows) {
            if (!useCase.rows().contains(row)) {
                throw new IllegalArgumentException("row " + row.number() + " is not a row of use case " + useCase.id());
            }
        }
        for (String system : systems) {
            if (!useCase.systems().contains(system)) {
                throw new IllegalArgumentException("use case " + useCase.id() + " names no system '" + system + "'");
            }
        }
    }
}
