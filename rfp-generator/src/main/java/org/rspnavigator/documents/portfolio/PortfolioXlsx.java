package org.rspnavigator.documents.portfolio;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rspnavigator.documents.xlsx.XlsxWriter;
import org.rspnavigator.documents.xlsx.XlsxWriter.Note;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.CatalogEdition;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Standard;

/**
 * The XLSX form of a portfolio view: a "Portfolio" sheet with the CSV's columns and rows
 * ({@link PortfolioColumn}), its header frozen and filtered, the levels ranked so that they sort
 * ({@link LevelRanks}); and an "About" sheet that says where the facts come from, which filter and
 * region made the view, from which catalog edition and when, and how the ranks read.
 */
final class PortfolioXlsx {

    static final String TABLE_SHEET = "Portfolio";
    static final String ABOUT_SHEET = "About";
    private static final String TITLE = "Reference Standards Portfolio — clinical imaging";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm zzz", Locale.ENGLISH);

    private PortfolioXlsx() {
    }

    static byte[] write(Catalog catalog, List<Standard> standards, String filterDescription, ZonedDateTime generatedAt,
            Optional<Region> region) {
        CatalogEdition edition = catalog.edition();
        XlsxWriter book = new XlsxWriter(TITLE, edition.sourceDocument() + " portfolio: " + filterDescription,
                "Made from catalog edition " + edition.edition() + " (" + edition.sourceDocument() + ")");
        List<PortfolioColumn> columns = PortfolioColumn.all(region);
        XlsxWriter.Table table = book.table(TABLE_SHEET, columns.stream()
                .map(c -> new XlsxWriter.Column(c.header(), c.width(), c.look())).toList());
        for (Standard s : standards) {
            table.row(columns.stream().map(c -> c.cell().apply(s)).toList());
        }
        table.end();
        book.notes(ABOUT_SHEET, TITLE, List.of(
                new Note("Contents", "One row per standard of the portfolio that the filter selects: "
                        + standards.size() + " of " + catalog.standards().size() + ", in the order of the portfolio view. "
                        + "The CSV export of the same view has the same columns and rows."),
                new Note("Source", "The names, assessment groups, ratings, footnotes, table and clause numbers are those "
                        + "of " + edition.sourceDocument() + ", " + edition.sourceTitle() + ", Tables 1–5. The wording "
                        + "of the footnotes is RSP Navigator's own, not the text of the standard."),
                new Note("Filter", filterDescription),
                new Note("Region", region.map(PortfolioXlsx::regionNote).orElse("None chosen: a rating that a footnote "
                        + "gives by region lists the level in each region.")),
                new Note("Catalog edition", edition.edition()),
                new Note("Generated", DATE.format(generatedAt)),
                new Note("Levels", "Each level starts with its rank, so that sorting its column A to Z puts the "
                        + "highest level first and Z to A the lowest. " + (region.isPresent()
                                ? "A rating that a footnote gives by region is ranked by its level in the region."
                                : "A rating that a footnote gives by region is ranked by its highest level.")
                        + " The CSV export gives the same levels without ranks."),
                new Note("Maturity", LevelRanks.maturityScale() + " (standards in force first, retired ones last)."),
                new Note("Adoption, deployment", LevelRanks.adoptionScale(region) + "."),
                new Note("Tooling", LevelRanks.toolingScale() + ".")));
        return book.bytes();
    }

    private static String regionNote(Region region) {
        String where = region == Region.ELSEWHERE ? "regions the footnotes do not name" : region.label();
        return region.label() + ": a rating that a footnote gives by region shows the level in " + where
                + "; the Footnotes column gives every region's.";
    }
}
