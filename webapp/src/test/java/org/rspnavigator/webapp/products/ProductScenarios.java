package org.rspnavigator.webapp.products;

import org.rspnavigator.webapp.testing.Http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.webapp.testing.TestAccounts.ADMIN;
import static org.rspnavigator.webapp.testing.TestAccounts.ADMIN_PASSWORD;
import static org.rspnavigator.webapp.testing.TestAccounts.PASSWORD;
import static org.rspnavigator.webapp.testing.TestAccounts.PLANNER;
import static org.rspnavigator.webapp.testing.TestAccounts.VENDOR;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.statement.StatementJson;
import org.rspnavigator.procurement.statement.ActorClaim;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.ProfileClaim;
import org.rspnavigator.procurement.statement.StatementLinks;
import org.rspnavigator.webapp.testing.Http.Answer;
import org.rspnavigator.webapp.testing.TestAccounts;
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
public abstract class ProductScenarios {

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
    public static IntegrationStatement pacs(String name, String iimOption) {
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
        assertThat(created.json().get("findings").toString()).contains("warning").contains("Time Client");

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
    void aProductNameOrVersionLongerThanWhatIsKeptIsABadRequestNamingFieldAndLimit() {
        int before = as(VENDOR, "GET", PRODUCTS, null).json().size();
        Answer longName = create(VENDOR, pacs("n".repeat(201), null));
        assertThat(longName.status()).as(longName.body()).isEqualTo(400);
        assertThat(longName.json().get("title").asString()).isEqualTo("Bad request");
        assertThat(longName.detail()).contains("The product name (productName) has 201 characters; at most 200 are "
                + "allowed.");
        IntegrationStatement ok = pacs(unique("Versions"), null);
        IntegrationStatement longVersion = new IntegrationStatement(ok.vendor(), ok.productName(), "7.".repeat(51),
                ok.date(), ok.revision(), ok.links(), ok.profiles());
        Answer version = create(VENDOR, longVersion);
        assertThat(version.status()).as(version.body()).isEqualTo(400);
        assertThat(version.detail()).contains("The product version (version) has 102 characters; at most 100 are "
                + "allowed.");
        assertThat(as(VENDOR, "GET", PRODUCTS, null).json().size()).isEqualTo(before);

        Answer created = create(VENDOR, ok);
        long id = created.json().get("product").get("id").asLong();
        long v = created.json().get("product").get("version").asLong();
        Answer save = as(VENDOR, "PUT", PRODUCTS + "/" + id + "?version=" + v, StatementJson.write(longVersion));
        assertThat(save.status()).as(save.body()).isEqualTo(400);
        assertThat(save.detail()).contains("(version)").contains("at most 100");
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
    void aStatementPdfWhoseAttachmentUnpacksToGigabytesIsRefusedAtOnce() throws java.io.IOException {
        byte[] bomb = statementPdfCarrying(200L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        long start = System.nanoTime();
        Answer product = http.send("POST", PRODUCTS, VENDOR, PASSWORD, bomb, "application/pdf");
        assertThat(product.status()).as(product.body()).isEqualTo(400);
        assertThat(product.detail()).isEqualTo("The attached file ihe-integration-statement.json is larger than 4 MB "
                + "when unpacked, so it was not read.");
        long project = as(PLANNER, "POST", "/api/v1/rfp/projects", Map.of("spec", Map.of("projectName", unique("Bombed"),
                "useCases", List.of("device-to-department"), "systems", List.of(Map.of("systemType", "pacs")))))
                .json().get("project").get("id").asLong();
        Answer bidder = http.send("POST", "/api/v1/rfp/projects/" + project + "/bidders?bidder=Mallory", PLANNER,
                PASSWORD, bomb, "application/pdf");
        assertThat(bidder.status()).as(bidder.body()).isEqualTo(400);
        assertThat(bidder.detail()).contains("larger than 4 MB when unpacked");
        assertThat(System.nanoTime() - start).as("sanity: nanoseconds").isLessThan(30_000_000_000L);
    }

    /** A one-page PDF carrying the statement attachment, whose content is {@code zeros} zero bytes, compressed. */
    private static byte[] statementPdfCarrying(long zeros) throws java.io.IOException {
        java.io.InputStream content = new java.io.InputStream() {
            private long left = zeros;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var file = new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(doc, content,
                    org.apache.pdfbox.cos.COSName.FLATE_DECODE);
            var spec = new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
            spec.setFile(org.rspnavigator.documents.statement.StatementPdf.ATTACHMENT);
            spec.setEmbeddedFile(file);
            var tree = new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of(org.rspnavigator.documents.statement.StatementPdf.ATTACHMENT, spec));
            var names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
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
        assertThat(swf.get("fit").asString()).isEqualTo("partly-met");
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
    void aVendorDeclaresDicomHl7AndTerminologyByCsvAndTheGapAnalysisAssessesThem() {
        Answer created = create(VENDOR, pacs(unique("Declared"), null));
        long id = created.json().get("product").get("id").asLong();
        long version = created.json().get("product").get("version").asLong();
        String rdsr = "1.2.840.10008.5.1.4.1.1.88.67";
        String csv = "part,item,roles,version,transferSyntaxes\r\n"
                + "dicom," + rdsr + ",SCP;SCU,,1.2.840.10008.1.2.1\r\n"
                + "dicom,1.2.840.10008.5.1.4.1.1.88.50,SCP,,\r\n"
                + "dicomweb,WADO-RS,origin-server,,\r\n"
                + "hl7,ORU^R01,receive,2.5.1,\r\n"
                + "terminology,radlex-playbook,,,\r\n";
        Answer declared = http.send("PUT", PRODUCTS + "/" + id + "/conformance?version=" + version, VENDOR, PASSWORD,
                csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
        assertThat(declared.json().at("/statement/dicom/0/roles").toString()).isEqualTo("[\"SCU\",\"SCP\"]");
        assertThat(declared.json().at("/statement/profiles").size()).as("the IHE claims are kept").isEqualTo(2);
        assertThat(declared.json().get("findings").toString()).as("the claimed SWF.b archive implies more DICOM roles")
                .contains("\"proposedDicom\":[{\"sopClass\":\"1.2.840.10008.5.1.4.1.2.2.1\",\"roles\":[\"SCP\"]}]");

        // The rows read back as they were sent, and a bad file changes nothing and names its lines.
        String back = http.download(PRODUCTS + "/" + id + "/conformance.csv", VENDOR, PASSWORD).text();
        assertThat(back.replace("\uFEFF", "")).isEqualTo(csv.replace("SCP;SCU", "SCU;SCP"));
        long now = declared.json().at("/product/version").asLong();
        Answer bad = http.send("PUT", PRODUCTS + "/" + id + "/conformance?version=" + now, VENDOR, PASSWORD,
                "part,item,roles,version,transferSyntaxes\nhl7,ORU^R01,sideways,2.5.1,\ndicom,1.2.3.04,SCU,,\n"
                        .getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("problems").toString()).contains("\"line\":2").contains("\"line\":3");
        assertThat(as(VENDOR, "GET", PRODUCTS + "/" + id, null).json().at("/statement/dicom").size()).isEqualTo(2);

        JsonNode gaps = as(VENDOR, "GET", PRODUCTS + "/" + id + "/gaps?useCase=device-to-department&systemType=pacs"
                + "&region=europe", null).json();
        assertThat(gaps.get("rows").valueStream().filter(r -> r.get("explanation").asString()
                .startsWith("Declares X-Ray Radiation Dose SR Storage (" + rdsr + ") as SCP and SCU")).count())
                .as("the CT and X-ray RDSR requirements of the archive").isEqualTo(2);
        assertThat(gaps.get("rows").valueStream().filter(r -> r.get("explanation").asString()
                .contains("Mammography CAD SR Storage (1.2.840.10008.5.1.4.1.1.88.50) as SCP; does not declare"))
                .map(r -> r.get("fit").asString()).toList()).containsExactly("partly-met");
        assertThat(gaps.get("shall").get("notAssessed").asInt()).as("fewer than the 10 of a statement without parts")
                .isLessThan(10);
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
        assertThat(swf.get("fits").toString()).isEqualTo("[\"met\",\"partly-met\"]");
        Http.Raw csv = http.download(bidders + "/matrix.csv", PLANNER, PASSWORD);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).contains("Alpha").contains("Beta").contains("PACS-16");
        Http.Raw pdf = http.download(bidders + "/matrix.pdf", PLANNER, PASSWORD);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(as(VENDOR, "GET", bidders, null).status()).isEqualTo(403);
    }

    @Test
    void aBidderForThePacsOnlyIsNotScoredOnTheDisplaysAndEveryFormGivesTheSameSentence() throws Exception {
        long project = as(PLANNER, "POST", "/api/v1/rfp/projects", Map.of("spec", Map.of("projectName", unique("Tender"),
                "region", "europe", "useCases", List.of("device-to-department"),
                "systems", List.of(Map.of("systemType", "pacs", "quantity", 1),
                        Map.of("systemType", "image-display", "quantity", 20))))).json().get("project").get("id").asLong();
        String bidders = "/api/v1/rfp/projects/" + project + "/bidders";
        byte[] statement = StatementJson.write(pacs("Alpha PACS", null)).getBytes(StandardCharsets.UTF_8);
        Answer alpha = http.send("POST", bidders + "?bidder=Alpha&systems=pacs", PLANNER, PASSWORD, statement,
                "application/json");
        assertThat(alpha.status()).as(alpha.body()).isEqualTo(201);
        assertThat(alpha.json().get("systems").toString()).isEqualTo("[\"pacs\"]");
        assertThat(http.send("POST", bidders + "?bidder=Beta", PLANNER, PASSWORD, statement, "application/json")
                .status()).isEqualTo(201);
        Answer unbought = http.send("POST", bidders + "?bidder=Gamma&systems=ct-scanner", PLANNER, PASSWORD, statement,
                "application/json");
        assertThat(unbought.status()).isEqualTo(400);
        assertThat(unbought.detail()).contains("does not buy ct-scanner");

        JsonNode matrix = as(PLANNER, "GET", bidders + "/matrix", null).json();
        List<JsonNode> displays = matrix.get("rows").valueStream()
                .filter(r -> r.get("system").asString().equals("image-display")).toList();
        assertThat(displays).isNotEmpty().allSatisfy(r -> assertThat(r.get("fits").get(0).asString()).isEqualTo("not-bid"))
                .allSatisfy(r -> assertThat(r.get("fits").get(1).asString()).isNotEqualTo("not-bid"));
        long pacsShall = matrix.get("rows").valueStream().filter(r -> r.get("system").asString().equals("pacs"))
                .filter(r -> r.get("level").asString().equals("shall")).count();
        JsonNode alphaShall = matrix.get("shallTotals").get(0);
        assertThat(alphaShall.get("total").asLong()).as("the PACS requirements only").isEqualTo(pacsShall);
        assertThat(matrix.get("shallTotals").get(1).get("total").asLong()).isGreaterThan(pacsShall);
        assertThat(matrix.get("bidderDetails").get(0).get("bidsForText").asString()).isEqualTo("PACS");
        assertThat(matrix.get("systems").valueStream().map(g -> g.get("system").asString()).toList())
                .containsExactly("pacs", "image-display");
        String sentence = alphaShall.get("summary").asString();
        assertThat(sentence).isEqualTo("SHALL requirements met: " + alphaShall.get("met").asInt() + " of "
                + alphaShall.get("total").asInt() + " (" + alphaShall.get("percentMet").asInt() + "%); "
                + alphaShall.get("partlyMet").asInt() + " partly met, " + alphaShall.get("notMet").asInt() + " not met, "
                + alphaShall.get("notAssessed").asInt() + " not assessed; " + alphaShall.get("assessed").asInt()
                + " of the " + alphaShall.get("total").asInt() + " could be assessed.");

        assertThat(http.download(bidders + "/matrix.csv", PLANNER, PASSWORD).text()).contains("\"" + sentence + "\"")
                .contains("Not bid");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(http.download(bidders + "/matrix.pdf", PLANNER, PASSWORD).body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Alpha PACS " + sentence, "Not bid");
        }
    }

    @Test
    void theGapAnalysisGivesTheSameSentenceAsItsPdf() throws Exception {
        Answer created = create(VENDOR, pacs(unique("Sentence"), null));
        long id = created.json().get("product").get("id").asLong();
        String scope = "?useCase=device-to-department&systemType=pacs&region=europe";
        JsonNode shall = as(VENDOR, "GET", PRODUCTS + "/" + id + "/gaps" + scope, null).json().get("shall");
        assertThat(shall.get("percentMet").asInt()).as("of all, not of those assessed")
                .isEqualTo(shall.get("met").asInt() * 100 / shall.get("total").asInt());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(http.download(PRODUCTS + "/" + id + "/gaps.pdf" + scope, VENDOR,
                PASSWORD).body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(shall.get("summary").asString(), "SHALL " + shall.get("total").asInt() + " "
                    + shall.get("met").asInt() + " ");
        }
    }

    @Test
    void theEvidenceMatrixPdfOfTwentyBiddersWithLongNamesIsMade() {
        String name = unique("Matrix PACS");
        Answer created = create(VENDOR, pacs(name, null));
        long productId = created.json().get("product").get("id").asLong();
        as(VENDOR, "PUT", PRODUCTS + "/" + productId + "?version=" + created.json().get("product").get("version").asLong()
                + "&published=true", StatementJson.write(pacs(name, null)));
        long project = as(PLANNER, "POST", "/api/v1/rfp/projects", Map.of("spec", Map.of("projectName",
                unique("Crowded tender"), "useCases", List.of("device-to-department"),
                "systems", List.of(Map.of("systemType", "pacs"))))).json().get("project").get("id").asLong();
        String bidders = "/api/v1/rfp/projects/" + project + "/bidders";
        for (int i = 1; i <= 20; i++) {
            String bidder = (String.format("Bidder %02d ", i) + "Northwind Imaging Systems and Integration Services "
                    .repeat(4)).substring(0, 200);
            Answer added = as(PLANNER, "POST", bidders + "/products/" + productId + "?bidder="
                    + java.net.URLEncoder.encode(bidder, StandardCharsets.UTF_8), null);
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        }
        Http.Raw pdf = http.download(bidders + "/matrix.pdf", PLANNER, PASSWORD);
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
