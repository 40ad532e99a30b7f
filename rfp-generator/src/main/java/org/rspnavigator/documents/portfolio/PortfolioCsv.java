package org.rspnavigator.documents.portfolio;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rspnavigator.model.Sdo;
import org.rspnavigator.model.Standard;

/** The CSV form of a portfolio view: its columns and RFC 4180 writing. */
final class PortfolioCsv {

    private record Column(String header, Function<Standard, String> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("ID", Standard::id),
            new Column("Table", s -> Integer.toString(s.table())),
            new Column("Category", s -> s.category().label()),
            new Column("Group", s -> s.group().label()),
            new Column("Position", s -> Integer.toString(s.position())),
            new Column("Brief name", Standard::briefName),
            new Column("Formal name", Standard::formalName),
            new Column("Maturity", s -> s.maturity().label()),
            new Column("Product adoption", s -> s.productAdoption().describe()),
            new Column("Site deployment", s -> s.siteDeployment().describe()),
            new Column("Tooling", s -> s.tooling().label()),
            new Column("Footnotes", s -> s.allFootnotes().stream()
                    .map(f -> f.reference() + ": " + f.describe()).collect(Collectors.joining(" | "))),
            new Column("SDOs", s -> s.sdos().stream().map(Sdo::label).collect(Collectors.joining("; "))),
            new Column("Specification", s -> s.specification().orElse("")),
            new Column("Clause", Standard::clause),
            new Column("Provenance", Standard::provenance));

    /** Spreadsheets run a cell that starts with one of these as a formula (CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private PortfolioCsv() {
    }

    static byte[] write(List<Standard> standards) {
        StringBuilder out = new StringBuilder("\uFEFF");
        row(out, COLUMNS.stream().map(Column::header).toList());
        for (Standard s : standards) {
            row(out, COLUMNS.stream().map(c -> c.value().apply(s)).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(PortfolioCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** One cell: guarded against formulas, then quoted if it holds a comma, quote or line break. */
    private static String cell(String value) {
        String guarded = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (guarded.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return '"' + guarded.replace("\"", "\"\"") + '"';
        }
        return guarded;
    }
}
