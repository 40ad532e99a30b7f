package org.rspnavigator.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tables 1–5 of ISO 21860:2020 as printed, read mechanically from the text of the standard into
 * {@code iso21860-tables.tsv}, independently of the catalog files. Tests compare the catalog
 * against this reading, so a wrong rating in a catalog file cannot pass by agreeing with itself.
 */
public record Iso21860Tables(List<Row> rows) {

    /** One printed row: cells as printed ("Moderate", "^a", "Low ^a"). */
    public record Row(String id, int table, String group, int position, String briefName, String maturity,
            String productAdoption, String siteDeployment, String tooling) {
    }

    public static Iso21860Tables read() {
        try (InputStream in = Iso21860Tables.class.getResourceAsStream("/iso21860-tables.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Row> rows = text.lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("id\t") && !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    .map(c -> new Row(c[0], Integer.parseInt(c[1]), c[2], Integer.parseInt(c[3]), c[4], c[5], c[6],
                            c[7], c[8]))
                    .toList();
            return new Iso21860Tables(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
