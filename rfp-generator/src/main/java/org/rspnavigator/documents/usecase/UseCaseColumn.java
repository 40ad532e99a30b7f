package org.rspnavigator.documents.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rspnavigator.documents.xlsx.XlsxWriter.Look;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.UseCaseRow;

/**
 * A column of a use case's matrix as a table. The CSV and the XLSX export both take {@link #all},
 * so that they have the same columns in the same order: the row as the use-case table prints it,
 * the portfolio entries it names with their assessment group, its purpose and notes, then a column
 * per system with {@link #TICK} where the row concerns the system. The CSV writes each column's
 * {@code text}; the workbook writes its {@code cell}, the same but for the row number, a number.
 *
 * @param width in characters, for the workbook
 */
record UseCaseColumn(String header, Function<UseCaseRow, String> text, Function<UseCaseRow, Object> cell, int width,
        Look look) {

    /** What a system's column holds where the row concerns the system, as the use-case view marks it. */
    static final String TICK = "●";

    private static UseCaseColumn text(String header, Function<UseCaseRow, String> text, int width, Look look) {
        return new UseCaseColumn(header, text, text::apply, width, look);
    }

    /** The columns for {@code useCase} with a column for each of {@code systems}, in that order. */
    static List<UseCaseColumn> all(UseCase useCase, List<String> systems) {
        List<UseCaseColumn> columns = new ArrayList<>(List.of(
            new UseCaseColumn("Row", r -> Integer.toString(r.number()), UseCaseRow::number, 6, Look.PLAIN),
            text("Standard", UseCaseRow::label, 28, Look.WRAPPED),
            text("Portfolio entries", r -> r.standards().stream().map(Standard::briefName)
                    .collect(Collectors.joining("; ")), 28, Look.WRAPPED),
            text("Portfolio IDs", r -> r.standards().stream().map(Standard::id).collect(Collectors.joining("; ")), 24,
                    Look.WRAPPED),
            text("Assessment group", UseCaseColumn::groups, 16, Look.PLAIN),
            text("Category", r -> r.category().label(), 22, Look.WRAPPED),
            text("Purpose", UseCaseRow::purpose, 50, Look.WRAPPED),
            text("Notes", r -> notes(useCase, r), 40, Look.WRAPPED)));
        for (String system : systems) {
            columns.add(text(system, r -> r.concerns(system) ? TICK : "", 12, Look.CENTRED));
        }
        return List.copyOf(columns);
    }

    /**
     * The assessment group of the row's entries: one, where they share it, so that filtering the
     * column for "Preferred" finds the row; otherwise each entry's, in the order of the entries
     * ("Emerging; Legacy" for the numeric and the RT identifiers of SNOMED CT).
     */
    private static String groups(UseCaseRow row) {
        List<String> groups = row.standards().stream().map(s -> s.group().label()).toList();
        return groups.stream().distinct().count() == 1 ? groups.getFirst() : String.join("; ", groups);
    }

    /**
     * What the view prints beside and under the row: the use case's footnotes that apply to it, the
     * clause a derived row rests on, and a correction of what the table prints.
     */
    private static String notes(UseCase useCase, UseCaseRow row) {
        List<String> notes = new ArrayList<>();
        for (String mark : row.footnotes()) {
            Optional<UseCase.UseCaseFootnote> note = useCase.footnotes().stream().filter(f -> f.mark().equals(mark))
                    .findFirst();
            notes.add("Note " + mark + note.map(f -> ": " + f.text()).orElse(""));
        }
        row.basis().ifPresent(b -> notes.add("Based on ISO 21860 clause " + b + "."));
        row.correction().ifPresent(c -> notes.add("Corrected: "
                + c.describe(useCase.table().map(t -> "Table " + t).orElse("The table"))));
        return String.join(" | ", notes);
    }
}
