package org.rspnavigator.webapp.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.webapp.accounts.TestAccounts.ADMIN;
import static org.rspnavigator.webapp.accounts.TestAccounts.ADMIN_PASSWORD;
import static org.rspnavigator.webapp.accounts.TestAccounts.PASSWORD;
import static org.rspnavigator.webapp.accounts.TestAccounts.PLANNER;
import static org.rspnavigator.webapp.accounts.TestAccounts.VENDOR;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.statement.ActorClaim;
import org.rspnavigator.documents.statement.IntegrationStatement;
import org.rspnavigator.documents.statement.ProfileClaim;
import org.rspnavigator.documents.statement.StatementJson;
import org.rspnavigator.documents.statement.StatementLinks;
import org.rspnavigator.webapp.accounts.TestAccounts;
import org.rspnavigator.webapp.work.Http.Answer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * Vendors' products and IHE Integration Statements through the HTTP API: who sees what, statements
 * checked and refused with their lines, documents and round trips, gap analysis, and a planner's
 * bidder evidence matrix. Run once per database (H2, PostgreSQL) by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
abstract class ProductScenarios {

    private static final String PRODUCTS = "/api/v1/products";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Answer as(String user, String method, String path, Object body) {
        return http.send(method, path, user, ADMIN.equals(user) ? ADMIN_PASSWORD : PASSWORD, body);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A PACS claiming SWF.b and XDS-I.b, without the ATNA and CT groupings XDS-I.b asks for. */
    static IntegrationStatement pacs(String name, String iimOption) {
        return new IntegrationStatement("Example Imaging Systems", name, "7.2", LocalDate.of(2026, 11, 1), "",
                new StatementLinks("https://example.com/ihe", "https://example.com/dicom.pdf", ""),
                List.of(new ProfileClaim("swf-b", List.of(new ActorClaim("Image Manager/Image Archive",
                                iimOption == null ? List.of() : List.of(iimOption)))),
                        new ProfileClaim("xds-i-b", List.of(new ActorClaim("Imaging Document Source",
                                List.of("Set of DICOM Instances"))))));
    }

    private Answer create(String user, IntegrationStatement statement) {
        return as(user, "POST", PRODUCTS, StatementJson.write(statement));
    }

    private String newVendor() {
        long org = as(ADMIN, "POST", "/api/v1/admin/organizations", Map.of("name", unique("Rival Imaging"))).json()
                .get("id").asLong();
        String user = "rival-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(as(ADMIN, "POST", "/api/v1/admin/users", Map.of("username", user, "displayName", "Rival Vendor",
                "role", "VENDOR", "organizationId", org, "password", "One-time-" + PASSWORD)).status()).isEqualTo(201);
        assertThat(http.send("PUT", "/api/v1/me/password", user, "One-time-" + PASSWORD, Map.of("currentPassword",
                "One-time-" + PASSWORD, "newPassword", PASSWORD)).status()).isEqualTo(204);
        return user;
    }

    @Test
    void unpublishedProductsStayWithTheirVendorAndPublishedOnesAreReadByAll() {
        String name = unique("Archive");
        Answer created = create(VENDOR, pacs(name, "Availability of PPS-Referenced Instances"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("product").get("id").asLong();
        long version = created.json().get("product").get("version").asLong();
        assertThat(created.json().get("findings").toString()).contains("WARNING").contains("Time Client");

        String rival = newVendor();
        assertThat(as(rival, "GET", PRODUCTS + "/" + id, null).status()).isEqualTo(404);
        assertThat(as(rival, "GET", PRODUCTS, null).body()).doesNotContain(name);
        assertThat(as(PLANNER, "GET", PRODUCTS + "/" + id + "/statement.pdf", null).status()).isEqualTo(404);
        assertThat(as(rival, "PUT", PRODUCTS + "/" + id + "?version=" + version + "&published=true",
                StatementJson.write(pacs(name, null))).status()).isEqualTo(404);

        Answer published = as(VENDOR, "PUT", PRODUCTS + "/" + id + "?version=" + version + "&published=true",
                StatementJson.write(pacs(name, "Availability of PPS-Referenced Instances")));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(as(rival, "GET", PRODUCTS, null).body()).contains(name);
        JsonNode read = as(PLANNER, "GET", PRODUCTS + "/" + id, null).json();
        assertThat(read.get("product").get("editable").asBoolean()).isFalse();
        assertThat(read.get("statement").get("productName").asString()).isEqualTo(name);
        assertThat(as(PLANNER, "POST", PRODUCTS, StatementJson.write(pacs(unique("Planner"), null))).status())
                .isEqualTo(403);
        assertThat(as(null, "GET", PRODUCTS, null).status()).isEqualTo(401);
    }

    @Test
    void badStatementsAreRefusedWithTheirLinesAndNothingIsSaved() {
        int before = as(VENDOR, "GET", PRODUCTS, null).json().size();

        Answer malformed = as(VENDOR, "POST", PRODUCTS, "{\n  \"format\": \"rsp-navigator/ihe-integration-statement\",\n"
                + "  \"vendor\": \"Example\",\n  \"productName\": 42,\n");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.detail()).contains("line");

        IntegrationStatement wrongOption = pacs(unique("Wrong"), "Teleportation");
        Answer refused = create(VENDOR, wrongOption);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.detail()).contains("not saved").contains("Teleportation");
        assertThat(as(VENDOR, "GET", PRODUCTS, null).json().size()).isEqualTo(before);

        Answer created = create(VENDOR, pacs(unique("Rows"), null));
        long id = created.json().get("product").get("id").asLong();
        long version = created.json().get("product").get("version").asLong();
        String csv = "profile,actor,options\n"
                + "SWF.b,Image Manager/Image Archive,\n"
                + "no-such-profile,Image Display,\n"
                + "XDS-I.b,Imaging Document Source,Set of DICOM Instances\n"
                + "CT,Time Client,Sundial\n";
        Answer rows = http.send("PUT", PRODUCTS + "/" + id + "/claims?version=" + version, VENDOR, PASSWORD,
                csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(rows.status()).isEqualTo(400);
        assertThat(rows.json().get("problems").toString()).contains("\"line\":3").contains("\"line\":5")
                .doesNotContain("\"line\":2").doesNotContain("\"line\":4");
        JsonNode unchanged = as(VENDOR, "GET", PRODUCTS + "/" + id, null).json();
        assertThat(unchanged.get("product").get("version").asLong()).isEqualTo(version);
        assertThat(unchanged.get("statement").toString()).contains("xds-i-b").doesNotContain("\"ct\"");

        Answer good = http.send("PUT", PRODUCTS + "/" + id + "/claims?version=" + version, VENDOR, PASSWORD,
                "profile,actor,options\nCT,Time Client,SNTP\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(good.json().get("statement").toString()).contains("Time Client").doesNotContain("xds-i-b");
    }

    @Test
    void theStatementPdfCarriesItsJsonAndImportsAgain() {
        String name = unique("Round trip");
        long id = create(VENDOR, pacs(name, null)).json().get("product").get("id").asLong();
        Http.Raw pdf = http.download(PRODUCTS + "/" + id + "/statement.pdf", VENDOR, PASSWORD);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.disposition()).contains("-ihe-integration-statement.pdf");
        Http.Raw json = http.download(PRODUCTS + "/" + id + "/statement.json", VENDOR, PASSWORD);
        assertThat(StatementJson.read(json.text())).isEqualTo(pacs(name, null));

        Answer again = http.send("POST", PRODUCTS, VENDOR, PASSWORD, pdf.body(), "application/pdf");
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(StatementJson.read(again.json().get("statement").toString())).isEqualTo(pacs(name, null));

        Answer notOurs = http.send("POST", PRODUCTS, VENDOR, PASSWORD, "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII),
                "application/pdf");
        assertThat(notOurs.status()).isEqualTo(400);
    }

    @Test
    void gapAnalysisAgainstAUseCaseAndSystemAndAgainstAnRfpProject() {
        String name = unique("Gaps");
        Answer created = create(VENDOR, pacs(name, null));
        long id = created.json().get("product").get("id").asLong();
        JsonNode gaps = as(VENDOR, "GET", PRODUCTS + "/" + id + "/gaps?useCase=device-to-department&systemType=pacs"
                + "&region=europe", null).json();
        JsonNode swf = gaps.get("rows").valueStream().filter(r -> r.get("number").asString().equals("PACS-16"))
                .findFirst().orElseThrow();
        assertThat(swf.get("fit").asString()).isEqualTo("PARTLY_MET");
        assertThat(swf.get("explanation").asString()).contains("Availability of PPS-Referenced Instances");
        JsonNode shall = gaps.get("shall");
        assertThat(shall.get("met").asInt() + shall.get("partlyMet").asInt() + shall.get("notMet").asInt()
                + shall.get("notAssessed").asInt()).isEqualTo(shall.get("total").asInt());
        assertThat(as(VENDOR, "GET", PRODUCTS + "/" + id + "/gaps?useCase=nowhere&systemType=pacs", null).detail())
                .contains("no use case 'nowhere'");
        Http.Raw pdf = http.download(PRODUCTS + "/" + id + "/gaps.pdf?useCase=device-to-department&systemType=pacs",
                VENDOR, PASSWORD);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        long version = created.json().get("product").get("version").asLong();
        as(VENDOR, "PUT", PRODUCTS + "/" + id + "?version=" + version + "&published=true",
                StatementJson.write(pacs(name, null)));
        long project = as(PLANNER, "POST", "/api/v1/rfp/projects", Map.of("spec", Map.of("projectName", unique("Tender"),
                "region", "europe", "useCases", List.of("device-to-department"),
                "systems", List.of(Map.of("systemType", "pacs", "quantity", 1))))).json().get("project").get("id").asLong();
        JsonNode againstProject = as(PLANNER, "GET", PRODUCTS + "/" + id + "/gaps?project=" + project, null).json();
        assertThat(againstProject.get("title").asString()).contains("revision 1");
        assertThat(againstProject.get("rows").toString()).contains("PACS-16");
        assertThat(as(VENDOR, "GET", PRODUCTS + "/" + id + "/gaps?project=" + project, null).status()).isEqualTo(403);
    }

    @Test
    void aPlannerComparesBiddersInAnEvidenceMatrix() {
        String name = unique("Published PACS");
        Answer created = create(VENDOR, pacs(name, "Availability of PPS-Referenced Instances"));
        long productId = created.json().get("product").get("id").asLong();
        as(VENDOR, "PUT", PRODUCTS + "/" + productId + "?version=" + created.json().get("product").get("version").asLong()
                + "&published=true", StatementJson.write(pacs(name, "Availability of PPS-Referenced Instances")));
        long project = as(PLANNER, "POST", "/api/v1/rfp/projects", Map.of("spec", Map.of("projectName", unique("Tender"),
                "region", "europe", "useCases", List.of("device-to-department"),
                "systems", List.of(Map.of("systemType", "pacs", "quantity", 1))))).json().get("project").get("id").asLong();
        String bidders = "/api/v1/rfp/projects/" + project + "/bidders";

        assertThat(as(PLANNER, "POST", bidders + "/products/" + productId + "?bidder=Alpha", null).status())
                .isEqualTo(201);
        Answer beta = http.send("POST", bidders + "?bidder=Beta&source=beta.json", PLANNER, PASSWORD,
                StatementJson.write(pacs("Beta PACS", null)).getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(beta.status()).as(beta.body()).isEqualTo(201);
        Answer broken = http.send("POST", bidders + "?bidder=Gamma", PLANNER, PASSWORD,
                "{\"format\": \"rsp-navigator/ihe-integration-statement\",\n\"vendor\": }".getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(as(PLANNER, "GET", bidders, null).json()).hasSize(2);

        JsonNode matrix = as(PLANNER, "GET", bidders + "/matrix", null).json();
        assertThat(matrix.get("bidders").toString()).isEqualTo("[\"Alpha\",\"Beta\"]");
        JsonNode swf = matrix.get("rows").valueStream().filter(r -> r.get("number").asString().equals("PACS-16"))
                .findFirst().orElseThrow();
        assertThat(swf.get("fits").toString()).isEqualTo("[\"MET\",\"PARTLY_MET\"]");
        Http.Raw csv = http.download(bidders + "/matrix.csv", PLANNER, PASSWORD);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).contains("Alpha").contains("Beta").contains("PACS-16");
        Http.Raw pdf = http.download(bidders + "/matrix.pdf", PLANNER, PASSWORD);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(as(VENDOR, "GET", bidders, null).status()).isEqualTo(403);
    }
}
