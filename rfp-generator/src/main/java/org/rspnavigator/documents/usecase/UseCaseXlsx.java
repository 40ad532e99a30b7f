package org.rspnavigator.documents.usecase;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rspnavigator.documents.xlsx.XlsxWriter;
import org.rspnavigator.documents.xlsx.XlsxWriter.Note;
import org.rspnavigator.model.CatalogEdition;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.UseCaseRow;

/**
 * The XLSX form of a use case's matrix: a "Matrix" sheet with the CSV's columns and rows
 * ({@link UseCaseColumn}), its header frozen and filtered, so that a reader can keep the rows that
 * concern a system by filtering its column; and an "About" sheet that says where the use case
 * comes from, which rows and systems were chosen, from which catalog edition and when, and the use
 * case's footnotes.
 */
final class UseCaseXlsx {

    static final String TABLE_SHEET = "Matrix";
    static final String ABOUT_SHEET = "About";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm zzz", Locale.ENGLISH);

    private UseCaseXlsx() {
    }

    static byte[] write(CatalogEdition edition, UseCase useCase, List<UseCaseRow> rows, List<String> systems,
            String filterDescription, ZonedDateTime generatedAt) {
        String title = useCase.name() + " — key standards and systems";
        XlsxWriter book = new XlsxWriter(title, useCase.provenance() + ": " + filterDescription,
                "Made from catalog edition " + edition.edition() + " (" + edition.sourceDocument() + ")");
        List<UseCaseColumn> columns = UseCaseColumn.all(useCase, systems);
        XlsxWriter.Table table = book.table(TABLE_SHEET, columns.stream()
                .map(c -> new XlsxWriter.Column(c.header(), c.width(), c.look())).toList());
        for (UseCaseRow row : rows) {
            table.row(columns.stream().map(c -> c.cell().apply(row)).toList());
        }
        table.end();

        List<Note> notes = new ArrayList<>(List.of(
                new Note("Contents", "One line per row of the use case that the filter keeps: " + rows.size() + " of "
                        + useCase.rows().size() + ", in the use case's order. After the row's standards, its purpose "
                        + "and notes, a column per system as the use-case table names it, marked " + UseCaseColumn.TICK
                        + " where the row concerns that system."),
                new Note("Source", useCase.provenance() + ". The purposes and notes are RSP Navigator's own words."),
                new Note("Filter", filterDescription),
                new Note("Catalog edition", edition.edition() + " (" + edition.sourceDocument() + ")"),
                new Note("Generated", DATE.format(generatedAt))));
        useCase.footnotes().forEach(f -> notes.add(new Note("Note " + f.mark(), f.text())));
        book.notes(ABOUT_SHEET, useCase.name(), notes);
        return book.bytes();
    }
}
