package org.rspnavigator.documents.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.pdf.VeraPdf;
import org.rspnavigator.procurement.rfp.PlannerText;
import org.rspnavigator.procurement.rfp.CustomClause;
import org.rspnavigator.procurement.rfp.LocalMandate;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementOrigin;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.procurement.rfp.RfpSpec;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class RfpValidationTest {

    private static final RfpDocuments DOCUMENTS = new RfpDocuments(RfpFixtures.CATALOG);

    /** Every output, so that a rule is checked on all of them. */
    private static final List<Function<RfpDocument, Object>> OUTPUTS = List.of(DOCUMENTS::rfpPdf, DOCUMENTS::checklistPdf,
            DOCUMENTS::rfpDocx, DOCUMENTS::responseMatrixCsv, DOCUMENTS::responseMatrixJson);

    @Test
    void refusesUnknownIdsAndNamesEachOfThem() {
        List<Requirement> reqs = new ArrayList<>(RfpFixtures.requirements());
        reqs.add(RfpFixtures.req("X-1", RequirementLevel.SHALL, "pacs", "content",
                new RequirementSubject.StandardSupport("dicom-nonexistent"), "t", "r", RequirementOrigin.PLANNER));
        reqs.add(RfpFixtures.req("X-2", RequirementLevel.SHALL, "pacs", "technical-workflow",
                new RequirementSubject.ProfileActor("swf-c", "Image Manager/Image Archive", List.of()), "t", "r",
                RequirementOrigin.PLANNER));
        reqs.add(RfpFixtures.req("X-3", RequirementLevel.SHALL, "hologram-viewer", "content",
                new RequirementSubject.StandardSupport("dicom-ct-rdsr"), "t", "r", RequirementOrigin.PLANNER));
        reqs.add(RfpFixtures.req("X-4", RequirementLevel.SHALL, "pacs", "technical-workflow",
                new RequirementSubject.ProfileActor("swf-b", "Image Mangler", List.of()), "t", "r", RequirementOrigin.PLANNER));
        reqs.add(RfpFixtures.req("X-5", RequirementLevel.SHALL, "pacs", "technical-workflow",
                new RequirementSubject.ProfileActor("swf-b", "Image Manager/Image Archive", List.of("Teleportation")),
                "t", "r", RequirementOrigin.PLANNER));
        reqs.add(RfpFixtures.req("X-6", RequirementLevel.SHALL, "pacs", "functional", 
                new RequirementSubject.StandardSupport("dicom-ct-rdsr"), "t", "r", RequirementOrigin.PLANNER));
        reqs.add(RfpFixtures.req("PACS-01", RequirementLevel.SHALL, "pacs", "content",
                new RequirementSubject.StandardSupport("dicom-ct-rdsr"), "t", "r", RequirementOrigin.PLANNER));
        RfpSpec spec = RfpFixtures.spec();
        RfpSpec withUnknownSystem = new RfpSpec(spec.projectName(), spec.organization(), spec.region(), spec.useCases(),
                List.of(new ProcuredSystem("pacs", 1, ""), new ProcuredSystem("quantum-archive", 2, "")));
        RfpDocument doc = new RfpDocument(withUnknownSystem, reqs,
                List.of(new LocalMandate("Old codes", "icd-8", "Keep ICD-8.")), List.of(), 1, LocalDate.of(2026, 1, 1));
        for (Function<RfpDocument, Object> output : OUTPUTS) {
            assertThatThrownBy(() -> output.apply(doc)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("system type 'quantum-archive'")
                    .hasMessageContaining("standard 'dicom-nonexistent' (requirement X-1)")
                    .hasMessageContaining("profile 'swf-c' (requirement X-2)")
                    .hasMessageContaining("system type 'hologram-viewer' (requirement X-3)")
                    .hasMessageContaining("actor 'Image Mangler' of profile SWF.b (requirement X-4)")
                    .hasMessageContaining("option 'Teleportation' of SWF.b Image Manager/Image Archive (requirement X-5)")
                    .hasMessageContaining("category 'functional' (requirement X-6)")
                    .hasMessageContaining("requirement number 'PACS-01' is used twice")
                    .hasMessageContaining("standard 'icd-8' (local mandate \"Old codes\")");
        }
    }

    @Test
    void neverWritesAScriptAsMarkupInAnyOutput() throws Exception {
        String script = "<script>alert(\"x\")</script>";
        RfpSpec spec = new RfpSpec("Project " + script + " & <b>bold</b>", "Org <img src=x onerror=alert(1)>",
                Optional.empty(), List.of(), List.of(new ProcuredSystem("pacs", 1, "Notes " + script)));
        List<Requirement> reqs = List.of(RfpFixtures.req("S-1", RequirementLevel.SHALL, "pacs", "content",
                new RequirementSubject.StandardSupport("dicom-ct-rdsr"), "Text " + script, "Why " + script,
                RequirementOrigin.PLANNER));
        RfpDocument doc = new RfpDocument(spec, reqs, List.of(new LocalMandate("Mandate " + script, "", "M " + script
                + " <SCRIPT type='text/javascript'>evil()</SCRIPT> <iframe src='https://evil.example'></iframe>")),
                List.of(new CustomClause("Clause " + script, "C " + script + "\n\n<script>\nmultiline()\n</script>\n\nend")),
                1, LocalDate.of(2026, 1, 1));
        byte[] pdf = DOCUMENTS.rfpPdf(doc);
        String text = Pdfs.text(pdf);
        // Plain-text fields are escaped: the planner sees what they typed, as text.
        assertThat(text).contains("Project <script>alert(\"x\")</script> & <b>bold</b>", "Text <script>alert(\"x\")</script>");
        // Markdown loses its scripts altogether; other raw HTML is shown as text, never interpreted.
        assertThat(text).doesNotContain("evil()", "multiline()").contains("<iframe src='https://evil.example'></iframe>",
                "M", "C", "end");
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(Pdfs.text(DOCUMENTS.checklistPdf(doc))).contains("Project <script>alert(\"x\")</script>");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.rfpDocx(doc)))) {
            String body = String.join("\n", docx.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(body).contains("Text <script>alert(\"x\")</script>").doesNotContain("evil()", "multiline()");
        }
    }

    @Test
    void cutsAMegabyteClauseAndStillFinishesQuickly() throws Exception {
        RfpDocument huge = RfpFixtures.withLongClause(1_000_000);
        byte[] pdf = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> DOCUMENTS.rfpPdf(huge));
        assertThat(Pdfs.text(pdf)).contains("[The text was cut here: it is 1,000,000 characters long, and at most "
                + "50,000 characters are printed.]");
        byte[] docx = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> DOCUMENTS.rfpDocx(huge));
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String body = String.join("\n", word.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(body).contains("[The text was cut here: it is 1,000,000 characters long");
            assertThat(body.length()).isLessThan(100_000);
        }
    }

    @Test
    void refusesARequirementNumberLongerThanItsLimitInEveryOutputWithoutLayingItOut() {
        List<Requirement> reqs = new ArrayList<>(RfpFixtures.requirements());
        Requirement first = reqs.getFirst();
        reqs.set(0, RfpFixtures.req("PACS-" + "1".repeat(64_000), first.level(), first.system(), first.category(),
                first.subject(), first.text(), first.rationale(), first.origin()));
        RfpDocument doc = RfpFixtures.with(reqs, List.of(), List.of());
        for (Function<RfpDocument, Object> output : OUTPUTS) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> output.apply(doc))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("requirement number 'PACS-11111111111111111111111111111111111…' is longer "
                            + "than 40 characters"));
        }
    }

    @Test
    void survivesPathologicalMarkdown() {
        String unbroken = "x".repeat(20_000);
        List<CustomClause> clauses = List.of(
                new CustomClause("Quotes", ">".repeat(40_000) + " deep"),
                new CustomClause("Lists", "- ".repeat(20_000) + "deep"),
                new CustomClause("Indented lists", buildIndentedList(300)),
                new CustomClause("Emphasis", "*a **b ".repeat(6_000)),
                new CustomClause("Brackets", "[".repeat(30_000) + "](" + ")".repeat(10_000)),
                new CustomClause("One long word", unbroken),
                new CustomClause("Controls", "bell \u0007 nul \u0000 escape \u001B unpaired \uD800 end"));
        RfpDocument doc = RfpFixtures.with(RfpFixtures.requirements(), List.of(), clauses);
        byte[] pdf = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> DOCUMENTS.rfpPdf(doc));
        String text = String.join(" ", Pdfs.pages(pdf));
        assertThat(text).contains("Quotes deep", "Lists deep", "bell", "end");
        // The long word wraps rather than running off the page: all of it is printed.
        assertThat(text.replace(" ", "")).contains(unbroken);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> DOCUMENTS.rfpDocx(doc));
    }

    private static String buildIndentedList(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            b.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        return b.toString();
    }

    @Test
    void capsNamesAndParagraphs() {
        String longName = "Very long project name ".repeat(100);
        String longText = "The PACS SHALL do this. ".repeat(1_000);
        RfpSpec spec = new RfpSpec(longName, "", Optional.empty(), List.of(), List.of(new ProcuredSystem("pacs", 1, "")));
        RfpDocument doc = new RfpDocument(spec, List.of(RfpFixtures.req("L-1", RequirementLevel.SHALL, "pacs", "content",
                new RequirementSubject.StandardSupport("dicom-ct-rdsr"), longText, "", RequirementOrigin.PLANNER)),
                List.of(), List.of(), 1, LocalDate.of(2026, 1, 1));
        String json = DOCUMENTS.responseMatrixJson(doc);
        assertThat(json).contains("Very long project name Very").contains("…");
        var root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
        assertThat(root.get("project").asString()).hasSizeLessThanOrEqualTo(PlannerText.MAX_NAME);
        assertThat(root.get("requirements").get(0).get("text").asString()).hasSizeLessThanOrEqualTo(PlannerText.MAX_PARAGRAPH)
                .endsWith("…");
        byte[] pdf = DOCUMENTS.rfpPdf(doc);
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void anEmptyDocumentStillMakesEveryOutput() throws Exception {
        RfpDocument empty = new RfpDocument(new RfpSpec("", null, Optional.empty(), List.of(), List.of()), List.of(),
                List.of(), List.of(), 1, LocalDate.of(2026, 1, 1));
        String text = Pdfs.text(DOCUMENTS.rfpPdf(empty));
        assertThat(text).contains("Untitled project", "No system and no requirement has been entered yet.",
                "No standard or profile is cited yet.");
        assertThat(Pdfs.text(DOCUMENTS.checklistPdf(empty))).contains("No system has been entered yet.");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.rfpDocx(empty)))) {
            assertThat(docx.getParagraphs()).isNotEmpty();
        }
        assertThat(new String(DOCUMENTS.responseMatrixCsv(empty), java.nio.charset.StandardCharsets.UTF_8).split("\r\n"))
                .hasSize(1);
        assertThat(DOCUMENTS.responseMatrixJson(empty)).contains("\"requirements\" : [ ]");
    }

    @Test
    void listsARequirementsSystemThatTheSpecDoesNotProcure() {
        RfpSpec spec = new RfpSpec("P", "O", Optional.empty(), List.of(), List.of(new ProcuredSystem("pacs", 2, "")));
        RfpDocument doc = new RfpDocument(spec, List.of(RfpFixtures.req("RIS-1", RequirementLevel.SHALL, "ris",
                "technical-workflow", new RequirementSubject.StandardSupport("dicom-mwl"), "The RIS SHALL provide MWL.", "",
                RequirementOrigin.PLANNER)), List.of(), List.of(), 1, LocalDate.of(2026, 1, 1));
        String text = Pdfs.text(DOCUMENTS.rfpPdf(doc));
        assertThat(text).contains("PACS Quantity: 2 · 0 requirements", "No requirement for this system.",
                "Not listed among the systems procured · 1 requirement", "RIS-1 SHALL");
    }
}
