package org.rspnavigator.documents.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rspnavigator.documents.csv.CsvWriter;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Sdo;
import org.rspnavigator.model.Standard;

/** The CSV form of a portfolio view: its columns and RFC 4180 writing. */
final class PortfolioCsv {

    private record Column(String header, Function<Standard, String> value) {
    }

    private static List<Column> columns(Optional<Region> region) {
        String in = region.map(r -> " in " + r.label()).orElse("");
        return List.of(
            new Column("ID", Standard::id),
            new Column("Table", s -> Integer.toString(s.table())),
            new Column("Category", s -> s.category().label()),
            new Column("Group", s -> s.group().label()),
            new Column("Position", s -> Integer.toString(s.position())),
            new Column("Brief name", Standard::briefName),
            new Column("Formal name", Standard::formalName),
            new Column("Maturity", s -> s.maturity().label()),
            new Column("Product adoption" + in, s -> PortfolioExport.rating(s.productAdoption(), region)),
            new Column("Site deployment" + in, s -> PortfolioExport.rating(s.siteDeployment(), region)),
            new Column("Tooling", s -> s.tooling().label()),
            new Column("Footnotes", s -> s.allFootnotes().stream()
                    .map(f -> f.reference() + ": " + f.describe()).collect(Collectors.joining(" | "))),
            new Column("SDOs", s -> s.sdos().stream().map(Sdo::label).collect(Collectors.joining("; "))),
            new Column("Specification", s -> s.specification().orElse("")),
            new Column("Clause", Standard::clause),
            new Column("Provenance", Standard::provenance));
    }

    private PortfolioCsv() {
    }

    /** With {@code region}, the two rating columns give the level that applies there, and say so in their headings. */
    static byte[] write(List<Standard> standards, Optional<Region> region) {
        List<Column> columns = columns(region);
        CsvWriter out = new CsvWriter().row(columns.stream().map(Column::header).toList());
        for (Standard s : standards) {
            out.row(columns.stream().map(c -> c.value().apply(s)).toList());
        }
        return out.bytes();
    }
}
