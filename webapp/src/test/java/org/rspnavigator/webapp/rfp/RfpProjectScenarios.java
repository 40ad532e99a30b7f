package org.rspnavigator.webapp.rfp;

import org.rspnavigator.webapp.testing.Http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.webapp.testing.TestAccounts.OTHER_PLANNER;
import static org.rspnavigator.webapp.testing.TestAccounts.PASSWORD;
import static org.rspnavigator.webapp.testing.TestAccounts.PLANNER;
import static org.rspnavigator.webapp.testing.TestAccounts.PLANNER_2;
import static org.rspnavigator.webapp.testing.TestAccounts.VENDOR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditEventRepository;
import org.rspnavigator.webapp.testing.Http.Answer;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The RFP builder through the HTTP API: proposals from a spec, projects saved as revisions,
 * duplicated and deleted, who may see what, stale saves, bad input, and documents of a spec or a
 * saved project. Run once per database (H2, PostgreSQL) by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
abstract class RfpProjectScenarios {

    private static final String RFP = "/api/v1/rfp";

    @LocalServerPort
    int port;

    @Autowired
    AuditEventRepository auditEvents;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Answer as(String user, String method, String path, Object body) {
        return http.send(method, path, user, PASSWORD, body);
    }

    private static Map<String, Object> spec(String name, List<String> useCases, List<Map<String, Object>> systems) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("projectName", name);
        spec.put("organization", "St. Example Hospital");
        spec.put("region", "europe");
        spec.put("useCases", useCases);
        spec.put("systems", systems);
        return spec;
    }

    private static Map<String, Object> system(String type, int quantity) {
        return Map.of("systemType", type, "quantity", quantity, "notes", "");
    }

    private static Map<String, Object> pacsAndViewers(String name) {
        return spec(name, List.of("device-to-department"), List.of(system("pacs", 1), system("image-display", 20)));
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode create(String user, Map<String, Object> spec) {
        Answer created = as(user, "POST", RFP + "/projects", Map.of("spec", spec));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static JsonNode requirement(JsonNode draft, String number) {
        for (JsonNode r : draft.get("requirements")) {
            if (r.get("number").asString().equals(number)) {
                return r;
            }
        }
        throw new AssertionError("no requirement " + number + " in " + draft);
    }

    private static List<String> numbers(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(r -> out.add(r.get("number").asString()));
        return out;
    }

    @Test
    void aPlannerGetsRequirementsProposedFromASpec() {
        Answer proposal = as(PLANNER, "POST", RFP + "/proposals", pacsAndViewers("Imaging renewal"));
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(200);
        JsonNode draft = proposal.json();
        assertThat(draft.get("requirements")).hasSize(52);
        JsonNode swf = requirement(draft, "PACS-16");
        assertThat(swf.get("level").asString()).isEqualTo("shall");
        assertThat(swf.get("profile").asString()).isEqualTo("swf-b");
        assertThat(swf.get("actor").asString()).isEqualTo("Image Manager/Image Archive");
        assertThat(swf.get("options").toString()).isEqualTo("[\"Availability of PPS-Referenced Instances\"]");
        assertThat(swf.get("rationale").asString())
                .endsWith("Site deployment Moderate in Europe (ISO 21860:2020 Table 5, footnote a).");
        assertThat(swf.get("role").asString()).isEqualTo("Image Manager/Image Archive of IHE SWF.b with the "
                + "“Availability of PPS-Referenced Instances” option");
        assertThat(swf.get("version").asString()).isEqualTo("the IHE Radiology Technical Framework revision current "
                + "at the date of issue of this RFP");
        assertThat(swf.get("evidence").asString()).startsWith("IHE Integration Statement;");
        assertThat(swf.get("alternatives").size()).isZero(); // Europe: no regional transition
        assertThat(requirement(draft, "PACS-11").get("role").asString()).contains("Storage Commitment Push Model SOP Class SCP");
        assertThat(requirement(draft, "IMAGE-DISPLAY-06").get("origin").asString()).isEqualTo("successor");
    }

    @Test
    void aSpecWithoutClinicalServicesIsProposedAsBeforeAndTheDraftSaysNoScopeWasGiven() {
        JsonNode draft = as(PLANNER, "POST", RFP + "/proposals", pacsAndViewers("Old client")).json();
        assertThat(draft.get("spec").get("clinicalServices")).isEmpty();
        assertThat(draft.get("leftOut")).isEmpty();
        assertThat(draft.get("scopeNote").asString()).startsWith("No clinical services were given");
        assertThat(requirement(draft, "PACS-19").get("profile").asString()).isEqualTo("mammo");
    }

    @Test
    void clinicalServicesInScopeLeaveOutWhatBelongsToOthersWithTheReason() {
        Map<String, Object> spec = spec(unique("General radiology PACS"), List.of("device-to-department"),
                List.of(system("pacs", 1)));
        spec.put("clinicalServices", List.of("general-radiology"));
        Answer proposal = as(PLANNER, "POST", RFP + "/proposals", spec);
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(200);
        JsonNode draft = proposal.json();
        assertThat(draft.get("spec").get("clinicalServices").toString()).isEqualTo("[\"general-radiology\"]");
        assertThat(draft.get("requirements")).hasSize(17);
        assertThat(draft.get("requirements")).noneMatch(r -> r.get("profile") != null
                && List.of("mammo", "cath", "echo", "nmi", "rem-nm", "tce").contains(r.get("profile").asString()));
        assertThat(draft.get("leftOut")).hasSize(8);
        JsonNode mammo = null;
        for (JsonNode o : draft.get("leftOut")) {
            if (o.get("profile") != null && "mammo".equals(o.get("profile").asString())) {
                mammo = o;
            }
        }
        assertThat(mammo).isNotNull();
        assertThat(mammo.get("system").asString()).isEqualTo("pacs");
        assertThat(mammo.get("actor").asString()).isEqualTo("Image Manager/Image Archive");
        assertThat(mammo.get("kind").asString()).isEqualTo("out-of-scope");
        assertThat(mammo.get("level").asString()).isEqualTo("shall");
        assertThat(mammo.get("services").toString()).isEqualTo("[\"breast-imaging\"]");
        assertThat(mammo.get("reason").asString())
                .isEqualTo("IHE MAMMO belongs to breast imaging, which is not in the project's scope.");
        assertThat(draft.get("scopeNote").asString()).startsWith("Proposed for the clinical services in scope "
                + "(general-radiology): 8 items");

        // Saved, read back and re-proposed for a wider scope: the left-out list follows the scope.
        JsonNode created = create(PLANNER, spec);
        long id = created.get("project").get("id").asLong();
        JsonNode read = as(PLANNER, "GET", RFP + "/projects/" + id, null).json().get("draft");
        assertThat(read.get("leftOut")).isEqualTo(draft.get("leftOut"));

        // The planner asks for DICOM Echo SR after all, editing only the requirements: saving drops it from leftOut.
        ObjectNode edited = (ObjectNode) read.deepCopy();
        ((ArrayNode) edited.get("requirements")).addObject().put("number", "PACS-18").put("level", "shall")
                .put("system", "pacs").put("category", "content").put("standard", "dicom-echo-sr")
                .put("text", "The proposed PACS SHALL store DICOM Echo SR.").put("rationale", "Our echo lab.")
                .put("origin", "planner");
        Answer saved = as(PLANNER, "PUT", RFP + "/projects/" + id,
                Map.of("version", created.get("project").get("version").asLong(), "draft", edited));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("draft").get("leftOut")).hasSize(7)
                .noneMatch(o -> o.get("standard") != null && o.get("standard").asString().equals("dicom-echo-sr"));

        spec.put("clinicalServices", List.of("general-radiology", "breast-imaging"));
        Answer wider = as(PLANNER, "PUT", RFP + "/projects/" + id,
                Map.of("version", saved.json().get("project").get("version").asLong(), "spec", spec));
        assertThat(wider.status()).as(wider.body()).isEqualTo(200);
        JsonNode next = wider.json().get("draft");
        // MAMMO and Mammo CAD are proposed now; the planner's Echo SR stays and is not left out again.
        assertThat(next.get("leftOut")).hasSize(5);
        assertThat(requirement(next, "PACS-18").get("standard").asString()).isEqualTo("dicom-echo-sr");
        assertThat(next.get("requirements")).anyMatch(r -> r.get("profile") != null
                && r.get("profile").asString().equals("mammo"));

        spec.put("clinicalServices", List.of("podiatry"));
        Answer unknown = as(PLANNER, "POST", RFP + "/proposals", spec);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.detail()).contains("The catalog has no clinical service 'podiatry'.");
    }

    @Test
    void onlyPlannersUseTheRfpBuilder() {
        assertThat(http.send("POST", RFP + "/proposals", null, null, pacsAndViewers("x")).status()).isEqualTo(401);
        Answer vendor = as(VENDOR, "POST", RFP + "/proposals", pacsAndViewers("x"));
        assertThat(vendor.status()).isEqualTo(403);
        assertThat(vendor.detail()).isEqualTo("Only planners work on RFP projects.");
        assertThat(as(VENDOR, "GET", RFP + "/projects", null).status()).isEqualTo(403);
        // The role is decided before the body is read: a malformed spec from a vendor is a 403 too.
        Answer malformed = as(VENDOR, "POST", RFP + "/proposals", Map.of("systems", "not a list"));
        assertThat(malformed.status()).isEqualTo(403);
        assertThat(malformed.detail()).isEqualTo("Only planners work on RFP projects.");
    }

    @Test
    void aBadSpecIsRefusedWithEveryProblemNamed() {
        Map<String, Object> bad = spec("", List.of("device-to-moon"), List.of(system("teleporter", 1)));
        bad.put("region", "atlantis");
        Answer answer = as(PLANNER, "POST", RFP + "/proposals", bad);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("Unknown region 'atlantis'");

        bad.put("region", null);
        answer = as(PLANNER, "POST", RFP + "/proposals", bad);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("The project needs a name.")
                .contains("The catalog has no use case 'device-to-moon'.")
                .contains("The catalog has no system type 'teleporter'.");

        Answer empty = as(PLANNER, "POST", RFP + "/proposals", spec("Empty", List.of(), List.of()));
        assertThat(empty.detail()).contains("Choose at least one use case.")
                .contains("Choose at least one system being procured.");

        Answer malformed = as(PLANNER, "POST", RFP + "/proposals", "{\"projectName\": \"x\",\n \"useCases\": [}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.detail()).contains("line 2");
    }

    @Test
    void aFractionalNumberWhereAWholeNumberBelongsIsRefusedNotRounded() {
        Map<String, Object> fractional = spec(unique("Fractions"), List.of("device-to-department"),
                List.of(Map.of("systemType", "pacs", "quantity", 2.5, "notes", "")));
        Answer proposal = as(PLANNER, "POST", RFP + "/proposals", fractional);
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(400);
        assertThat(proposal.detail()).contains("systems[0].quantity").contains("whole number").contains("2.5");

        JsonNode created = create(PLANNER, pacsAndViewers(unique("Fractional version")));
        long id = created.get("project").get("id").asLong();
        long version = created.get("project").get("version").asLong();
        Answer save = as(PLANNER, "PUT", RFP + "/projects/" + id,
                Map.of("version", version + 0.5, "draft", created.get("draft")));
        assertThat(save.status()).as(save.body()).isEqualTo(400);
        assertThat(save.detail()).contains("version").contains("whole number");
        assertThat(as(PLANNER, "GET", RFP + "/projects/" + id, null).json().get("project").get("revision").asInt())
                .isEqualTo(1);
    }

    @Test
    void projectsAreSavedAsRevisionsAndSharedOnlyWithinTheOrganization() {
        String name = unique("PACS renewal");
        JsonNode created = create(PLANNER, pacsAndViewers(name));
        long id = created.get("project").get("id").asLong();
        String path = RFP + "/projects/" + id;
        assertThat(created.get("project").get("revision").asInt()).isEqualTo(1);
        assertThat(created.get("draft").get("requirements")).hasSize(52);

        Answer colleague = as(PLANNER_2, "GET", path, null);
        assertThat(colleague.status()).isEqualTo(200);
        assertThat(colleague.json().get("project").get("name").asString()).isEqualTo(name);
        assertThat(as(PLANNER_2, "GET", RFP + "/projects", null).body()).contains(name);

        Answer outsider = as(OTHER_PLANNER, "GET", path, null);
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.detail()).isEqualTo("No RFP project with id " + id + ".");
        assertThat(as(OTHER_PLANNER, "GET", RFP + "/projects", null).body()).doesNotContain(name);
        assertThat(as(OTHER_PLANNER, "GET", path + "/documents/rfp.pdf", null).status()).isEqualTo(404);

        assertThat(auditEvents.findBySubjectTypeAndSubjectIdOrderByIdAsc("rfp-project", String.valueOf(id)))
                .extracting(e -> e.getAction()).containsExactly(AuditAction.CREATED);
    }

    @Test
    void aWiderScopeKeepsNumbersLevelsAndWithdrawalsAndAStaleSaveIsRefused() {
        JsonNode created = create(PLANNER, pacsAndViewers(unique("Scope change")));
        long id = created.get("project").get("id").asLong();
        long version = created.get("project").get("version").asLong();
        String path = RFP + "/projects/" + id;

        // The planner makes PACS-16 a SHOULD and withdraws PACS-24, sending the whole draft back.
        ObjectNode draft = (ObjectNode) created.get("draft");
        ArrayNode requirements = (ArrayNode) draft.get("requirements");
        ArrayNode withdrawn = draft.putArray("withdrawn");
        for (int i = requirements.size() - 1; i >= 0; i--) {
            ObjectNode r = (ObjectNode) requirements.get(i);
            if (r.get("number").asString().equals("PACS-16")) {
                r.put("level", "SHOULD").put("changeReason", "Two sites keep their archive.");
            }
            if (r.get("number").asString().equals("PACS-24")) {
                r.put("changeReason", "Bought with the archive.");
                withdrawn.add(r);
                requirements.remove(i);
            }
        }
        Answer saved = as(PLANNER, "PUT", path, Map.of("version", version, "draft", draft));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("project").get("revision").asInt()).isEqualTo(2);
        long version2 = saved.json().get("project").get("version").asLong();

        // A colleague who still holds the first version is refused, and nothing is written.
        Answer stale = as(PLANNER_2, "PUT", path, Map.of("version", version, "draft", created.get("draft")));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(as(PLANNER, "GET", path, null).json().get("project").get("revision").asInt()).isEqualTo(2);

        // A new spec alone re-proposes: what was there keeps its number, level and withdrawal.
        Map<String, Object> wider = spec("Scope change, wider", List.of("device-to-department",
                "department-to-enterprise"), List.of(system("pacs", 1)));
        Answer widened = as(PLANNER, "PUT", path, Map.of("version", version2, "spec", wider));
        assertThat(widened.status()).as(widened.body()).isEqualTo(200);
        JsonNode next = widened.json().get("draft");
        assertThat(requirement(next, "PACS-16").get("level").asString()).isEqualTo("should");
        assertThat(numbers(next.get("withdrawn"))).containsExactly("PACS-24");
        assertThat(numbers(next.get("requirements"))).noneMatch(n -> n.startsWith("IMAGE-DISPLAY"))
                .contains("PACS-01", "PACS-25", "PACS-26");
        assertThat(widened.json().get("project").get("name").asString()).isEqualTo("Scope change, wider");

        Answer revisions = as(PLANNER, "GET", path + "/revisions", null);
        assertThat(revisions.json()).extracting(r -> r.get("revision").asInt()).containsExactly(3, 2, 1);
        Answer first = as(PLANNER, "GET", path + "/revisions/1", null);
        assertThat(first.json().get("requirements")).hasSize(52);
        assertThat(requirement(first.json(), "PACS-16").get("level").asString()).isEqualTo("shall");
        assertThat(as(PLANNER, "GET", path + "/revisions/9", null).status()).isEqualTo(404);
    }

    @Test
    void oneRequirementIsAmendedAndWithdrawnWithItsReasonsAndTheDocumentsSaySo() {
        JsonNode created = create(PLANNER, pacsAndViewers(unique("Amendments")));
        long id = created.get("project").get("id").asLong();
        String path = RFP + "/projects/" + id + "/requirements/";
        JsonNode swf = requirement(created.get("draft"), "PACS-16");
        List<String> options = new ArrayList<>();
        swf.get("options").forEach(o -> options.add(o.asString()));
        assertThat(options).as("PACS-16 asks for options").isNotEmpty();

        // Lowered, one option dropped, with a reason: a new revision, the wording made anew.
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("version", created.get("project").get("version").asLong());
        edit.put("level", "should");
        edit.put("options", options.subList(1, options.size()));
        edit.put("reason", "Our modalities are replaced next year.");
        Answer amended = as(PLANNER, "PATCH", path + "PACS-16", edit);
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(amended.json().get("project").get("revision").asInt()).isEqualTo(2);
        JsonNode r = requirement(amended.json().get("draft"), "PACS-16");
        assertThat(r.get("level").asString()).isEqualTo("should");
        assertThat(r.get("proposedLevel").asString()).isEqualTo("shall");
        assertThat(r.get("changeReason").asString()).isEqualTo("Our modalities are replaced next year.");
        assertThat(r.get("text").asString()).contains("SHOULD").doesNotContain("“" + options.getFirst() + "”");
        assertThat(r.get("rationale").asString()).isEqualTo(swf.get("rationale").asString());

        // The same version again is stale; wording that states another level is refused; nothing is written.
        Answer stale = as(PLANNER, "PATCH", path + "PACS-16", edit);
        assertThat(stale.status()).isEqualTo(409);
        long version = amended.json().get("project").get("version").asLong();
        Answer contradicting = as(PLANNER, "PATCH", path + "PACS-16", Map.of("version", version,
                "text", "The proposed PACS SHALL archive every image."));
        assertThat(contradicting.status()).isEqualTo(400);
        assertThat(contradicting.json().get("detail").asString()).contains("says SHALL but its level is SHOULD");
        assertThat(as(PLANNER, "PATCH", path + "PACS-99", Map.of("version", version)).status()).isEqualTo(400);
        assertThat(as(PLANNER_2, "GET", RFP + "/projects/" + id, null).json().get("project").get("revision").asInt())
                .isEqualTo(2);

        // Withdrawn with a reason: kept under its number, and the RFP section accounts for it.
        Answer withdrawn = as(PLANNER, "DELETE", path + "PACS-24?version=" + version + "&reason="
                + java.net.URLEncoder.encode("Bought with the archive.", java.nio.charset.StandardCharsets.UTF_8), null);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        JsonNode out = withdrawn.json().get("draft").get("withdrawn").get(0);
        assertThat(out.get("number").asString()).isEqualTo("PACS-24");
        assertThat(out.get("changeReason").asString()).isEqualTo("Bought with the archive.");
        Answer again = as(PLANNER, "GET", RFP + "/projects/" + id, null);
        assertThat(requirement(again.json().get("draft"), "PACS-16").get("proposedLevel").asString()).isEqualTo("shall");
    }

    @Test
    void aShallFromThePortfolioIsLoweredOrWithdrawnOnlyWithAReasonAndTheOrganizationsReportListsIt() {
        String name = unique("Comply or explain");
        JsonNode created = create(PLANNER, pacsAndViewers(name));
        long id = created.get("project").get("id").asLong();
        String project = RFP + "/projects/" + id;
        String path = project + "/requirements/";
        long version = created.get("project").get("version").asLong();
        List<String> shalls = new ArrayList<>();
        String should = null;
        for (JsonNode r : created.get("draft").get("requirements")) {
            if (r.get("origin").asString().equals("portfolio") && r.get("level").asString().equals("shall")) {
                shalls.add(r.get("number").asString());
            } else if (should == null && r.get("level").asString().equals("should")) {
                should = r.get("number").asString();
            }
        }
        assertThat(shalls).contains("PACS-16").hasSizeGreaterThan(1);
        String other = shalls.stream().filter(n -> !n.equals("PACS-16")).findFirst().orElseThrow();

        // Without a reason, lowering or withdrawing is refused, by the requirement's number, and nothing is written.
        Answer lowered = as(PLANNER, "PATCH", path + "PACS-16", Map.of("version", version, "level", "should"));
        assertThat(lowered.status()).as(lowered.body()).isEqualTo(400);
        assertThat(lowered.detail()).startsWith("Requirement PACS-16 comes from the portfolio at SHALL: give a reason "
                + "to lower it to SHOULD.").contains("ISO 21860 clause 5.1");
        Answer blank = as(PLANNER, "DELETE", path + other + "?version=" + version + "&reason=%20", null);
        assertThat(blank.status()).as(blank.body()).isEqualTo(400);
        assertThat(blank.detail()).contains("Requirement " + other).contains("give a reason to withdraw it");
        ObjectNode whole = (ObjectNode) created.get("draft").deepCopy();
        for (JsonNode r : whole.get("requirements")) {
            if (r.get("number").asString().equals("PACS-16")) {
                ((ObjectNode) r).put("level", "may").put("origin", "planner").remove("proposedLevel");
            }
        }
        Answer sentWhole = as(PLANNER, "PUT", project, Map.of("version", version, "draft", whole));
        assertThat(sentWhole.status()).as(sentWhole.body()).isEqualTo(400);
        assertThat(sentWhole.detail()).contains("Requirement PACS-16").contains("lower it to MAY");
        assertThat(as(PLANNER, "GET", project, null).json().get("project").get("revision").asInt()).isEqualTo(1);
        assertThat(as(PLANNER, "GET", RFP + "/exceptions", null).body()).doesNotContain(name);

        // With reasons, by two planners; raising a SHOULD needs none.
        Answer explained = as(PLANNER, "PATCH", path + "PACS-16", Map.of("version", version, "level", "should",
                "reason", "Two of the four sites keep their archive until 2028."));
        assertThat(explained.status()).as(explained.body()).isEqualTo(200);
        version = explained.json().get("project").get("version").asLong();
        Answer withdrawn = as(PLANNER_2, "DELETE", path + other + "?version=" + version + "&reason="
                + java.net.URLEncoder.encode("Bought with the archive, \"=SUM(A1)\".", java.nio.charset.StandardCharsets.UTF_8),
                null);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        version = withdrawn.json().get("project").get("version").asLong();
        Answer raised = as(PLANNER, "PATCH", path + should, Map.of("version", version, "level", "shall"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(raised.json().get("project").get("revision").asInt()).isEqualTo(4);

        // The organization's report: both exceptions, with who made each and when; none for the raised SHOULD.
        Answer report = as(PLANNER_2, "GET", RFP + "/exceptions", null);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        List<JsonNode> mine = new ArrayList<>();
        report.json().forEach(row -> {
            if (row.get("projectId").asLong() == id) {
                mine.add(row);
            }
        });
        assertThat(mine).extracting(r -> r.get("number").asString()).containsExactlyInAnyOrder("PACS-16", other);
        JsonNode swf = mine.stream().filter(r -> r.get("number").asString().equals("PACS-16")).findFirst().orElseThrow();
        assertThat(swf.get("project").asString()).isEqualTo(name);
        assertThat(swf.get("revision").asInt()).isEqualTo(4);
        assertThat(swf.get("system").asString()).isEqualTo("PACS");
        assertThat(swf.get("profile").asString()).isEqualTo("swf-b");
        assertThat(swf.get("subject").asString()).isEqualTo("IHE SWF.b — Image Manager/Image Archive");
        assertThat(swf.get("proposedLevel").asString()).isEqualTo("shall");
        assertThat(swf.get("level").asString()).isEqualTo("should");
        assertThat(swf.get("withdrawn").asBoolean()).isFalse();
        assertThat(swf.get("change").asString()).isEqualTo("Lowered to SHOULD");
        assertThat(swf.get("reason").asString()).isEqualTo("Two of the four sites keep their archive until 2028.");
        assertThat(swf.get("changedBy").asString()).isEqualTo(PLANNER);
        JsonNode out = mine.stream().filter(r -> r.get("number").asString().equals(other)).findFirst().orElseThrow();
        assertThat(out.get("withdrawn").asBoolean()).isTrue();
        assertThat(out.get("level").isNull()).isTrue();
        assertThat(out.get("change").asString()).isEqualTo("Withdrawn");
        assertThat(out.get("changedBy").asString()).isEqualTo(PLANNER_2);
        assertThat(java.time.Instant.parse(out.get("changedAt").asString()))
                .isAfterOrEqualTo(java.time.Instant.parse(swf.get("changedAt").asString()));

        // As CSV; another organization's planner and vendors never see it.
        Http.Raw csv = http.download(RFP + "/exceptions.csv", PLANNER, PASSWORD);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.disposition()).contains("st-example-hospital-exceptions-to-the-portfolio.csv");
        assertThat(csv.text()).contains("Project,Revision,Requirement,System,Standard or profile,"
                + "Proposed by the portfolio,Now,Reason,Changed by,Changed at (UTC)")
                .contains(name + ",4,PACS-16,PACS,IHE SWF.b — Image Manager/Image Archive,SHALL,SHOULD,"
                        + "Two of the four sites keep their archive until 2028.," + PLANNER + ",")
                .contains(other + ",").contains(",withdrawn,");
        Answer outsider = as(OTHER_PLANNER, "GET", RFP + "/exceptions", null);
        assertThat(outsider.status()).isEqualTo(200);
        assertThat(outsider.body()).doesNotContain(name);
        assertThat(http.download(RFP + "/exceptions.csv", OTHER_PLANNER, PASSWORD).text()).doesNotContain(name);
        assertThat(as(VENDOR, "GET", RFP + "/exceptions", null).status()).isEqualTo(403);
    }

    @Test
    void aProjectIsDuplicatedAndDeleted() {
        String name = unique("To copy");
        JsonNode created = create(PLANNER, pacsAndViewers(name));
        long id = created.get("project").get("id").asLong();
        Answer copy = as(PLANNER_2, "POST", RFP + "/projects/" + id + "/copies", null);
        assertThat(copy.status()).isEqualTo(201);
        assertThat(copy.json().get("project").get("name").asString()).isEqualTo("Copy of " + name);
        assertThat(copy.json().get("project").get("revision").asInt()).isEqualTo(1);
        assertThat(copy.json().get("draft").get("requirements")).isEqualTo(created.get("draft").get("requirements"));

        String path = RFP + "/projects/" + id;
        long version = created.get("project").get("version").asLong();
        assertThat(as(OTHER_PLANNER, "DELETE", path + "?version=" + version, null).status()).isEqualTo(404);
        assertThat(as(PLANNER, "DELETE", path + "?version=" + version, null).status()).isEqualTo(204);
        assertThat(as(PLANNER, "GET", path, null).status()).isEqualTo(404);
        assertThat(as(PLANNER, "GET", RFP + "/projects/" + copy.json().get("project").get("id").asLong(), null)
                .status()).isEqualTo(200);
    }

    @Test
    void aBadDraftIsRefusedAndNothingIsSaved() {
        JsonNode created = create(PLANNER, pacsAndViewers(unique("Bad draft")));
        long id = created.get("project").get("id").asLong();
        long version = created.get("project").get("version").asLong();
        ObjectNode draft = (ObjectNode) created.get("draft").deepCopy();
        ((ObjectNode) draft.get("requirements").get(0)).put("level", "MUST");
        ObjectNode r = (ObjectNode) draft.get("requirements").get(1);
        r.remove("standard");
        r.put("profile", "swf-b");
        r.put("actor", "Image Manager/Image Archive");
        r.putArray("options").add("Teleportation");
        draft.putArray("clauses").addObject().put("title", "Huge").put("markdown", "x".repeat(50_001));
        Answer answer = as(PLANNER, "PUT", RFP + "/projects/" + id, Map.of("version", version, "draft", draft));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("has level 'MUST'; use shall, should or may.");

        ((ObjectNode) draft.get("requirements").get(0)).put("level", "SHALL");
        answer = as(PLANNER, "PUT", RFP + "/projects/" + id, Map.of("version", version, "draft", draft));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail())
                .contains("the Image Manager/Image Archive of IHE SWF.b has no option 'Teleportation'.")
                .contains("Custom clause 1's text (markdown) has 50001 characters; at most 50000 are allowed.");
        assertThat(as(PLANNER, "GET", RFP + "/projects/" + id, null).json().get("project").get("revision").asInt())
                .isEqualTo(1);
    }

    @Test
    void aRequirementNumberOverItsLimitIsRefusedBeforeAnythingIsSavedOrRendered() {
        JsonNode created = create(PLANNER, pacsAndViewers(unique("Long number")));
        long id = created.get("project").get("id").asLong();
        long version = created.get("project").get("version").asLong();
        ObjectNode draft = (ObjectNode) created.get("draft").deepCopy();
        ((ObjectNode) draft.get("requirements").get(0)).put("number", "PACS-" + "9".repeat(64_000));
        long start = System.nanoTime();
        Answer save = as(PLANNER, "PUT", RFP + "/projects/" + id, Map.of("version", version, "draft", draft));
        assertThat(save.status()).isEqualTo(400);
        assertThat(save.detail()).startsWith("A requirement number (number) has 64005 characters; at most 40 are "
                + "allowed").hasSizeLessThan(500);
        Answer document = as(PLANNER, "POST", RFP + "/documents/rfp.pdf", draft);
        assertThat(document.status()).isEqualTo(400);
        assertThat(document.detail()).contains("(number)").contains("at most 40");
        assertThat(System.nanoTime() - start).as("sanity: nanoseconds").isLessThan(20_000_000_000L);
        assertThat(as(PLANNER, "GET", RFP + "/projects/" + id, null).json().get("project").get("revision").asInt())
                .isEqualTo(1);
    }

    @Test
    void documentsOfASavedProjectAndOfASpecAreNamedAfterTheProject() {
        JsonNode created = create(PLANNER, pacsAndViewers("Imaging Renewal 2027"));
        long id = created.get("project").get("id").asLong();
        Http.Raw pdf = bytes(RFP + "/projects/" + id + "/documents/rfp.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.disposition()).contains("imaging-renewal-2027-rfp-section-r1.pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Http.Raw docx = bytes(RFP + "/projects/" + id + "/documents/rfp.docx");
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.disposition()).contains("imaging-renewal-2027-rfp-section-r1.docx");
        assertThat(new String(docx.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");

        Answer csv = as(PLANNER, "POST", RFP + "/documents/response-matrix.csv",
                Map.of("spec", pacsAndViewers("From a spec")));
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).contains("PACS-16").contains("IMAGE-DISPLAY-27");

        Answer json = as(PLANNER, "POST", RFP + "/documents/response-matrix.json",
                Map.of("spec", pacsAndViewers("From a spec")));
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).contains("PACS-16");

        Answer unknown = as(PLANNER, "GET", RFP + "/projects/" + id + "/documents/rfp.exe", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.detail()).contains("rfp.pdf, rfp.docx, checklist.pdf");
    }

    @Test
    void aBiddersFilledResponseMatrixIsCheckedAgainstTheCurrentRevision() throws java.io.IOException {
        JsonNode created = create(PLANNER, pacsAndViewers("Tender " + java.util.UUID.randomUUID()));
        long id = created.get("project").get("id").asLong();
        String path = RFP + "/projects/" + id + "/responses/check";
        Http.Raw xlsx = bytes(RFP + "/projects/" + id + "/documents/response-matrix.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // The bid team fills the workbook in with its spreadsheet program.
        byte[] filled;
        String first;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.body())); java.io.ByteArrayOutputStream out =
                        new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("Responses");
            first = sheet.getRow(1).getCell(0).getStringCellValue();
            sheet.getRow(1).getCell(6).setCellValue("Roadmap");
            sheet.getRow(1).getCell(7).setCellValue(java.time.LocalDate.of(2027, 9, 30));
            sheet.getRow(1).getCell(9).setCellValue("release 8");
            book.write(out);
            filled = out.toByteArray();
        }
        Answer answer = http.send("POST", path, PLANNER, PASSWORD, filled,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("answers").get(0).toString()).isEqualTo("{\"number\":\"" + first
                + "\",\"response\":\"roadmap\",\"roadmapDate\":\"2027-09-30\",\"evidence\":\"\",\"comment\":\"release 8\"}");
        assertThat(answer.json().get("answeredRevision").asInt()).isEqualTo(1);
        assertThat(answer.json().get("unanswered").size()).isEqualTo(created.get("draft").get("requirements").size() - 1);

        Answer bad = http.send("POST", path, PLANNER, PASSWORD, ("Number,Response (Comply / Partial / Roadmap / No / "
                + "Not applicable),Roadmap date\r\n" + first + ",Roadmap,\r\nNOPE-1,Comply,\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("problems").toString()).contains("\"place\":\"line 2\"")
                .contains("needs the committed delivery date").contains("\"place\":\"line 3\"").contains("NOPE-1");
        assertThat(http.send("POST", path, VENDOR, PASSWORD, filled, "text/csv").status()).isEqualTo(403);
        assertThat(http.send("POST", path, OTHER_PLANNER, PASSWORD, filled, "text/csv").status()).isEqualTo(404);
    }

    private Http.Raw bytes(String path) {
        return http.download(path, PLANNER, PASSWORD);
    }
}
