package org.rspnavigator.webapp.accounts;

import org.rspnavigator.webapp.products.ProductScenarios;
import org.rspnavigator.webapp.testing.Http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.webapp.testing.TestAccounts.ADMIN;
import static org.rspnavigator.webapp.testing.TestAccounts.ADMIN_PASSWORD;
import static org.rspnavigator.webapp.testing.TestAccounts.OTHER_PLANNER;
import static org.rspnavigator.webapp.testing.TestAccounts.PASSWORD;
import static org.rspnavigator.webapp.testing.TestAccounts.PLANNER;
import static org.rspnavigator.webapp.testing.TestAccounts.PLANNER_2;
import static org.rspnavigator.webapp.testing.TestAccounts.VENDOR;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.rspnavigator.documents.statement.StatementJson;
import org.junit.jupiter.api.Test;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditEvent;
import org.rspnavigator.webapp.audit.AuditEventRepository;
import org.rspnavigator.webapp.testing.Http.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Accounts, organizations and saved work through the HTTP API, as clients use them: who may do
 * what, organization isolation, no lost work on concurrent edits, lockout, the audit trail and
 * export/import. Run once per database (H2, PostgreSQL) by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
abstract class AccountsAndWorkScenarios {

    @LocalServerPort
    int port;

    @Autowired
    AuditEventRepository auditEvents;

    @Autowired
    org.rspnavigator.webapp.audit.AuditLog auditLog;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Answer as(String user, String method, String path, Object body) {
        return http.send(method, path, user, user.equals(ADMIN) ? ADMIN_PASSWORD : PASSWORD, body);
    }

    private JsonNode createShortlist(String user, String name, List<String> standards) {
        Answer created = as(user, "POST", "/api/v1/shortlists", Map.of("name", name, "description", "Notes for " + name,
                "filter", "group=preferred", "standards", standards));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    @Test
    void shortlistsAreSharedWithinTheOrganizationAndInvisibleOutsideIt() {
        JsonNode mine = createShortlist(PLANNER, unique("Baseline"), List.of("loinc", "ihe-swf-b"));
        String path = "/api/v1/shortlists/" + mine.get("id").asLong();

        Answer colleague = as(PLANNER_2, "GET", path, null);
        assertThat(colleague.status()).isEqualTo(200);
        assertThat(colleague.json().get("standards").toString()).isEqualTo("[\"loinc\",\"ihe-swf-b\"]");

        for (String outsider : List.of(VENDOR, OTHER_PLANNER)) {
            Answer other = as(outsider, "GET", path, null);
            assertThat(other.status()).as(outsider).isEqualTo(404);
            assertThat(as(outsider, "GET", "/api/v1/shortlists", null).body()).as(outsider)
                    .doesNotContain(mine.get("name").asString());
            assertThat(as(outsider, "PUT", path, Map.of("name", "taken over", "version", 0)).status()).isEqualTo(404);
            assertThat(as(outsider, "DELETE", path + "?version=0", null).status()).isEqualTo(404);
        }
        assertThat(as(PLANNER_2, "GET", path, null).json().get("name").asString()).isEqualTo(mine.get("name").asString());
    }

    @Test
    void aStaleSaveIsRefusedAndTheColleaguesChangeIsKept() {
        JsonNode created = createShortlist(PLANNER, unique("Tender"), List.of("dicom-mwl"));
        String path = "/api/v1/shortlists/" + created.get("id").asLong();
        long opened = as(PLANNER, "GET", path, null).json().get("version").asLong();
        assertThat(as(PLANNER_2, "GET", path, null).json().get("version").asLong()).isEqualTo(opened);

        Answer first = as(PLANNER, "PUT", path, Map.of("name", "Tender v2", "description", "first", "filter", "",
                "standards", List.of("dicom-mwl", "dicom-mpps"), "version", opened));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("version").asLong()).isGreaterThan(opened);

        Answer second = as(PLANNER_2, "PUT", path, Map.of("name", "Tender (Quinn)", "description", "second", "filter", "",
                "standards", List.of(), "version", opened));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.detail()).contains("was changed by someone else").contains("Reload");

        JsonNode now = as(PLANNER_2, "GET", path, null).json();
        assertThat(now.get("name").asString()).isEqualTo("Tender v2");
        assertThat(now.get("standards").toString()).isEqualTo("[\"dicom-mwl\",\"dicom-mpps\"]");
        assertThat(as(PLANNER, "PUT", path, Map.of("name", "no version")).status()).isEqualTo(400);
    }

    @Test
    void simultaneousSavesNeverBothWin() throws Exception {
        JsonNode created = createShortlist(PLANNER, unique("Race"), List.of());
        String path = "/api/v1/shortlists/" + created.get("id").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long version = as(PLANNER, "GET", path, null).json().get("version").asLong();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Answer>> saves = new ArrayList<>();
                for (String user : List.of(PLANNER, PLANNER_2)) {
                    saves.add(pool.submit(() -> {
                        start.await();
                        return as(user, "PUT", path, Map.of("name", "by " + user, "description", "", "filter", "",
                                "standards", List.of(), "version", version));
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Answer> f : saves) {
                    statuses.add(f.get().status());
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
                assertThat(as(PLANNER, "GET", path, null).json().get("version").asLong()).isEqualTo(version + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theAuditTrailRecordsWhoDidWhat() {
        String name = unique("Audited");
        JsonNode created = createShortlist(PLANNER, name, List.of("loinc"));
        String id = created.get("id").asString();
        as(PLANNER_2, "PUT", "/api/v1/shortlists/" + id, Map.of("name", name + " (edited)", "description", "",
                "filter", "", "standards", List.of(), "version", created.get("version").asLong()));
        as(PLANNER, "GET", "/api/v1/organization/export", null);
        long version = as(PLANNER, "GET", "/api/v1/shortlists/" + id, null).json().get("version").asLong();
        assertThat(as(PLANNER, "DELETE", "/api/v1/shortlists/" + id + "?version=" + version, null).status()).isEqualTo(204);

        List<AuditEvent> events = auditEvents.findBySubjectTypeAndSubjectIdOrderByIdAsc("shortlist", id);
        assertThat(events).extracting(AuditEvent::getAction, AuditEvent::getUsername).containsExactly(
                org.assertj.core.api.Assertions.tuple(AuditAction.CREATED, PLANNER),
                org.assertj.core.api.Assertions.tuple(AuditAction.CHANGED, PLANNER_2),
                org.assertj.core.api.Assertions.tuple(AuditAction.DELETED, PLANNER));
        assertThat(events).allSatisfy(e -> assertThat(e.getAt()).isNotNull());
        assertThat(auditEvents.findByUsernameOrderByIdAsc(PLANNER)).extracting(AuditEvent::getAction)
                .contains(AuditAction.EXPORTED);

        Answer trail = as(ADMIN, "GET", "/api/v1/admin/audit?limit=50", null);
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.body()).contains(name);
        assertThat(as(PLANNER, "GET", "/api/v1/admin/audit", null).status()).isEqualTo(403);
    }

    /** The export follows the endpoints' role rules: vendors may not open RFP projects, so theirs has none. */
    @Test
    void aVendorsExportHoldsNoRfpProjects() {
        String orgName = unique("Mixed");
        long orgId = as(ADMIN, "POST", "/api/v1/admin/organizations", Map.of("name", orgName)).json().get("id").asLong();
        String planner = newUser("buyer", "PLANNER", orgId, "Member-password-1").get("username").asString();
        String seller = newUser("seller", "VENDOR", orgId, "Member-password-1").get("username").asString();
        Answer project = http.send("POST", "/api/v1/rfp/projects", planner, "Member-password-1", Map.of("spec", Map.of(
                "projectName", "Confidential tender", "organization", orgName, "region", "europe",
                "useCases", List.of("department-to-enterprise"),
                "systems", List.of(Map.of("systemType", "vna", "quantity", 1, "notes", "")))));
        assertThat(project.status()).as(project.body()).isEqualTo(201);

        assertThat(http.send("GET", "/api/v1/rfp/projects", seller, "Member-password-1", null).status()).isEqualTo(403);
        Answer vendorExport = http.send("GET", "/api/v1/organization/export", seller, "Member-password-1", null);
        assertThat(vendorExport.status()).isEqualTo(200);
        assertThat(vendorExport.json().get("rfpProjects")).isEmpty();
        assertThat(vendorExport.body()).doesNotContain("Confidential tender");
        Answer plannerExport = http.send("GET", "/api/v1/organization/export", planner, "Member-password-1", null);
        assertThat(plannerExport.json().get("rfpProjects")).hasSize(1);
        assertThat(as(ADMIN, "GET", "/api/v1/admin/organizations/" + orgId + "/export", null).json().get("rfpProjects"))
                .hasSize(1);
    }

    @Test
    void exportThenImportRoundTripsExactly() {
        String orgName = unique("Clinic");
        Answer org = as(ADMIN, "POST", "/api/v1/admin/organizations", Map.of("name", orgName));
        assertThat(org.status()).isEqualTo(201);
        long orgId = org.json().get("id").asLong();
        String member = "member-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(as(ADMIN, "POST", "/api/v1/admin/users", Map.of("username", member, "displayName", "Mem Ber",
                "role", "PLANNER", "organizationId", orgId, "password", "Member-one-time-1")).status()).isEqualTo(201);
        changeOneTimePassword(member, "Member-one-time-1", "Member-password-1");
        assertThat(http.send("POST", "/api/v1/shortlists", member, "Member-password-1", Map.of("name", "Ünïcode ✓ list",
                "description", "# Notes\n\n- with *Markdown* and \"quotes\"", "filter", "category=data&group=emerging",
                "standards", List.of("snomed-ct-numeric", "icd-11"))).status()).isEqualTo(201);
        http.send("POST", "/api/v1/shortlists", member, "Member-password-1", Map.of("name", "Empty", "description", "",
                "filter", "", "standards", List.of()));
        Answer project = http.send("POST", "/api/v1/rfp/projects", member, "Member-password-1", Map.of("spec", Map.of(
                "projectName", "Cardiology archive", "organization", orgName, "region", "europe",
                "useCases", List.of("department-to-enterprise"),
                "systems", List.of(Map.of("systemType", "vna", "quantity", 1, "notes", "")))));
        assertThat(project.status()).as(project.body()).isEqualTo(201);
        ObjectNode draft = (ObjectNode) project.json().get("draft").deepCopy();
        draft.putArray("clauses").addObject().put("title", "Training").put("markdown", "Two days *on site*.");
        assertThat(http.send("PUT", "/api/v1/rfp/projects/" + project.json().get("project").get("id").asLong(), member,
                "Member-password-1", Map.of("version", project.json().get("project").get("version").asLong(),
                        "draft", draft)).status()).isEqualTo(200);

        String seller = "seller-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(as(ADMIN, "POST", "/api/v1/admin/users", Map.of("username", seller, "displayName", "Sel Ler",
                "role", "VENDOR", "organizationId", orgId, "password", "Member-one-time-1")).status()).isEqualTo(201);
        changeOneTimePassword(seller, "Member-one-time-1", "Member-password-1");
        Answer product = http.send("POST", "/api/v1/products", seller, "Member-password-1",
                StatementJson.write(ProductScenarios.pacs("Clinic PACS", null)));
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        long projectId = project.json().get("project").get("id").asLong();
        assertThat(http.send("POST", "/api/v1/rfp/projects/" + projectId + "/bidders?bidder=Alpha&systems=vna", member,
                "Member-password-1", StatementJson.write(
                        ProductScenarios.pacs("Alpha PACS", null)).getBytes(StandardCharsets.UTF_8),
                "application/json").status()).isEqualTo(201);
        // Alpha's returned matrix, the planner's weights and a score go with the project.
        String first = project.json().get("draft").get("requirements").get(0).get("number").asString();
        String base = "/api/v1/rfp/projects/" + projectId;
        assertThat(http.send("POST", base + "/responses?bidder=Alpha", member, "Member-password-1",
                ("Number,Response,Comment\r\n" + first + ",Comply,Release 9\r\n").getBytes(StandardCharsets.UTF_8),
                "text/csv").status()).isEqualTo(201);
        assertThat(http.send("PUT", base + "/evaluation/plan?version=0", member, "Member-password-1",
                Map.of("requirementWeights", Map.of(first, 4))).status()).isEqualTo(200);
        assertThat(http.send("PUT", base + "/evaluation/scores", member, "Member-password-1", Map.of("bidder", "Alpha",
                "number", first, "score", 4, "comment", "Shown at the demonstration")).status()).isEqualTo(200);

        Answer exported = as(ADMIN, "GET", "/api/v1/admin/organizations/" + orgId + "/export", null);
        assertThat(exported.status()).isEqualTo(200);
        JsonNode document = exported.json();
        assertThat(document.get("products")).hasSize(1);
        assertThat(document.get("rfpProjects").get(0).get("bidders")).hasSize(1);
        assertThat(document.get("rfpProjects").get(0).get("bidders").get(0).get("systems").toString())
                .isEqualTo("[\"vna\"]");
        assertThat(document.get("shortlists")).hasSize(2);
        assertThat(document.get("members").toString()).contains(member);
        assertThat(document.get("rfpProjects")).hasSize(1);
        assertThat(document.get("rfpProjects").get(0).get("revisions")).hasSize(2);
        JsonNode evaluated = document.get("rfpProjects").get(0);
        assertThat(evaluated.get("responses").get(0).get("answers").get("answers").get(0).get("comment").asString())
                .isEqualTo("Release 9");
        assertThat(evaluated.get("evaluation").get("plan").get("requirementWeights").get(first).asInt()).isEqualTo(4);
        assertThat(evaluated.get("evaluation").get("scores").get(0).get("comment").asString())
                .isEqualTo("Shown at the demonstration");

        long version = as(ADMIN, "GET", "/api/v1/admin/organizations", null).json().valueStream()
                .filter(o -> o.get("id").asLong() == orgId).findFirst().orElseThrow().get("version").asLong();
        assertThat(as(ADMIN, "DELETE", "/api/v1/admin/organizations/" + orgId + "?version=" + version, null).status())
                .isEqualTo(204);
        long restored = as(ADMIN, "POST", "/api/v1/admin/organizations", Map.of("name", orgName)).json().get("id").asLong();
        Answer imported = as(ADMIN, "POST", "/api/v1/admin/organizations/" + restored + "/import", exported.body());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("shortlists").asInt()).isEqualTo(2);
        assertThat(imported.json().get("rfpProjects").asInt()).isEqualTo(1);
        assertThat(imported.json().get("products").asInt()).isEqualTo(1);

        Answer again = as(ADMIN, "GET", "/api/v1/admin/organizations/" + restored + "/export", null);
        assertThat(again.json()).isEqualTo(document);
    }

    @Test
    void aBrokenImportChangesNothing() {
        long orgId = as(ADMIN, "POST", "/api/v1/admin/organizations", Map.of("name", unique("Target"))).json().get("id")
                .asLong();
        ObjectNode document = (ObjectNode) Http.JSON.readTree("""
                {"format": "rsp-navigator-organization", "formatVersion": 1, "catalogEdition": "x",
                "organization": {"name": "Source"}, "members": [],
                "shortlists": [
                   {"name": "Fine", "description": "", "filter": "", "standards": ["loinc"], "createdBy": "a",
                    "createdAt": "2026-01-01T00:00:00Z", "updatedBy": "a", "updatedAt": "2026-01-01T00:00:00Z"},
                   {"name": "Broken", "description": "", "filter": "group=favourite", "standards": ["no-such-standard"],
                    "createdBy": "a", "createdAt": "2026-01-01T00:00:00Z", "updatedBy": "a",
                    "updatedAt": "2026-01-01T00:00:00Z"}],
                "rfpProjects": [
                   {"name": "Gapped", "createdBy": "a", "createdAt": "2026-01-01T00:00:00Z",
                    "revisions": [{"revision": 2, "savedBy": "a", "savedAt": "2026-01-01T00:00:00Z",
                                   "draft": {"spec": {"projectName": "Gapped", "useCases": ["device-to-department"],
                                                      "systems": [{"systemType": "pacs", "quantity": 1}]}}}],
                    "responses": [{"bidder": "Beta", "revision": 1, "source": "beta.csv", "importedBy": "a",
                                   "importedAt": "2026-01-01T00:00:00Z",
                                   "answers": {"answeredRevision": 1, "answers": [{"number": "PACS-01",
                                                                                   "response": "maybe"}]}}],
                    "evaluation": {"scores": [{"bidder": "Beta", "number": "PACS-01", "evaluator": "a", "score": 7,
                                               "comment": "", "scoredAt": "2026-01-01T00:00:00Z"}]},
                    "bidders": [{"bidder": "Gamma", "source": "gamma.json", "importedBy": "a",
                                 "importedAt": "2026-01-01T00:00:00Z",
                                 "statement": {"format": "rsp-navigator/ihe-integration-statement", "formatVersion": 2,
                                               "vendor": "Gamma", "productName": "G", "version": "1",
                                               "date": "1 January 2026", "profiles": []}}]},
                   {"name": "Typed", "createdBy": "a", "createdAt": "2026-01-01T00:00:00Z",
                    "revisions": [{"revision": 1, "savedBy": "a", "savedAt": "2026-01-01T00:00:00Z",
                                   "draft": {"spec": {"projectName": "Typed", "useCases": ["device-to-department"],
                                                      "systems": [{"systemType": "pacs", "quantity": 1}]},
                                             "requirements": "none"}}]}],
                "products": [
                   {"name": "Odd", "productVersion": "1", "published": false, "createdBy": "a",
                    "createdAt": "2026-01-01T00:00:00Z", "updatedBy": "a", "updatedAt": "2026-01-01T00:00:00Z",
                    "statement": {"format": "rsp-navigator/ihe-integration-statement", "formatVersion": 2,
                                  "vendor": "V", "productName": "P", "version": "1", "date": "2026-01-01",
                                  "profiles": "all of them", "colour": "blue"}}]}""");
        Answer refused = as(ADMIN, "POST", "/api/v1/admin/organizations/" + orgId + "/import", document.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.detail()).startsWith("The import was refused and nothing was changed")
                .contains("shortlists[1]").contains("'favourite'").contains("no-such-standard")
                .doesNotContain("shortlists[0]").contains("rfpProjects[0].revisions[0]: revision 1")
                .contains("rfpProjects[0].responses[0].answers: ").contains("maybe")
                .contains("rfpProjects[0].evaluation.scores[0]: A score is a whole number from 0")
                // Statements are checked against the statement file's schema, as an imported statement file is.
                .contains("rfpProjects[0].bidders[0].statement.date: must match")
                .contains("products[0].statement.profiles: must be an array")
                .contains("products[0].statement.colour: not a field of this format")
                // Drafts against the draft's schema, as the RFP API checks them.
                .contains("rfpProjects[1].revisions[0].draft.requirements: must be an array");
        assertThat(as(ADMIN, "GET", "/api/v1/admin/organizations/" + orgId + "/export", null).json().get("shortlists"))
                .isEmpty();

        Answer malformed = as(ADMIN, "POST", "/api/v1/admin/organizations/" + orgId + "/import",
                "{\"format\": \"rsp-navigator-organization\",\n \"shortlists\": [ {\"name\": }]}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.detail()).contains("line 2");
    }

    /** A user created by an administrator, with their one-time password already replaced by {@code password}. */
    private JsonNode newUser(String prefix, String role, long organizationId, String password) {
        String user = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        Answer created = as(ADMIN, "POST", "/api/v1/admin/users", Map.of("username", user, "displayName", "Test " + user,
                "role", role, "organizationId", organizationId, "password", "One-time-" + user));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        changeOneTimePassword(user, "One-time-" + user, password);
        return created.json();
    }

    private void changeOneTimePassword(String user, String oneTime, String password) {
        Answer changed = http.send("PUT", "/api/v1/me/password", user, oneTime,
                Map.of("currentPassword", oneTime, "newPassword", password));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
    }

    private long organizationOf(String user) {
        return as(user, "GET", "/api/v1/me", null).json().get("organizationId").asLong();
    }

    private JsonNode listedUser(String user) {
        return as(ADMIN, "GET", "/api/v1/admin/users", null).json().valueStream()
                .filter(u -> u.get("username").asString().equals(user)).findFirst().orElseThrow();
    }

    private Answer changeUser(String user, String role, long organizationId, boolean enabled, boolean unlock) {
        JsonNode current = listedUser(user);
        return as(ADMIN, "PUT", "/api/v1/admin/users/" + current.get("id").asLong(), Map.of("version",
                current.get("version").asLong(), "role", role, "organizationId", organizationId, "enabled", enabled,
                "unlock", unlock));
    }

    @Test
    void repeatedFailedLoginsSlowDownTheClientUntilAnAdministratorLiftsIt() {
        long orgId = organizationOf(ADMIN);
        String user = newUser("slowme", "VENDOR", orgId, "Right-password-1").get("username").asString();
        assertThat(http.send("GET", "/api/v1/me", user, "Right-password-1", null).status()).isEqualTo(200);

        // Without server.forward-headers-strategy the application ignores X-Forwarded-For: a client
        // cannot pose as another address by sending one.
        for (int i = 0; i < 5; i++) {
            assertThat(http.send("GET", "/api/v1/me", user, "wrong-" + i, null,
                    Map.of("X-Forwarded-For", "192.0.2." + i)).status()).isEqualTo(401);
        }
        Answer slowed = http.send("GET", "/api/v1/me", user, "Right-password-1", null,
                Map.of("X-Forwarded-For", "192.0.2.77"));
        assertThat(slowed.status()).as("the right password no longer works from here").isEqualTo(401);
        assertThat(auditEvents.findByUsernameOrderByIdAsc(user)).extracting(AuditEvent::getAction)
                .contains(AuditAction.LOGIN_FAILED);

        assertThat(changeUser(user, "VENDOR", orgId, true, true).status()).isEqualTo(200);
        assertThat(http.send("GET", "/api/v1/me", user, "Right-password-1", null).status()).isEqualTo(200);
    }

    @Test
    void aOneTimePasswordOpensNothingOnTheApiButItsOwnChange() {
        long orgId = organizationOf(PLANNER);
        String user = "fresh-" + UUID.randomUUID().toString().substring(0, 6);
        String oneTime = "Set-by-the-admin-" + user;
        assertThat(as(ADMIN, "POST", "/api/v1/admin/users", Map.of("username", user, "displayName", "Fresh User",
                "role", "PLANNER", "organizationId", orgId, "password", oneTime)).status()).isEqualTo(201);

        for (String path : List.of("/api/v1/shortlists", "/api/v1/organization/export", "/api/v1/rfp/projects",
                "/api/v1/products", "/api/v1/standards/loinc")) {
            Answer refused = http.send("GET", path, user, oneTime, null);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.detail()).as(path).contains("one-time password").contains("PUT /api/v1/me/password");
        }
        assertThat(http.send("POST", "/api/v1/shortlists", user, oneTime, Map.of("name", "x")).status()).isEqualTo(403);
        Answer me = http.send("GET", "/api/v1/me", user, oneTime, null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("mustChangePassword").asBoolean()).isTrue();

        Answer wrong = http.send("PUT", "/api/v1/me/password", user, oneTime,
                Map.of("currentPassword", "not-the-one-time-password", "newPassword", "A-passphrase-of-my-own"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(auditEvents.findByUsernameOrderByIdAsc(user)).extracting(AuditEvent::getAction)
                .as("a wrong current password counts as a failed login").contains(AuditAction.LOGIN_FAILED);
        Answer weak = http.send("PUT", "/api/v1/me/password", user, oneTime,
                Map.of("currentPassword", oneTime, "newPassword", "aaaaaaaaaaaa"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.contentType()).startsWith("application/problem+json");

        Answer changed = http.send("PUT", "/api/v1/me/password", user, oneTime,
                Map.of("currentPassword", oneTime, "newPassword", "A-passphrase-of-my-own"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(http.send("GET", "/api/v1/shortlists", user, "A-passphrase-of-my-own", null).status()).isEqualTo(200);
        assertThat(http.send("GET", "/api/v1/me", user, "A-passphrase-of-my-own", null).json()
                .get("mustChangePassword").asBoolean()).isFalse();
        assertThat(http.send("GET", "/api/v1/shortlists", user, oneTime, null).status()).isEqualTo(401);
    }

    @Test
    void anAdministratorsOneTimePasswordOpensNeitherAdministrationNorMetrics() {
        String admin = "admin2-" + UUID.randomUUID().toString().substring(0, 6);
        String oneTime = "Set-by-the-admin-" + admin;
        assertThat(as(ADMIN, "POST", "/api/v1/admin/users", Map.of("username", admin, "displayName", "Second Admin",
                "role", "ADMIN", "organizationId", organizationOf(ADMIN), "password", oneTime)).status()).isEqualTo(201);
        assertThat(http.send("GET", "/api/v1/admin/users", admin, oneTime, null).status()).isEqualTo(403);
        assertThat(http.send("GET", "/actuator/metrics", admin, oneTime, null).status()).isEqualTo(403);
        changeOneTimePassword(admin, oneTime, "The-second-admin-passphrase");
        assertThat(http.send("GET", "/api/v1/admin/users", admin, "The-second-admin-passphrase", null).status())
                .isEqualTo(200);
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() {
        long orgId = organizationOf(PLANNER);
        String user = "weakling-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> weak = new java.util.LinkedHashMap<>();
        weak.put("aaaaaaaaaaaa", "one character");
        weak.put(" ".repeat(12), "white space");
        weak.put("1234567890", "sequence");
        weak.put("zyxwvutsrqpo", "sequence");
        weak.put("qwertyuiop", "common");
        weak.put("Password123!", "common");
        weak.put(user.toUpperCase(), "user name");
        weak.put("short", "at least 10");
        for (var w : weak.entrySet()) {
            Answer refused = as(ADMIN, "POST", "/api/v1/admin/users", Map.of("username", user, "displayName", "Weak",
                    "role", "PLANNER", "organizationId", orgId, "password", w.getKey()));
            assertThat(refused.status()).as(w.getKey()).isEqualTo(400);
            assertThat(refused.detail()).as(w.getKey()).containsIgnoringCase(w.getValue());
        }
        String me = newUser("strong", "PLANNER", orgId, "Correct-horse-battery-staple").get("username").asString();
        Answer refused = http.send("PUT", "/api/v1/me/password", me, "Correct-horse-battery-staple",
                Map.of("currentPassword", "Correct-horse-battery-staple", "newPassword", "1111111111"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.detail()).containsIgnoringCase("one character");
    }

    @Test
    void aLongPassphraseInAnyScriptWorks() {
        String passphrase = "長い合言葉は覚えやすくて安全です。".repeat(4) + " 🔐 ελληνικά";
        assertThat(passphrase.codePointCount(0, passphrase.length())).isGreaterThanOrEqualTo(64);
        String user = newUser("unicode", "PLANNER", organizationOf(PLANNER), passphrase).get("username").asString();
        assertThat(http.send("GET", "/api/v1/me", user, passphrase, null).status()).isEqualTo(200);
        String almost = passphrase.substring(0, passphrase.length() - 1) + "Α";
        assertThat(http.send("GET", "/api/v1/me", user, almost, null).status())
                .as("the end of a long passphrase counts too").isEqualTo(401);
    }

    @Test
    void anUnknownUserNameIsAuditedShortenedCleanedAndMarkedAsTyped() {
        String marker = "ghost" + UUID.randomUUID().toString().substring(0, 6);
        String typed = marker + "\u0007\u001b[31m" + "x".repeat(300) + "\r\nINFO forged entry";
        assertThat(http.send("GET", "/api/v1/me", typed, "whatever-password", null).status()).isEqualTo(401);
        AuditEvent event = auditEvents.findAll().stream().filter(e -> e.getAction() == AuditAction.LOGIN_FAILED)
                .filter(e -> e.getSubjectId() != null && e.getSubjectId().startsWith(marker)).findFirst().orElseThrow();
        assertThat(event.getUsername()).isNull();
        assertThat(event.getSubjectId()).hasSizeLessThanOrEqualTo(64).doesNotContainPattern("\\p{Cntrl}");
        assertThat(event.getDetail()).isEqualTo("unknown user name (as typed by the caller)");
    }

    @Test
    void roleOrganizationAndEnabledChangesTakeEffectOnTheNextApiCall() {
        long hospital = organizationOf(PLANNER);
        long other = organizationOf(OTHER_PLANNER);
        String user = newUser("mover", "ADMIN", hospital, "Mover-password-1").get("username").asString();
        String path = "/api/v1/shortlists/" + createShortlist(PLANNER, unique("Hospital only"), List.of()).get("id").asLong();
        assertThat(http.send("GET", "/api/v1/admin/users", user, "Mover-password-1", null).status()).isEqualTo(200);
        assertThat(http.send("GET", path, user, "Mover-password-1", null).status()).isEqualTo(200);

        assertThat(changeUser(user, "PLANNER", hospital, true, false).status()).isEqualTo(200);
        assertThat(http.send("GET", "/api/v1/admin/users", user, "Mover-password-1", null).status()).isEqualTo(403);
        assertThat(changeUser(user, "PLANNER", other, true, false).status()).isEqualTo(200);
        assertThat(http.send("GET", path, user, "Mover-password-1", null).status()).isEqualTo(404);
        assertThat(changeUser(user, "PLANNER", other, false, false).status()).isEqualTo(200);
        assertThat(http.send("GET", "/api/v1/me", user, "Mover-password-1", null).status()).isEqualTo(401);
    }

    @Test
    void whoMayCallWhat() {
        JsonNode planners = createShortlist(PLANNER, unique("Matrix"), List.of());
        String item = "/api/v1/shortlists/" + planners.get("id").asLong();
        record Call(String method, String path, Object body) {
        }
        Map<String, Call> calls = new java.util.LinkedHashMap<>();
        calls.put("catalog", new Call("GET", "/api/v1/standards/loinc", null));
        calls.put("search", new Call("GET", "/api/v1/search?q=dose", null));
        calls.put("profiles", new Call("GET", "/api/v1/profiles/nmi", null));
        calls.put("portfolio export", new Call("GET", "/api/v1/portfolio.csv", null));
        calls.put("me", new Call("GET", "/api/v1/me", null));
        calls.put("list shortlists", new Call("GET", "/api/v1/shortlists", null));
        calls.put("read hospital shortlist", new Call("GET", item, null));
        calls.put("create shortlist", new Call("POST", "/api/v1/shortlists", Map.of("name", unique("x"), "description", "",
                "filter", "", "standards", List.of())));
        calls.put("export own organization", new Call("GET", "/api/v1/organization/export", null));
        calls.put("list organizations", new Call("GET", "/api/v1/admin/organizations", null));
        calls.put("audit trail", new Call("GET", "/api/v1/admin/audit", null));
        calls.put("list users", new Call("GET", "/api/v1/admin/users", null));

        // Expected status per caller: anonymous, planner (hospital), vendor (other organization), admin.
        Map<String, List<Integer>> expected = Map.ofEntries(
                Map.entry("catalog", List.of(200, 200, 200, 200)),
                Map.entry("search", List.of(200, 200, 200, 200)),
                Map.entry("profiles", List.of(200, 200, 200, 200)),
                Map.entry("portfolio export", List.of(200, 200, 200, 200)),
                Map.entry("me", List.of(401, 200, 200, 200)),
                Map.entry("list shortlists", List.of(401, 200, 200, 200)),
                Map.entry("read hospital shortlist", List.of(401, 200, 404, 404)),
                Map.entry("create shortlist", List.of(401, 201, 201, 201)),
                Map.entry("export own organization", List.of(401, 200, 200, 200)),
                Map.entry("list organizations", List.of(401, 403, 403, 200)),
                Map.entry("audit trail", List.of(401, 403, 403, 200)),
                Map.entry("list users", List.of(401, 403, 403, 200)));
        List<String> callers = java.util.Arrays.asList(null, PLANNER, VENDOR, ADMIN);
        List<String> wrong = new ArrayList<>();
        calls.forEach((name, call) -> {
            for (int i = 0; i < callers.size(); i++) {
                String caller = callers.get(i);
                Answer answer = caller == null ? http.send(call.method(), call.path(), null, null, call.body())
                        : as(caller, call.method(), call.path(), call.body());
                int want = expected.get(name).get(i);
                if (answer.status() != want) {
                    wrong.add(name + " as " + (caller == null ? "anonymous" : caller) + ": " + answer.status()
                            + " instead of " + want);
                }
                if (answer.status() >= 400) {
                    assertThat(answer.contentType()).as(name).startsWith("application/problem+json");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void oversizedAndOddRequestsGetClearAnswers() {
        String big = "{\"name\": \"" + "x".repeat(6 * 1024 * 1024) + "\"}";
        Answer tooBig = as(PLANNER, "POST", "/api/v1/shortlists", big);
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.contentType()).startsWith("application/problem+json");

        Answer script = as(PLANNER, "POST", "/api/v1/shortlists", Map.of("name", "<script>alert(1)</script>",
                "description", "<img src=x onerror=alert(1)>", "filter", "", "standards", List.of()));
        assertThat(script.status()).isEqualTo(201);
        assertThat(script.json().get("name").asString()).isEqualTo("<script>alert(1)</script>")
                .as("stored as typed; escaped or sanitized wherever it is shown");

        Answer invalid = as(PLANNER, "POST", "/api/v1/shortlists", Map.of("name", "", "description", "", "filter",
                "group=favourite", "standards", List.of("nope")));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.detail()).contains("needs a name").contains("'favourite'").contains("'nope'");
    }

    private List<JsonNode> auditPage(String query) {
        Answer page = as(ADMIN, "GET", "/api/v1/admin/audit?" + query, null);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        page.json().forEach(entries::add);
        return entries;
    }

    /**
     * Hundreds of entries, filtered, sorted and paged by the database (a repository query, so run
     * on H2 and PostgreSQL alike): pages follow each other, user names sort in any case with the
     * system's entries last on both, and a % in the filter is a % and no wildcard.
     */
    @Test
    void theAuditTrailIsFilteredSortedAndPagedByTheDatabase() {
        String token = "audit" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> who = java.util.Arrays.asList("bob", "Amy", "cat", null);
        int entries = 240;
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < entries; i++) {
                String user = who.get(i % 4);
                auditLog.record(user == null ? null : user + "-" + token, null,
                        AuditAction.values()[i % AuditAction.values().length], "scenario", token + "-" + i,
                        i == 7 ? "Rate 100% of " + token : "Entry " + i + " of " + token);
            }
        });

        Answer first = as(ADMIN, "GET", "/api/v1/admin/audit?q=" + token + "&limit=50", null);
        assertThat(first.header("X-Total-Count")).isEqualTo(String.valueOf(entries));
        List<String> ids = new ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            auditPage("q=" + token + "&limit=50&page=" + page).forEach(e -> ids.add(e.get("subjectId").asString()));
        }
        List<String> newestFirst = new ArrayList<>();
        for (int i = entries - 1; i >= 0; i--) {
            newestFirst.add(token + "-" + i);
        }
        assertThat(ids).as("five pages, newest first, none twice").isEqualTo(newestFirst);
        assertThat(auditPage("q=" + token + "&limit=50&page=6")).isEmpty();

        List<String> byUser = auditPage("q=" + token + "&limit=1000&sort=user,-time").stream()
                .map(e -> e.get("username").isNull() ? "(system)" : e.get("username").asString()).toList();
        List<String> expected = new ArrayList<>();
        for (String name : List.of("Amy", "bob", "cat")) {
            expected.addAll(java.util.Collections.nCopies(entries / 4, name + "-" + token));
        }
        expected.addAll(java.util.Collections.nCopies(entries / 4, "(system)"));
        assertThat(byUser).isEqualTo(expected);
        List<JsonNode> descending = auditPage("q=" + token + "&limit=1000&sort=-user");
        assertThat(descending.getFirst().get("username").asString()).isEqualTo("cat-" + token);
        assertThat(descending.getFirst().get("subjectId").asString()).as("newest first among cat's")
                .isEqualTo(token + "-" + (entries - 2));
        assertThat(descending.getLast().get("username").isNull()).as("the system's last either way").isTrue();

        int loginFailures = (int) java.util.stream.IntStream.range(0, entries)
                .filter(i -> i % AuditAction.values().length == AuditAction.LOGIN_FAILED.ordinal()).count();
        assertThat(auditPage("q=" + token + "%20LOGIN%20failed&limit=1000")).hasSize(loginFailures)
                .allSatisfy(e -> assertThat(e.get("action").asString()).isEqualTo("login-failed"));
        assertThat(auditPage("q=" + token + "%20100%25&limit=1000")).extracting(e -> e.get("subjectId").asString())
                .containsExactly(token + "-7");
        assertThat(auditPage("q=" + token + "%20(system)&limit=1000")).hasSize(entries / 4)
                .allSatisfy(e -> assertThat(e.get("username").isNull()).isTrue());

        for (String bad : List.of("sort=when", "sort=user,-user", "page=0", "limit=1001", "q=" + "x".repeat(201))) {
            Answer refused = as(ADMIN, "GET", "/api/v1/admin/audit?" + bad, null);
            assertThat(refused.status()).as(bad).isEqualTo(400);
        }
    }
}
