package org.rspnavigator.documents.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.portfolio.Csv;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementOrigin;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.rfp.RfpDocument;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ResponseMatrixTest {

    private static final RfpDocuments DOCUMENTS = new RfpDocuments(RfpFixtures.CATALOG);
    private static final RfpDocument DOC = RfpFixtures.document();

    /** The requirement numbers in the order the RFP section prints them: by system, then category. */
    private static final List<String> PRINT_ORDER = List.of("PACS-07", "PACS-08", "PACS-02", "PACS-03", "PACS-12",
            "PACS-09", "PACS-10", "PACS-11", "PACS-05", "PACS-01", "PACS-04", "PACS-06", "DISP-02", "DISP-08", "DISP-06",
            "DISP-01", "DISP-03", "DISP-04", "DISP-05", "DISP-07");

    @Test
    void csvIsUtf8WithBomAndHasAHeaderAndOneRowPerRequirement() {
        byte[] bytes = DOCUMENTS.responseMatrixCsv(DOC);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = Csv.parse(new String(bytes, StandardCharsets.UTF_8).substring(1));
        assertThat(rows.get(0)).containsExactly("Number", "System", "Level", "Category", "Subject", "Profile", "Actor",
                "Options", "Standard", "Requirement", "Response (Comply / Partial / Roadmap / No / Not applicable)",
                "Roadmap date", "Evidence reference", "Comment", "Unconfirmed IHE facts");
        assertThat(rows).hasSize(1 + DOC.requirements().size());
        assertThat(rows.stream().skip(1).map(r -> r.get(0)).toList()).containsExactlyElementsOf(PRINT_ORDER);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(15));
        List<String> pacs01 = rows.stream().filter(r -> r.get(0).equals("PACS-01")).findFirst().orElseThrow();
        assertThat(pacs01).containsExactly("PACS-01", "PACS", "SHALL", "Technical workflow standards",
                "IHE SWF.b — Image Manager/Image Archive; options: Availability of PPS-Referenced Instances", "SWF.b",
                "Image Manager/Image Archive", "Availability of PPS-Referenced Instances", "",
                "The proposed PACS SHALL implement IHE SWF.b as Image Manager/Image Archive, with the Availability of "
                        + "PPS-Referenced Instances option.", "", "", "", "",
                "actor Image Manager/Image Archive: only partly confirmed against the Technical Framework in this "
                        + "catalog; option Availability of PPS-Referenced Instances: not confirmed against the Technical "
                        + "Framework in this catalog");
        List<String> pacs02 = rows.stream().filter(r -> r.get(0).equals("PACS-02")).findFirst().orElseThrow();
        assertThat(pacs02.subList(1, 9)).containsExactly("PACS", "SHALL", "Content standards", "DICOM CT RDSR", "", "", "",
                "DICOM CT RDSR");
        List<String> ct = rows.stream().filter(r -> r.get(0).equals("DISP-07")).findFirst().orElseThrow();
        assertThat(ct.get(7)).isEqualTo("None");
        // What the checklist marks, the matrix marks: MAMMO's Image Display is partly confirmed, Partial View not at all.
        List<String> mammo = rows.stream().filter(r -> r.get(0).equals("DISP-05")).findFirst().orElseThrow();
        assertThat(mammo.get(14)).isEqualTo("actor Image Display: only partly confirmed against the Technical "
                + "Framework in this catalog; option Partial View: not confirmed against the Technical Framework in "
                + "this catalog");
        List<String> atna = rows.stream().filter(r -> r.get(0).equals("DISP-06")).findFirst().orElseThrow();
        assertThat(atna.get(14)).isEmpty();
    }

    @Test
    void csvGuardsAgainstFormulasAndQuotesWhatNeedsIt() {
        List<Requirement> reqs = new ArrayList<>();
        String[] texts = {"=HYPERLINK(\"https://evil.example\",\"click\")", "+1+1", "-2", "@SUM(A1)", "\tTabbed",
                "Line one\r\nline two, with \"quotes\""};
        for (int i = 0; i < texts.length; i++) {
            reqs.add(RfpFixtures.req("X-" + i, RequirementLevel.SHALL, "pacs", "content",
                    new RequirementSubject.StandardSupport("dicom-ct-rdsr"), texts[i], "", RequirementOrigin.PLANNER));
        }
        reqs.add(RfpFixtures.req("=1+2", RequirementLevel.SHALL, "pacs", "content",
                new RequirementSubject.StandardSupport("dicom-ct-rdsr"), "Number as a formula", "", RequirementOrigin.PLANNER));
        byte[] bytes = DOCUMENTS.responseMatrixCsv(RfpFixtures.with(reqs, List.of(), List.of()));
        List<List<String>> rows = Csv.parse(new String(bytes, StandardCharsets.UTF_8).substring(1));
        List<String> requirementTexts = rows.stream().skip(1).map(r -> r.get(9)).toList();
        assertThat(requirementTexts).containsExactly("'=HYPERLINK(\"https://evil.example\",\"click\")", "'+1+1", "'-2",
                "'@SUM(A1)", "Tabbed", "Line one\r\nline two, with \"quotes\"", "Number as a formula");
        assertThat(rows.get(rows.size() - 1).get(0)).isEqualTo("'=1+2");
    }

    @Test
    void jsonHasTheProjectAndOneObjectPerRequirementWithEmptyBidderFields() {
        JsonNode root = JsonMapper.builder().build().readTree(DOCUMENTS.responseMatrixJson(DOC));
        assertThat(root.get("project").asString()).isEqualTo(
                "Northbridge Imaging Network — PACS and diagnostic viewer replacement 2027");
        assertThat(root.get("organization").asString()).isEqualTo("Northbridge Regional Health Authority");
        assertThat(root.get("region").asString()).isEqualTo("Europe");
        assertThat(root.get("version").asInt()).isEqualTo(3);
        assertThat(root.get("issued").asString()).isEqualTo("2026-12-01");
        assertThat(root.get("catalog").get("edition").asString()).isEqualTo("2026.1");
        assertThat(root.get("responseValues").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Comply", "Partial", "Roadmap", "No", "Not applicable");
        // Each answer says what the bidder adds and what it means for the evaluation.
        JsonNode answers = root.get("answers");
        assertThat(answers.valueStream().map(a -> a.get("value").asString()).toList())
                .containsExactly("Comply", "Partial", "Roadmap", "No", "Not applicable");
        assertThat(answers.get(2).get("bidderAdds").asString()).contains("date");
        assertThat(answers.get(2).get("meaning").asString()).contains("not compliant at contract award");
        assertThat(answers.get(3).get("meaning").asString()).contains("SHALL", "deviation");
        assertThat(answers.get(4).get("bidderAdds").asString()).contains("reason");
        JsonNode reqs = root.get("requirements");
        assertThat(reqs.size()).isEqualTo(DOC.requirements().size());
        assertThat(reqs.valueStream().map(r -> r.get("number").asString()).toList()).containsExactlyElementsOf(PRINT_ORDER);
        for (JsonNode r : reqs) {
            assertThat(r.get("response").isNull()).isTrue();
            assertThat(r.get("roadmapDate").isNull()).isTrue();
            assertThat(r.get("evidence").isNull()).isTrue();
            assertThat(r.get("comment").isNull()).isTrue();
            assertThat(r.get("unconfirmed").isArray()).isTrue();
        }
        JsonNode disp05 = reqs.valueStream().filter(r -> r.get("number").asString().equals("DISP-05")).findFirst()
                .orElseThrow();
        assertThat(disp05.get("unconfirmed").valueStream().map(u -> u.get("fact").asString()).toList())
                .containsExactly("actor Image Display", "option Partial View");
        assertThat(disp05.get("unconfirmed").get(1).get("note").asString())
                .isEqualTo("not confirmed against the Technical Framework in this catalog");
        JsonNode pacs05 = reqs.valueStream().filter(r -> r.get("number").asString().equals("PACS-05")).findFirst()
                .orElseThrow();
        assertThat(pacs05.get("system").get("id").asString()).isEqualTo("pacs");
        assertThat(pacs05.get("level").asString()).isEqualTo("SHALL");
        assertThat(pacs05.get("category").get("id").asString()).isEqualTo("privacy-security");
        assertThat(pacs05.get("category").get("name").asString()).isEqualTo("Privacy and security standards");
        JsonNode subject = pacs05.get("subject");
        assertThat(subject.get("kind").asString()).isEqualTo("profile-actor");
        assertThat(subject.get("profileId").asString()).isEqualTo("atna");
        assertThat(subject.get("profile").asString()).isEqualTo("ATNA");
        assertThat(subject.get("actor").asString()).isEqualTo("Secure Node");
        assertThat(subject.get("options").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Radiology Audit Trail");
        JsonNode pacs07 = reqs.valueStream().filter(r -> r.get("number").asString().equals("PACS-07")).findFirst()
                .orElseThrow();
        assertThat(pacs07.get("subject").get("kind").asString()).isEqualTo("standard");
        assertThat(pacs07.get("subject").get("standardId").asString()).isEqualTo("snomed-ct-rt");
        assertThat(pacs07.get("subject").get("standard").asString()).isEqualTo("SNOMED CT (RT Identifiers)");
        assertThat(pacs07.get("text").asString()).contains("together with, or on the way to, SNOMED CT numeric identifiers");
    }

    @Test
    void jsonEscapesWhateverThePlannerTyped() {
        String nasty = "Quotes \" and \\ backslash, </script><script>alert(1)</script>, line\nbreak, tab\t, "
                + "control \u0001, emoji 🩻, RTL \u202Etxt";
        List<Requirement> reqs = List.of(RfpFixtures.req("Q-1", RequirementLevel.SHOULD, "pacs", "content",
                new RequirementSubject.StandardSupport("dicom-ct-rdsr"), nasty, "", RequirementOrigin.PLANNER));
        String json = DOCUMENTS.responseMatrixJson(RfpFixtures.with(reqs, List.of(), List.of()));
        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertThat(root.get("requirements").get(0).get("text").asString()).isEqualTo(nasty);
        assertThat(json).doesNotContain("\u0001");
    }
}
