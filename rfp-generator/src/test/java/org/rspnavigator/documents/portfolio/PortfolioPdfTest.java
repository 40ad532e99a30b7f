package org.rspnavigator.documents.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.pdf.VeraPdf;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.StandardQuery;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PortfolioPdfTest {

    private static final Catalog CATALOG = TestCatalogs.REAL;
    private static final ZonedDateTime GENERATED = ZonedDateTime.of(2026, 11, 22, 18, 30, 0, 0, ZoneId.of("UTC"));
    private static final PortfolioExport EXPORT = new PortfolioExport();

    private static byte[] full;
    private static String fullText;

    @BeforeAll
    static void renderFullCatalog() throws IOException {
        full = EXPORT.pdf(CATALOG, CATALOG.standards(), StandardQuery.ALL.describe(), GENERATED);
        fullText = text(full);
    }

    @Test
    void fullCatalogRunsOverSeveralLandscapePages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(full)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
                assertThat(page.getMediaBox().getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            }
        }
    }

    @Test
    void everySelectedBriefNameAppears() {
        assertThat(CATALOG.standards()).allSatisfy(s -> assertThat(fullText).contains(s.briefName()));
    }

    @Test
    void showsTitleFilterEditionAndDate() {
        assertThat(fullText).contains("Reference Standards Portfolio — clinical imaging",
                "Filter: All standards", "Catalog edition 2026.1 (ISO 21860:2020)", "Generated 22 November 2026, 18:30 UTC",
                "83 of 83 standards.");
    }

    @Test
    void headsEachTableAsIso21860DoesAndRepeatsColumnHeadersOnEveryPage() throws IOException {
        for (var table : CATALOG.tables()) {
            assertThat(fullText).contains("Table " + table.number() + " — " + table.title());
        }
        try (PDDocument doc = Loader.loadPDF(full)) {
            int pages = doc.getNumberOfPages();
            for (int p = 1; p <= pages; p++) {
                String page = text(doc, p);
                assertThat(page).as("page %d", p).contains("Formal name and scope", "Page " + p + " of " + pages);
            }
        }
    }

    @Test
    void printsTheFootnotesUnderTheirTable() {
        assertThat(fullText).contains("a High in US and Canada; Low elsewhere.",
                "a Moderate in Europe and Canada; Low but rising in US; Low elsewhere.");
        assertThat(fullText.indexOf("a High in US and Canada; Low elsewhere."))
                .isLessThan(fullText.indexOf("Table 2 — "));
    }

    @Test
    void closesWithWhereTheFactsComeFrom() {
        assertThat(fullText).contains("are those of ISO 21860:2020", "RSP Navigator's own words");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(full)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    assertThat(resources.getFont(name).isEmbedded()).as(resources.getFont(name).getName()).isTrue();
                }
            }
        }
    }

    @Test
    void hasItsTitleInTheMetadata() throws IOException {
        try (PDDocument doc = Loader.loadPDF(full)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Reference Standards Portfolio — clinical imaging");
            assertThat(doc.getDocumentInformation().getSubject()).contains("All standards", "2026.1");
        }
    }

    @Test
    void passesVeraPdfForPdfUa1AndPdfA3u() {
        assertThat(VeraPdf.failures(full, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(full, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void filteredViewShowsOnlyTheSelectedStandards() throws IOException {
        StandardQuery query = StandardQuery.ALL.withCategories(List.of(Category.DATA));
        List<Standard> selected = query.apply(CATALOG);
        String text = text(EXPORT.pdf(CATALOG, selected, query.describe(), GENERATED));
        assertThat(selected).allSatisfy(s -> assertThat(text).contains(s.briefName()));
        Standard notSelected = CATALOG.standard("ihe-xds-i-b").orElseThrow();
        assertThat(text).doesNotContain(notSelected.briefName(), notSelected.formalName(), "Table 3 — ");
        assertThat(text).contains("Filter: Data standards", selected.size() + " of 83 standards.");
    }

    @Test
    void withARegionTheRatingsAreThoseOfTheRegionAndTheFootnoteKeepsEveryRegions() throws IOException {
        List<Standard> xds = List.of(CATALOG.standard("ihe-xds-i-b").orElseThrow());
        String everyRegion = "Moderate in Europe and Canada; Low but rising in US; Low elsewhere";
        String without = text(EXPORT.pdf(CATALOG, xds, "all", GENERATED));
        assertThat(without.split(java.util.regex.Pattern.quote(everyRegion), -1)).as("cell and footnote").hasSize(3);
        StandardQuery query = StandardQuery.ALL.withRegion(Region.US);
        String us = text(EXPORT.pdf(CATALOG, xds, query.describe(), GENERATED, query.region()));
        assertThat(us).contains("Ratings that a footnote gives by region show the level in US; the footnotes give "
                + "every region's.", "Low but rising");
        assertThat(us.split(java.util.regex.Pattern.quote(everyRegion), -1)).as("the footnote only").hasSize(2);
    }

    @Test
    void leavesOutGroupsWithNothingSelected() throws IOException {
        List<Standard> preferredData = CATALOG.standards(Category.DATA, org.rspnavigator.model.AssessmentGroup.PREFERRED);
        String text = text(EXPORT.pdf(CATALOG, preferredData, "Preferred data standards", GENERATED));
        assertThat(text).contains("Preferred").doesNotContain("Legacy", "Emerging");
    }

    @Test
    void emptySelectionGivesOnePageThatSaysSo() throws IOException {
        byte[] pdf = EXPORT.pdf(CATALOG, List.of(), "matching \"nothing\"", GENERATED);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(text(pdf)).contains("No standard of the portfolio matches this filter.", "Filter: matching \"nothing\"");
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void escapesCatalogTextAndSanitizesTheScope() throws IOException {
        Catalog hostile = TestCatalogs.withRenamed(CATALOG.standard("loinc").orElseThrow(), "<b>LOINC</b> & co",
                "Names & \"codes\" <i>", "A scope with <script>alert(1)</script> and [a link](javascript:alert(1)).");
        String text = text(EXPORT.pdf(hostile, hostile.standards(), "<filter> & more", GENERATED));
        assertThat(text).contains("<b>LOINC</b> & co", "Names & \"codes\" <i>", "<script>alert(1)</script>",
                "Filter: <filter> & more");
    }

    @Test
    void refusesStandardsFromAnotherCatalog() {
        Catalog other = TestCatalogs.withRenamed(CATALOG.standard("loinc").orElseThrow(), "LOINC", "Changed", "scope");
        assertThatThrownBy(() -> EXPORT.pdf(CATALOG, other.standards(), "x", GENERATED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The text of the document with runs of white space made single spaces, as a reader sees it. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }
}
