package org.rspnavigator.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.markup.Markup;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfRendererTest {

    /** Greek, Cyrillic, Czech, Turkish and a few symbols: none of them printable by the standard 14 fonts. */
    private static final String MANY_SCRIPTS = "Ελληνικά Кириллица Příliš žluťoučký İstanbul ≥ ≤ → ✓";

    /** Accents typed as combining marks after their letters (decomposed, NFD), as some systems paste them. */
    private static final String DECOMPOSED = "Universite\u0301 Ferreiri\u0301s Kra\u0308henbu\u0308hl";

    private static byte[] pdf;

    @BeforeAll
    static void render() {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            rows.append("<tr><td>Row ").append(i).append("</td><td>Value ").append(i).append("</td></tr>");
        }
        String body = "<h1>Interoperability requirements</h1>"
                + "<p>" + Markup.escape(MANY_SCRIPTS) + " " + DECOMPOSED + " <strong>bold</strong> <em>italic</em> "
                + "<a href=\"https://www.iso.org/standard/70896.html\">ISO 21860</a></p>"
                + "<h2>Imaging</h2><p>Modalities and archives.</p>"
                + "<h3>Worklists</h3><p>DICOM MWL.</p>"
                + "<h2>Long table</h2>"
                + "<table><thead><tr><th scope=\"col\">Column A</th><th scope=\"col\">Column B</th></tr></thead>"
                + "<tbody>" + rows + "</tbody></table>";
        pdf = new PdfRenderer().render(new PdfDocument("Interoperability requirements", "RSP Navigator",
                "A test document", Locale.forLanguageTag("en-GB"), "h1 { font-size: 18pt; }", body));
    }

    @Test
    void passesVeraPdfForPdfUa1() {
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void passesVeraPdfForPdfA3u() {
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void veraPdfDoesFindFaultsInAnUntaggedDocument() throws IOException {
        // So that the two checks above cannot pass because the validator checks nothing.
        try (PDDocument plain = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            page.setResources(new PDResources());
            plain.addPage(page);
            plain.save(out);
            assertThat(VeraPdf.failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
        }
    }

    @Test
    void carriesTitleAuthorSubjectAndLanguage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Interoperability requirements");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("RSP Navigator");
            assertThat(doc.getDocumentInformation().getSubject()).isEqualTo("A test document");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    @Test
    void embedsDejaVuSansAndNoOtherFont() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVuSans"));
            assertThat(fonts).anyMatch(name -> name.endsWith("DejaVuSans-Bold"))
                    .anyMatch(name -> name.endsWith("DejaVuSans-Oblique"));
        }
    }

    @Test
    void printsTextInManyScripts() throws IOException {
        assertThat(text(1, 1)).contains(MANY_SCRIPTS);
    }

    @Test
    void printsLettersWithCombiningAccentsAsTheirAccentedGlyphs() throws IOException {
        // The composed letters é, í, ä and ü, each one glyph; no combining mark is left over a dotted i.
        assertThat(text(1, 1)).contains("Universit\u00e9 Ferreir\u00eds Kr\u00e4henb\u00fchl")
                .doesNotContain("\u0301").doesNotContain("\u0308");
    }

    @Test
    void numbersPagesAndRepeatsTableHeaders() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int p = 1; p <= pages; p++) {
                String text = text(p, p);
                assertThat(text).contains("Page " + p + " of " + pages);
                if (p > 1) {
                    assertThat(text).as("page %d", p).contains("Column A");
                }
            }
        }
    }

    @Test
    void turnsHeadingsIntoNestedBookmarks() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDOutlineItem top = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(top.getTitle()).isEqualTo("Interoperability requirements");
            List<String> second = new ArrayList<>();
            top.children().forEach(child -> second.add(child.getTitle()));
            assertThat(second).containsExactly("Imaging", "Long table");
            assertThat(top.getFirstChild().getFirstChild().getTitle()).isEqualTo("Worklists");
        }
    }

    @Test
    void describesLinksForScreenReaders() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getAnnotations()).anySatisfy(a -> assertThat(a.getContents()).isEqualTo("ISO 21860"));
        }
    }

    @Test
    void refusesABodyThatIsNotWellFormed() {
        assertThatThrownBy(() -> new PdfRenderer().render(new PdfDocument("t", "a", "s", Locale.ENGLISH, "", "<p>open")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not well-formed XHTML");
    }

    private static String text(int from, int to) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(doc);
        }
    }
}
