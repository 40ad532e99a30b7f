package org.rspnavigator.documents.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.pdf.VeraPdf;
import org.rspnavigator.model.Standard;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementOrigin;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class RfpPdfTest {

    private static final RfpDocuments DOCUMENTS = new RfpDocuments(RfpFixtures.CATALOG);
    private static final RfpDocument DOC = RfpFixtures.document();

    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() {
        pdf = DOCUMENTS.rfpPdf(DOC);
        text = Pdfs.text(pdf);
    }

    @Test
    void passesVeraPdfForPdfUa1AndPdfA3u() {
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void isTaggedA4WithEveryFontEmbedded() {
        Pdfs.assertTaggedA4WithEmbeddedFonts(pdf);
        assertThat(Pdfs.pageCount(pdf)).isBetween(8, 20);
    }

    @Test
    void carriesTitleAuthorSubjectAndLanguage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(
                    "Northbridge Imaging Network — PACS and diagnostic viewer replacement 2027 — interoperability requirements");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Northbridge Regional Health Authority");
            assertThat(doc.getDocumentInformation().getSubject()).contains("version 3", "1 December 2026", "2026.1");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void titlePageNamesProjectOrganizationRegionVersionDateAndCatalogEdition() {
        String byPosition = Pdfs.textByPosition(pdf);
        String first = byPosition.substring(0, byPosition.indexOf("Page 1 of"));
        assertThat(first).contains("Request for proposals".toUpperCase(),
                "Northbridge Imaging Network — PACS and diagnostic viewer replacement 2027",
                "Interoperability requirements", "Organization Northbridge Regional Health Authority", "Region Europe",
                "Version 3", "Issued 1 December 2026", "Catalog edition 2026.1 (ISO 21860:2020",
                "20 numbered requirements for 2 systems",
                "Unconfirmed facts 8 requirements name IHE facts the catalog has not confirmed; bidders may "
                        + "question them.");
    }

    @Test
    void marksEveryRequirementThatNamesAnUnconfirmedIheFactAsTheChecklistDoes() {
        // PACS-01's partly confirmed actor and unconfirmed option, the partly confirmed KIN actors, DISP-05's MAMMO
        // actor and option, and the other requirements whose actors the catalog has not confirmed.
        assertThat(text.replace("- ", "-")).contains("The proposed PACS SHALL implement IHE SWF.b as Image "
                        + "Manager/Image Archive, with the Availability of PPS-Referenced Instances option. Unconfirmed — "
                        + "actor Image Manager/Image Archive: only partly confirmed against the Technical Framework in this "
                        + "catalog Unconfirmed — option Availability of "
                        + "PPS-Referenced Instances: not confirmed against the Technical Framework in this catalog",
                "Unconfirmed — actor Image Display: only partly confirmed against the Technical Framework in this "
                        + "catalog Unconfirmed — option Partial View: not confirmed against the Technical Framework in "
                        + "this catalog");
        assertThat(text).contains("Rationale: Grouping: the XDS-I.b Imaging Document Source (PACS-11) is expected to "
                + "be grouped with ATNA; every access to images is audited.");
        // XDS-I.b's grouping with ATNA is confirmed (Gazelle assertion XDSI-019): no grouping mark on PACS-05.
        assertThat(text).doesNotContain("Unconfirmed — grouping with XDS-I.b Imaging Document Source");
        // No IHE publication confirms IOCM's Image Manager/Image Archive: PACS-04 is marked.
        String pacs04 = text.substring(text.indexOf("PACS-04 SHALL"), text.indexOf("PACS-06 SHALL"));
        assertThat(pacs04).contains("Unconfirmed — actor Image Manager/Image Archive: not confirmed against the "
                + "Technical Framework in this catalog");
        assertThat(text).contains("A requirement marked “Unconfirmed” names an IHE actor, option or grouping");
    }

    @Test
    void saysWhatEachAnswerMeansForTheEvaluation() {
        String howTo = text.substring(text.indexOf("How to read this section Each numbered"),
                text.indexOf("Requirements PACS Quantity: 1"));
        assertThat(howTo).contains("Comply (with the evidence) —",
                "Partial (with a comment saying what is missing, and the evidence for the rest) —",
                "On a SHALL requirement this is a deviation: the bidder explains it, and the buyer may treat the "
                        + "proposal as non-compliant.",
                "Roadmap (with the committed delivery date) —", "counts as not compliant at contract award unless the "
                        + "buyer accepts the date in writing",
                "Not applicable (with the reason, in the comment) — the requirement does not apply to the product "
                        + "offered. The buyer may reject the reason",
                "Answers to SHOULD and MAY requirements are scored", "DICOM Conformance Statement section",
                "listed once in the glossary");
    }

    @Test
    void listsTheSectionsWithTheirPages() {
        String contents = Pdfs.pages(pdf).get(1);
        for (String section : List.of("How to read this section", "Requirements", "PACS", "Image display / diagnostic viewer",
                "Local mandates and exceptions", "Additional clauses", "Vendor response matrix", "Glossary")) {
            assertThat(contents).containsPattern(Pattern.quote(section) + " \\.*\\s?\\.+ ?\\d+");
        }
        // The page numbers are right: "How to read this section" is on the page the contents say.
        java.util.regex.Matcher m = Pattern.compile("How to read this section \\.+ ?(\\d+)").matcher(contents);
        assertThat(m.find()).isTrue();
        assertThat(Pdfs.pages(pdf).get(Integer.parseInt(m.group(1)) - 1)).startsWith("How to read this section");
    }

    @Test
    void explainsTheLevelsTheIheNamingAndWhatBiddersAttach() {
        assertThat(text).contains("SHALL — mandatory", "SHOULD — to be considered", "MAY — optional", "RFC 2119",
                "clause 5.1", "exactly as the IHE Technical Framework writes them", "vendor response matrix",
                "IHE Integration Statement", "DICOM and HL7 conformance statements");
    }

    @Test
    void printsEveryRequirementWithItsNumberLevelTextAndRationale() {
        for (Requirement r : DOC.requirements()) {
            assertThat(text).contains(r.number() + " " + r.level().label());
            assertThat(text).contains(r.text(), "Rationale: " + r.rationale());
        }
    }

    @Test
    void groupsRequirementsBySystemThenCategoryInTableOrder() {
        String requirements = text.substring(text.indexOf("Requirements PACS Quantity: 1"),
                text.indexOf("Local mandates and exceptions National dose register"));
        assertThat(requirements).contains("Quantity: 1 · 12 requirements", "One PACS for the four hospitals",
                "Quantity: 40 · 8 requirements", "30 diagnostic reading workstations");
        List<String> order = List.of("PACS", "Data standards", "PACS-07 SHALL", "PACS-08 SHOULD", "Content standards",
                "PACS-02 SHALL", "PACS-03 SHALL", "PACS-12 MAY", "Information exchange standards", "PACS-09 SHOULD",
                "Privacy and security standards", "PACS-05 SHALL", "Technical workflow standards", "PACS-01 SHALL",
                "Image display / diagnostic viewer", "Content standards", "DISP-02 SHALL",
                "Technical workflow standards", "DISP-07 SHALL");
        int at = 0;
        for (String s : order) {
            int next = requirements.indexOf(s, at);
            assertThat(next).as("'%s' after position %d", s, at).isGreaterThanOrEqualTo(at);
            at = next + s.length();
        }
    }

    @Test
    void showsTheSubjectOfEachRequirementWithItsStatus() {
        assertThat(text).contains("IHE SWF.b — Image Manager/Image Archive; options: Availability of PPS-Referenced Instances",
                "IHE ATNA — Secure Node; options: Radiology Audit Trail", "IHE CT — Time Client; options: None",
                "IHE WIA — Imaging Document Responder; options: None (IHE status: Trial Implementation)",
                "DICOM CT RDSR · preferred content standard (Table 2)",
                "SNOMED CT (RT Identifiers) · legacy data standard (Table 1)");
    }

    @Test
    void printsLocalMandatesWithTheStandardTheyConcernAndTheirMarkdown() {
        assertThat(Pdfs.textByPosition(pdf)).contains("National dose register Concerns: DICOM CT RDSR — DICOM CT Radiation Dose SR (Preferred)",
                "collects CT dose data in its own XML format", "submit it within 24 hours", "Regional patient identifier");
        assertThat(text).doesNotContain("**", "*24 hours*");
    }

    @Test
    void printsCustomClausesWithTheirMarkdownAndWithoutScripts() throws IOException {
        assertThat(text).contains("Acceptance testing", "Test plan", "four weeks", "Connectathon results with the proposal",
                "Results are reviewed by the imaging informatics team.", "<b>raw HTML</b> typed by the planner",
                "Migration", "A link that must not work: click.");
        assertThat(text).doesNotContain("<script", "alert('rfp')");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getNames() == null
                    || doc.getDocumentCatalog().getNames().getJavaScript() == null).isTrue();
            List<String> uris = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            assertThat(uris).containsExactly("https://product-registry.ihe.net");
        }
    }

    @Test
    void makesBookmarksOfSectionsSystemsAndCategories() {
        List<String> outline = Pdfs.outline(pdf);
        assertThat(outline.stream().filter(o -> !o.contains(" > ")).toList()).containsExactly("Contents",
                "How to read this section", "Requirements", "Local mandates and exceptions", "Additional clauses",
                "Vendor response matrix", "Glossary");
        assertThat(outline).contains("Requirements > PACS", "Requirements > PACS > Technical workflow standards",
                "Requirements > Image display / diagnostic viewer > Privacy and security standards",
                "Local mandates and exceptions > National dose register", "Additional clauses > Acceptance testing",
                "Additional clauses > Acceptance testing > Test plan", "Glossary > Standards",
                "Glossary > IHE integration profiles");
    }

    @Test
    void responseMatrixHasARowPerRequirementWithAnswerColumns() {
        String matrix = text.substring(text.lastIndexOf("Vendor response matrix"), text.lastIndexOf("Glossary"));
        assertThat(matrix).contains("No. Level Subject Answer (tick one) Comment Evidence");
        for (Requirement r : DOC.requirements()) {
            assertThat(matrix).contains(r.number() + " " + r.level().label());
        }
        // (Read back, a line that wraps after a hyphen gains a space: "PPS- Referenced".)
        assertThat(matrix.replace("- ", "-").replace(" /", "/")).contains("PACS-01 SHALL SWF.b — Image Manager/Image "
                + "Archive Options: Availability of PPS-Referenced Instances Unconfirmed — actor Image Manager/Image "
                + "Archive: only partly confirmed against the Technical Framework in this catalog Unconfirmed — option "
                + "Availability of "
                + "PPS-Referenced Instances: not confirmed against the Technical Framework in this catalog Comply "
                + "Partial Roadmap, date: No Not applicable",
                "PACS-02 SHALL DICOM CT RDSR Comply Partial Roadmap, date: No Not applicable");
        // Every row offers the five answers.
        assertThat(matrix.split("Roadmap, date:", -1)).hasSize(1 + DOC.requirements().size());
    }

    @Test
    void glossaryGivesNamesRatingsAndProvenanceOfEveryStandardAndProfileCited() {
        String glossary = text.substring(text.lastIndexOf("Glossary"));
        for (String id : List.of("dicom-ct-rdsr", "snomed-ct-rt", "snomed-ct-numeric", "dicomweb", "dicom-part-20",
                "dicom-gsdf")) {
            Standard s = RfpFixtures.CATALOG.standard(id).orElseThrow();
            assertThat(glossary).contains(s.briefName(), s.formalName(), s.provenance(), "Group: " + s.group().label(),
                    "Maturity: " + s.maturity().label(), "Tooling: " + s.tooling().label());
        }
        assertThat(glossary).contains("Product adoption: High", "Site deployment: Moderate");
        for (String id : List.of("swf-b", "kin", "iocm", "atna", "ct", "wia", "xds-i-b", "cpi", "mammo")) {
            var p = RfpFixtures.CATALOG.profile(id).orElseThrow();
            assertThat(glossary).contains(p.acronym() + " " + p.name());
        }
        assertThat(glossary).contains("Domain: Radiology (RAD) Status: Trial Implementation",
                "Domain: IT Infrastructure (ITI) Status: Final Text", "IHE IT Infrastructure Technical Framework",
                "Portfolio entry IHE SWF.b (preferred)");
        // Standards not cited are not in the glossary.
        assertThat(glossary).doesNotContain("LOINC", "ICD-10");
    }

    @Test
    void closesWithWhereTheFactsComeFromAndNamesItselfOnlyThere() {
        // Read by position, the closing line is the last thing on the last page, above its number. (The
        // text stripper puts a space where a kept-together span ends before a comma.)
        assertThat(Pdfs.textByPosition(pdf).replace(" ,", ",")).containsPattern(Pattern.quote("are facts from ISO 21860:2020, Health "
                + "informatics — Reference standards portfolio (RSP) — Clinical imaging; the names of IHE profiles, actors "
                + "and options are those of the IHE Technical Frameworks. Generated by RSP Navigator from catalog edition "
                + "2026.1.") + " Page (\\d+) of \\1 $");
        assertThat(text.split("RSP Navigator", -1)).as("RSP Navigator is named once").hasSize(2);
    }

    @Test
    void saysNoneWhenThereIsNoLocalMandate() {
        String none = Pdfs.text(DOCUMENTS.rfpPdf(RfpFixtures.with(RfpFixtures.requirements(), List.of(), List.of())));
        assertThat(none).contains("Local mandates and exceptions None. No local mandate or exception");
        assertThat(none).doesNotContain("Additional clauses");
    }

    @Test
    void repeatsTheMatrixHeaderOnEveryPageItRunsOver() {
        List<Requirement> many = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            many.add(RfpFixtures.req(String.format("PACS-%03d", i), RequirementLevel.SHALL, "pacs", "content",
                    new RequirementSubject.StandardSupport("dicom-ct-rdsr"), "The proposed PACS SHALL do thing " + i + ".",
                    "", RequirementOrigin.PLANNER));
        }
        byte[] big = DOCUMENTS.rfpPdf(RfpFixtures.with(many, List.of(), List.of()));
        List<String> pages = Pdfs.pages(big);
        int first = -1;
        int glossary = -1;
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).startsWith("Vendor response matrix")) {
                first = p;
            }
            if (pages.get(p).startsWith("Glossary")) {
                glossary = p;
            }
        }
        assertThat(glossary - first).isGreaterThan(1);
        for (int p = first; p < glossary; p++) {
            assertThat(pages.get(p)).as("page %d", p + 1).contains("No. Level Subject Answer (tick one) Comment Evidence");
        }
        assertThat(pages.get(glossary - 1)).contains("PACS-070");
    }

    @Test
    void plannerHeadingsGoBelowTheirSectionWithoutSkippingLevels() {
        assertThat(RfpPdf.shiftHeadings("<h1>A</h1><p>x</p><h3>B</h3><h2>C</h2><h6>D</h6>", 2))
                .isEqualTo("<h3>A</h3><p>x</p><h4>B</h4><h4>C</h4><h5>D</h5>");
        assertThat(RfpPdf.shiftHeadings("<h4>First</h4>", 2)).isEqualTo("<h3>First</h3>");
        assertThat(RfpPdf.shiftHeadings("<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5>", 2))
                .isEqualTo("<h3>a</h3><h4>b</h4><h5>c</h5><h6>d</h6><h6>e</h6>");
    }
}
