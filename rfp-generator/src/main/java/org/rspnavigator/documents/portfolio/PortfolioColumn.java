package org.rspnavigator.documents.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rspnavigator.documents.xlsx.XlsxWriter.Look;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Sdo;
import org.rspnavigator.model.Standard;

/**
 * A column of a portfolio view as a table. The CSV and the XLSX export both take {@link #all}, so
 * that they have the same columns in the same order. The CSV writes each column's {@code text}; the
 * workbook writes its {@code cell}, which differs only where a spreadsheet can do more with it: table
 * and position are numbers, and a level starts with its rank ({@link LevelRanks}) so that sorting
 * the column sorts the levels.
 *
 * @param width in characters, for the workbook
 */
record PortfolioColumn(String header, Function<Standard, String> text, Function<Standard, Object> cell, int width,
        Look look) {

    private static PortfolioColumn text(String header, Function<Standard, String> text, int width, Look look) {
        return new PortfolioColumn(header, text, text::apply, width, look);
    }

    /** With {@code region}, the two rating columns give the level that applies there, and say so in their headings. */
    static List<PortfolioColumn> all(Optional<Region> region) {
        String in = region.map(r -> " in " + r.label()).orElse("");
        return List.of(
            text("ID", Standard::id, 22, Look.PLAIN),
            new PortfolioColumn("Table", s -> Integer.toString(s.table()), Standard::table, 7, Look.PLAIN),
            text("Category", s -> s.category().label(), 22, Look.WRAPPED),
            text("Group", s -> s.group().label(), 11, Look.PLAIN),
            new PortfolioColumn("Position", s -> Integer.toString(s.position()), Standard::position, 9, Look.PLAIN),
            text("Brief name", Standard::briefName, 26, Look.WRAPPED),
            text("Formal name", Standard::formalName, 45, Look.WRAPPED),
            new PortfolioColumn("Maturity", s -> s.maturity().label(), s -> LevelRanks.maturity(s.maturity()), 18,
                    Look.PLAIN),
            new PortfolioColumn("Product adoption" + in, s -> PortfolioExport.rating(s.productAdoption(), region),
                    s -> LevelRanks.rating(s.productAdoption(), region), 24, Look.WRAPPED),
            new PortfolioColumn("Site deployment" + in, s -> PortfolioExport.rating(s.siteDeployment(), region),
                    s -> LevelRanks.rating(s.siteDeployment(), region), 24, Look.WRAPPED),
            new PortfolioColumn("Tooling", s -> s.tooling().label(), s -> LevelRanks.tooling(s.tooling()), 13,
                    Look.PLAIN),
            text("Footnotes", s -> s.allFootnotes().stream()
                    .map(f -> f.reference() + ": " + f.describe()).collect(Collectors.joining(" | ")), 50, Look.WRAPPED),
            text("SDOs", s -> s.sdos().stream().map(Sdo::label).collect(Collectors.joining("; ")), 18, Look.WRAPPED),
            text("Specification", s -> s.specification().orElse(""), 22, Look.WRAPPED),
            text("Clause", Standard::clause, 10, Look.PLAIN),
            text("Provenance", Standard::provenance, 34, Look.WRAPPED));
    }
}
