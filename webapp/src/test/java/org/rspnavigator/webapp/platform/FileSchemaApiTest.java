package org.rspnavigator.webapp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.webapp.testing.TestAccounts.PASSWORD;
import static org.rspnavigator.webapp.testing.TestAccounts.PLANNER;
import static org.rspnavigator.webapp.testing.TestAccounts.VENDOR;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.statement.StatementJson;
import org.rspnavigator.webapp.products.ProductScenarios;
import org.rspnavigator.webapp.testing.Http;
import org.rspnavigator.webapp.testing.Http.Answer;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Statement files and RFP drafts are checked against their JSON Schemas (served at /schemas/)
 * before they are read: files of the right form pass, whoever wrote them; a file of the wrong form
 * is refused with each violation's JSON path, and nothing is saved; what the schema cannot say is
 * still refused with the readers' own words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
class FileSchemaApiTest {

    private static final String PRODUCTS = "/api/v1/products";
    private static final String RFP = "/api/v1/rfp";

    /** The example of docs/api.md ("Products and IHE Integration Statements"), as a vendor would write it. */
    private static final String DOCUMENTED_STATEMENT = """
            {"format": "rsp-navigator/ihe-integration-statement", "formatVersion": 2,
             "vendor": "Example Imaging Systems", "productName": "Example CT %s", "version": "5.0",
             "date": "2026-11-01", "revision": "",
             "links": {"vendorIheInformation": "https://example.com/ihe", "dicomConformance": "https://example.com/dicom",
                       "hl7Conformance": ""},
             "systemTypes": ["modality-ct"],
             "profiles": [{"profile": "swf-b", "actors": [{"actor": "Acquisition Modality",
                                                         "options": ["Patient Based Worklist Query"]}]},
                          {"profile": "rem", "actors": [{"actor": "Acquisition Modality"}]}],
             "dicom": [{"sopClass": "1.2.840.10008.5.1.4.1.1.2", "roles": ["SCU"],
                        "transferSyntaxes": ["1.2.840.10008.1.2.1", "1.2.840.10008.1.2.4.70"]},
                       {"sopClass": "1.2.840.10008.5.1.4.1.1.88.67", "roles": ["SCU"]},
                       {"sopClass": "1.2.840.10008.5.1.4.31", "roles": ["SCU"]},
                       {"sopClass": "1.2.840.10008.3.1.2.3.3", "roles": ["SCU"]},
                       {"sopClass": "1.2.840.10008.1.20.1", "roles": ["SCU"]},
                       {"sopClass": "1.2.840.10008.1.1", "roles": ["SCU", "SCP"]}],
             "dicomweb": [{"service": "STOW-RS", "roles": ["user-agent"]}],
             "hl7": [],
             "terminology": [{"codeSystem": "loinc", "version": "2.78"}, {"codeSystem": "ucum", "version": "2.1"},
                             {"codeSystem": "snomed-ct-numeric", "version": "International Edition 2026-01-01"}]}
            """;

    /** A statement of format version 1, as files written before the conformance parts came are. */
    private static final String VERSION_1_STATEMENT = """
            {"format": "rsp-navigator/ihe-integration-statement", "formatVersion": 1,
             "vendor": "Example Imaging Systems", "productName": "Example PACS %s", "version": "7.2",
             "date": "2026-11-01", "revision": "",
             "links": {"vendorIheInformation": "https://example.com/ihe", "dicomConformance": "https://example.com/dicom",
                       "hl7Conformance": ""},
             "profiles": [{"profile": "swf-b", "actors": [{"actor": "Image Manager/Image Archive",
                                                         "options": ["Availability of PPS-Referenced Instances"]}]}]}
            """;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Answer as(String user, String method, String path, Object body) {
        return http.send(method, path, user, PASSWORD, body);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> violations(Answer answer) {
        List<String> listed = new ArrayList<>();
        answer.json().get("violations").forEach(v -> listed.add(v.get("path").asString() + ": "
                + v.get("message").asString()));
        return listed;
    }

    private int products() {
        return as(VENDOR, "GET", PRODUCTS, null).json().size();
    }

    private static Map<String, Object> spec(String name) {
        return Map.of("projectName", name, "organization", "St. Example Hospital", "region", "europe",
                "useCases", List.of("device-to-department"),
                "systems", List.of(Map.of("systemType", "pacs", "quantity", 1, "notes", "")));
    }

    @Test
    void statementsOfTheRightFormAreImported() {
        Answer documented = as(VENDOR, "POST", PRODUCTS, DOCUMENTED_STATEMENT.formatted(unique("")));
        assertThat(documented.status()).as(documented.body()).isEqualTo(201);
        assertThat(documented.json().at("/statement/dicom/1/sopClass").asString()).isEqualTo("1.2.840.10008.5.1.4.1.1.88.67");
        assertThat(documented.json().at("/statement/dicomweb/0/roles/0").asString()).isEqualTo("user-agent");
        assertThat(documented.json().at("/statement/terminology/0/version").asString()).isEqualTo("2.78");

        Answer version1 = as(VENDOR, "POST", PRODUCTS, VERSION_1_STATEMENT.formatted(unique("")));
        assertThat(version1.status()).as(version1.body()).isEqualTo(201);
        assertThat(version1.json().at("/statement/formatVersion").asInt()).as("written back as version 2").isEqualTo(2);
        assertThat(version1.json().at("/statement/dicom").size()).isZero();

        // A statement as this application writes it, with the unclaimed groupings it lists for readers.
        Answer written = as(VENDOR, "POST", PRODUCTS, StatementJson.write(ProductScenarios.pacs(unique("PACS"), null)));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        String exported = http.download(PRODUCTS + "/" + written.json().at("/product/id").asLong() + "/statement.json",
                VENDOR, PASSWORD).text();
        assertThat(exported).contains("\"unclaimedGroupings\"");
        Answer again = as(VENDOR, "POST", PRODUCTS, exported);
        assertThat(again.status()).as(again.body()).isEqualTo(201);

        // Fields that may be left out or null: revision, links, an actor's options.
        Answer sparse = as(VENDOR, "POST", PRODUCTS, """
                {"format": "rsp-navigator/ihe-integration-statement", "formatVersion": 1, "vendor": "V",
                 "productName": "%s", "version": "1", "date": "2026-01-31", "links": null,
                 "profiles": [{"profile": "swf-b", "actors": [{"actor": "Image Manager/Image Archive"}]}]}
                """.formatted(unique("Sparse")));
        assertThat(sparse.status()).as(sparse.body()).isEqualTo(201);
    }

    @Test
    void aStatementOfTheWrongFormIsRefusedWithEachPlaceAndNothingIsSaved() {
        int before = products();
        ObjectNode statement = (ObjectNode) Http.JSON.readTree(DOCUMENTED_STATEMENT.formatted(unique("")));
        statement.put("vendor", 3);
        ((ObjectNode) statement.at("/profiles/0")).remove("actors");
        statement.put("colour", "blue");

        Answer refused = as(VENDOR, "POST", PRODUCTS, statement.toString());
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("schema").asString()).isEqualTo("/schemas/ihe-integration-statement.schema.json");
        assertThat(violations(refused)).containsExactlyInAnyOrder("$.vendor: must be a string, not 3",
                "$.profiles[0].actors: required", "$.colour: not a field of this format");
        assertThat(refused.detail()).contains("$.profiles[0].actors: required").contains("nothing was read");
        assertThat(products()).as("nothing saved").isEqualTo(before);

        // The same for a save, and for a bidder's statement in an RFP project.
        long id = as(VENDOR, "POST", PRODUCTS, DOCUMENTED_STATEMENT.formatted(unique(""))).json().at("/product/id")
                .asLong();
        Answer save = as(VENDOR, "PUT", PRODUCTS + "/" + id + "?version=0", "{\"format\": \"rsp-navigator/ihe-"
                + "integration-statement\", \"formatVersion\": 3}");
        assertThat(save.status()).as(save.body()).isEqualTo(400);
        assertThat(violations(save)).contains("$.vendor: required", "$.profiles: required")
                .anySatisfy(v -> assertThat(v).startsWith("$.formatVersion: "));
        int withOne = products();
        Answer v1WithDicom = as(VENDOR, "POST", PRODUCTS, VERSION_1_STATEMENT.formatted(unique(""))
                .replace("\"profiles\":", "\"dicom\": [{\"sopClass\": \"1.2.840.10008.1.1\", \"roles\": [\"SCP\"]}], \"profiles\":"));
        assertThat(v1WithDicom.status()).as(v1WithDicom.body()).isEqualTo(400);
        assertThat(violations(v1WithDicom)).anySatisfy(v -> assertThat(v).startsWith("$.dicom"));
        Answer badRows = as(VENDOR, "POST", PRODUCTS, DOCUMENTED_STATEMENT.formatted(unique(""))
                .replace("\"roles\": [\"SCU\", \"SCP\"]", "\"roles\": [\"provider\"]")
                .replace("\"hl7\": []",
                        "\"hl7\": [{\"message\": \"ORU-R01\", \"version\": \"2.5.1\", \"direction\": \"send\"}]"));
        assertThat(badRows.status()).as(badRows.body()).isEqualTo(400);
        assertThat(violations(badRows)).anySatisfy(v -> assertThat(v).startsWith("$.dicom[5].roles[0]"))
                .anySatisfy(v -> assertThat(v).startsWith("$.hl7[0].message"));
        assertThat(products()).as("nothing saved").isEqualTo(withOne);
        long project = as(PLANNER, "POST", RFP + "/projects", Map.of("spec", spec(unique("Schema tender")))).json()
                .at("/project/id").asLong();
        Answer bid = http.send("POST", RFP + "/projects/" + project + "/bidders?bidder=Alpha", PLANNER, PASSWORD,
                statement.toString().getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(bid.status()).as(bid.body()).isEqualTo(400);
        assertThat(violations(bid)).contains("$.profiles[0].actors: required");
        assertThat(as(PLANNER, "GET", RFP + "/projects/" + project + "/bidders", null).json()).isEmpty();
    }

    @Test
    void whatTheSchemaCannotSayIsStillRefusedInTheReadersWords() {
        Answer unknownProfile = as(VENDOR, "POST", PRODUCTS,
                DOCUMENTED_STATEMENT.formatted(unique("")).replace("swf-b", "no-such-profile"));
        assertThat(unknownProfile.status()).isEqualTo(400);
        assertThat(unknownProfile.json().has("violations")).isFalse();
        assertThat(unknownProfile.detail()).contains("no-such-profile");

        Answer blank = as(VENDOR, "POST", PRODUCTS, DOCUMENTED_STATEMENT.formatted(unique(""))
                .replace("\"Example Imaging Systems\"", "\"   \""));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.detail()).contains("\"vendor\" is empty");

        Answer noDate = as(VENDOR, "POST", PRODUCTS, DOCUMENTED_STATEMENT.formatted(unique(""))
                .replace("2026-11-01", "2026-02-30"));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.detail()).contains("yyyy-MM-dd");
    }

    @Test
    void draftsOfTheRightFormPassAndOfTheWrongFormAreRefusedWithTheirPath() {
        Answer created = as(PLANNER, "POST", RFP + "/projects", Map.of("spec", spec(unique("Schema tender"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().at("/project/id").asLong();
        long version = created.json().at("/project/version").asLong();
        JsonNode draft = created.json().get("draft");

        // A draft as the API writes it is read back as it is.
        Answer saved = as(PLANNER, "PUT", RFP + "/projects/" + id, Map.of("version", version, "draft", draft));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        int revision = saved.json().at("/project/revision").asInt();
        version = saved.json().at("/project/version").asLong();

        ObjectNode broken = (ObjectNode) draft.deepCopy();
        ((ObjectNode) broken.at("/requirements/0")).remove("level");
        ((ObjectNode) broken.at("/spec/systems/0")).put("quantity", "two");
        Answer refused = as(PLANNER, "PUT", RFP + "/projects/" + id, Map.of("version", version, "draft", broken));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("schema").asString()).isEqualTo("/schemas/rfp-draft.schema.json");
        assertThat(violations(refused)).containsExactlyInAnyOrder("$.draft.requirements[0].level: required",
                "$.draft.spec.systems[0].quantity: must be a whole number or null, not \"two\"");
        assertThat(as(PLANNER, "GET", RFP + "/projects/" + id, null).json().at("/project/revision").asInt())
                .as("nothing saved").isEqualTo(revision);

        Answer proposal = as(PLANNER, "POST", RFP + "/proposals", Map.of("projectName", List.of("a list"),
                "useCases", List.of("device-to-department"), "systems", List.of(Map.of("systemType", "pacs"))));
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(400);
        assertThat(proposal.json().get("schema").asString()).isEqualTo("/schemas/rfp-draft.schema.json#/$defs/spec");
        assertThat(violations(proposal)).containsExactly("$.projectName: must be a string or null, not an array");

        // An unknown use case is the reader's to name, as before.
        Answer unknown = as(PLANNER, "POST", RFP + "/proposals", Map.of("projectName", "x",
                "useCases", List.of("no-such-use-case"), "systems", List.of(Map.of("systemType", "pacs"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().has("violations")).isFalse();
        assertThat(unknown.detail()).contains("no-such-use-case");
    }
}
