package org.rspnavigator.documents.portfolio;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.rspnavigator.markup.SafeMarkdown;
import org.rspnavigator.documents.pdf.PdfRenderer;
import org.rspnavigator.model.AdoptionRating;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.FootnoteKind;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Standard;

/**
 * Exports of a filtered portfolio view: CSV and XLSX for spreadsheets, PDF for reading and filing.
 *
 * <p>The standards must come from {@code catalog}: an export names the catalog edition it was made
 * from, and a standard from another catalog (an older load, a test double) would make that claim
 * false.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class PortfolioExport {

    private final PortfolioPdf pdf;

    public PortfolioExport() {
        this.pdf = new PortfolioPdf(new SafeMarkdown(), new PdfRenderer());
    }

    /**
     * The standards as CSV: UTF-8 with a byte-order mark (so that Excel reads it as UTF-8), RFC 4180
     * quoting and CRLF line ends, a header row and then one row per standard in the given order.
     * Cells that a spreadsheet would take for a formula start with an apostrophe.
     */
    public byte[] csv(Catalog catalog, List<Standard> standards) {
        return csv(catalog, standards, Optional.empty());
    }

    /**
     * As {@link #csv(Catalog, List)}, with the ratings as the view shows them for {@code region}: where
     * a regional footnote gives a level for it, the "Product adoption in Europe" and "Site deployment
     * in Europe" columns hold that level ("Low but rising", or "No level for this region"); the
     * Footnotes column still gives every region's.
     */
    public byte[] csv(Catalog catalog, List<Standard> standards, Optional<Region> region) {
        requireFrom(catalog, standards);
        Objects.requireNonNull(region, "region");
        return PortfolioCsv.write(standards, region);
    }

    /**
     * The standards as an XLSX workbook: a "Portfolio" sheet with the columns and rows of
     * {@link #csv(Catalog, List, Optional)} for the same standards and region, its header row bold,
     * frozen and filtered, and an "About" sheet with the source, the filter, the region, the catalog
     * edition and the time. The table and position are numbers; each level (maturity, product
     * adoption, site deployment, tooling) starts with its rank, "1 Final", "2 High", so that sorting
     * its column A to Z lists the highest level first. No cell is a formula, whatever it starts with.
     *
     * @param filterDescription the filter in words, e.g. {@link org.rspnavigator.model.StandardQuery#describe()}
     * @param generatedAt       written on the About sheet, in the reader's zone
     */
    public byte[] xlsx(Catalog catalog, List<Standard> standards, String filterDescription, ZonedDateTime generatedAt,
            Optional<Region> region) {
        requireArguments(catalog, standards, filterDescription, generatedAt, region);
        return PortfolioXlsx.write(catalog, standards, filterDescription, generatedAt, region);
    }

    /**
     * The standards as a landscape A4 PDF (tagged PDF/UA, PDF/A-3u), one table per ISO 21860
     * table with its groups and footnotes, or a one-page notice when nothing was selected.
     *
     * @param filterDescription the filter in words, e.g. {@link org.rspnavigator.model.StandardQuery#describe()}
     * @param generatedAt       printed on the document, in the reader's zone
     */
    public byte[] pdf(Catalog catalog, List<Standard> standards, String filterDescription, ZonedDateTime generatedAt) {
        return pdf(catalog, standards, filterDescription, generatedAt, Optional.empty());
    }

    /**
     * As {@link #pdf(Catalog, List, String, ZonedDateTime)}, with the ratings as the view shows them for
     * {@code region}: a rating a regional footnote qualifies gives the level in that region, its mark
     * still pointing to the footnote with every region's.
     */
    public byte[] pdf(Catalog catalog, List<Standard> standards, String filterDescription, ZonedDateTime generatedAt,
            Optional<Region> region) {
        requireArguments(catalog, standards, filterDescription, generatedAt, region);
        return pdf.render(catalog, standards, filterDescription, generatedAt, region);
    }

    /**
     * A rating in words for the exports: with a region and a regional footnote, what applies in that
     * region ({@link AdoptionRating#describeIn}); otherwise as the table prints it ({@link AdoptionRating#describe}).
     */
    static String rating(AdoptionRating rating, Optional<Region> region) {
        boolean regional = rating.footnote().map(f -> f.kind() == FootnoteKind.REGIONAL_VARIATION).orElse(false);
        return region.isPresent() && regional ? rating.describeIn(region.get()) : rating.describe();
    }

    private static void requireFrom(Catalog catalog, List<Standard> standards) {
        for (Standard s : standards) {
            if (!catalog.standard(s.id()).map(s::equals).orElse(false)) {
                throw new IllegalArgumentException("standard " + s.id() + " is not part of catalog edition "
                        + catalog.edition().edition());
            }
        }
    }

    private static void requireArguments(Catalog catalog, List<Standard> standards, String filterDescription,
            ZonedDateTime generatedAt, Optional<Region> region) {
        requireFrom(catalog, standards);
        Objects.requireNonNull(filterDescription, "filterDescription");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(region, "region");
    }
}