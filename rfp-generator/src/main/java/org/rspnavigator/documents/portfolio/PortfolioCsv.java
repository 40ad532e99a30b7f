package org.rspnavigator.documents.portfolio;

import java.util.List;
import java.util.Optional;

import org.rspnavigator.documents.csv.CsvWriter;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Standard;

/** The CSV form of a portfolio view: its columns ({@link PortfolioColumn}) and RFC 4180 writing. */
final class PortfolioCsv {

    private PortfolioCsv() {
    }

    /** With {@code region}, the two rating columns give the level that applies there, and say so in their headings. */
    static byte[] write(List<Standard> standards, Optional<Region> region) {
        List<PortfolioColumn> columns = PortfolioColumn.all(region);
        CsvWriter out = new CsvWriter().row(columns.stream().map(PortfolioColumn::header).toList());
        for (Standard s : standards) {
            out.row(columns.stream().map(c -> c.text().apply(s)).toList());
        }
        return out.bytes();
    }
}
