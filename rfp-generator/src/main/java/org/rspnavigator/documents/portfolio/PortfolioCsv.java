package org.rspnavigator.documents.portfolio;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rspnavigator.documents.csv.CsvWriter;
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

    private PortfolioCsv() {
    }

    static byte[] write(List<Standard> standards) {
        CsvWriter out = new CsvWriter().row(COLUMNS.stream().map(Column::header).toList());
        for (Standard s : standards) {
            out.row(COLUMNS.stream().map(c -> c.value().apply(s)).toList());
        }
        return out.bytes();
    }
}
