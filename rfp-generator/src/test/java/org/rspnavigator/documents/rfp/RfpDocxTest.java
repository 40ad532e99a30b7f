package org.rspnavigator.documents.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RfpDocument;

class RfpDocxTest {

    private static final RfpDocuments DOCUMENTS = new RfpDocuments(RfpFixtures.CATALOG);
    private static final RfpDocument DOC = RfpFixtures.document();

    private static byte[] bytes;
    private static XWPFDocument docx;

    @BeforeAll
    static void render() throws IOException {
        bytes = DOCUMENTS.rfpDocx(DOC);
        docx = new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @AfterAll
    static void close() throws IOException {
        docx.close();
    }

    private static List<String> headings(String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void usesRealWordHeadingsForSectionsSystemsAndCategories() {
        assertThat(headings("Heading1")).containsExactly("Contents", "How to read this section", "Requirements",
                "Local mandates and exceptions", "Additional clauses", "Vendor response matrix", "Glossary");
        assertThat(headings("Heading2")).containsExactly("PACS", "Image display / diagnostic viewer",
                "National dose register", "Regional patient identifier", "Acceptance testing", "Migration", "Standards",
                "IHE integration profiles");
        assertThat(headings("Heading3")).contains("Data standards", "Content standards", "Information exchange standards",
                "Privacy and security standards", "Technical workflow standards", "Test plan");
        // Planner Markdown's "### Evidence" under "# Test plan" sits one level below it.
        assertThat(headings("Heading4")).containsExactly("Evidence");
        // The styles are Word's built-in headings, with outline levels for the navigation pane.
        XWPFStyle h1 = docx.getStyles().getStyle("Heading1");
        assertThat(h1.getName()).isEqualTo("heading 1");
        assertThat(h1.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ZERO);
        assertThat(docx.getStyles().getStyle("Heading3").getCTStyle().getPPr().getOutlineLvl().getVal())
                .isEqualTo(BigInteger.TWO);
    }

    @Test
    void hasTheTitlePageFactsAndATableOfContentsField() throws IOException {
        String body = String.join("\n", docx.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        assertThat(body).contains("REQUEST FOR PROPOSALS", "Northbridge Imaging Network — PACS and diagnostic viewer "
                + "replacement 2027", "Organization: Northbridge Regional Health Authority", "Region: Europe",
                "Version: 3", "Issued: 1 December 2026", "Catalog edition: 2026.1 (ISO 21860:2020");
        assertThat(part("word/document.xml")).contains("TOC \\o \"1-2\" \\h \\z \\u");
    }

    @Test
    void printsEveryRequirementNumberLevelTextAndRationale() {
        // Numbers are written with Word's non-breaking hyphens, which read back as U+2011.
        String body = String.join("\n", docx.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                .replace('\u2011', '-');
        for (Requirement r : DOC.requirements()) {
            assertThat(body).containsPattern(java.util.regex.Pattern.quote(r.number()) + "\\s+ " + r.level().label() + " ");
            assertThat(body).contains(r.text(), "Rationale: " + r.rationale());
        }
        assertThat(body).contains("IHE SWF.b — Image Manager/Image Archive; options: Availability of PPS-Referenced Instances");
    }

    @Test
    void responseMatrixIsATableWithARowPerRequirementAndARepeatingHeader() {
        XWPFTable matrix = docx.getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals("No.")).findFirst().orElseThrow();
        XWPFTableRow header = matrix.getRow(0);
        assertThat(header.getTableCells().stream().map(c -> c.getText()).toList()).containsExactly("No.", "Level",
                "Subject", "Answer (tick one)", "Comment", "Evidence");
        assertThat(header.isRepeatHeader()).isTrue();
        // A row per system (spanning the table) and one per requirement.
        assertThat(matrix.getRows()).hasSize(1 + 2 + DOC.requirements().size());
        List<String> numbers = matrix.getRows().stream().skip(1).filter(r -> r.getTableCells().size() == 6)
                .map(r -> r.getCell(0).getText().replace('\u2011', '-')).toList();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(DOC.requirements().stream().map(Requirement::number).toList());
        XWPFTableRow pacs01 = matrix.getRows().stream().filter(r -> r.getCell(0).getText().equals("PACS\u201101"))
                .findFirst().orElseThrow();
        assertThat(pacs01.getCell(2).getText()).contains("SWF.b — Image Manager/Image Archive",
                "Options: Availability of PPS-Referenced Instances",
                "Unconfirmed — option Availability of PPS-Referenced Instances: not confirmed against the Technical "
                        + "Framework in this catalog");
        assertThat(pacs01.getCell(3).getParagraphs().stream().map(XWPFParagraph::getText).toList()).containsExactly(
                "\u2610 Comply", "\u2610 Partial", "\u2610 Roadmap, date: ________", "\u2610 No", "\u2610 Not applicable");
        for (int c = 4; c < 6; c++) {
            assertThat(pacs01.getCell(c).getText()).isEmpty();
        }
        assertThat(matrix.getRow(1).getCell(0).getText()).isEqualTo("PACS");
        assertThat(matrix.getRow(1).getTableCells()).hasSize(1);
    }

    @Test
    void glossaryTablesCarryRatingsAndProvenance() {
        XWPFTable standards = docx.getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals("Standard")).findFirst().orElseThrow();
        // The six standards the requirements name, and the eight portfolio entries among the nine profiles they name.
        assertThat(standards.getRows()).hasSize(1 + 14);
        String text = standards.getText();
        assertThat(text).contains("DICOM CT RDSR", "DICOM CT Radiation Dose SR", "Group: Preferred",
                "Product adoption: High", "ISO 21860:2020 Table 2, clause 5.3.2.8", "IHE SWF.b", "IHE XDS-I.b");
        XWPFTable profiles = docx.getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals("Profile")).findFirst().orElseThrow();
        assertThat(profiles.getText()).contains("SWF.b", "Scheduled Workflow.b", "Status: Trial Implementation",
                "IHE IT Infrastructure Technical Framework");
    }

    @Test
    void turnsPlannerMarkdownIntoFormattedParagraphsAndNeverMarkup() throws IOException {
        XWPFRun bold = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> "its own XML format".equals(r.text())).findFirst().orElseThrow();
        assertThat(bold.isBold()).isTrue();
        XWPFRun italic = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> "24 hours".equals(r.text())).findFirst().orElseThrow();
        assertThat(italic.isItalic()).isTrue();
        String body = String.join("\n", docx.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        assertThat(body).contains("•\tconvert each CT RDSR into the national format, and", "1.\tThe bidder delivers a test plan",
                "<b>raw HTML</b> typed by the planner", "A link that must not work: click.");
        assertThat(body).doesNotContain("**", "alert('rfp')", "<script");
        XWPFHyperlinkRun link = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(XWPFHyperlinkRun.class::isInstance).map(XWPFHyperlinkRun.class::cast).findFirst().orElseThrow();
        assertThat(link.text()).isEqualTo("the IHE Product Registry");
        assertThat(link.getHyperlink(docx).getURL()).isEqualTo("https://product-registry.ihe.net");
        assertThat(docx.getTables()).anySatisfy(t -> assertThat(t.getText()).contains("Connectathon results", "with the proposal"));
        // No part of the package holds a script or a javascript: link, escaped or not.
        String all = allParts();
        assertThat(all).doesNotContain("<script", "&lt;script", "alert(", "javascript:");
    }

    @Test
    void saysNoneWithoutMandatesAndLeavesOutEmptyClauses() throws IOException {
        try (XWPFDocument none = new XWPFDocument(new ByteArrayInputStream(
                DOCUMENTS.rfpDocx(RfpFixtures.with(RfpFixtures.requirements(), List.of(), List.of()))))) {
            String body = String.join("\n", none.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(body).contains("None. No local mandate or exception").doesNotContain("Additional clauses");
        }
    }

    @Test
    void isA4WithPageNumbersAndMetadata() throws IOException {
        var section = docx.getDocument().getBody().getSectPr();
        assertThat(((BigInteger) section.getPgSz().getW()).intValue()).isEqualTo(11906);
        assertThat(((BigInteger) section.getPgSz().getH()).intValue()).isEqualTo(16838);
        XWPFFooter footer = docx.getFooterList().get(0);
        assertThat(footer.getText()).contains("Page", "of");
        assertThat(part("word/footer1.xml")).contains(" PAGE ", " NUMPAGES ");
        var core = docx.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo(
                "Northbridge Imaging Network — PACS and diagnostic viewer replacement 2027 — interoperability requirements");
        assertThat(core.getCreator()).isEqualTo("Northbridge Regional Health Authority");
        assertThat(core.getUnderlyingProperties().getLanguageProperty()).hasValue("en");
    }

    @Test
    void endsWithTheClosingLine() {
        List<XWPFParagraph> paragraphs = docx.getParagraphs();
        assertThat(paragraphs.get(paragraphs.size() - 1).getText())
                .startsWith("The names, assessment groups and ratings of the standards")
                .endsWith("Generated by RSP Navigator from catalog edition 2026.1.");
    }

    private static String part(String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + name);
    }

    private static String allParts() throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
