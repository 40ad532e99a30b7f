package org.rspnavigator.webapp.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.webapp.testing.TestAccounts.OTHER_PLANNER;
import static org.rspnavigator.webapp.testing.TestAccounts.PASSWORD;
import static org.rspnavigator.webapp.testing.TestAccounts.PLANNER;
import static org.rspnavigator.webapp.testing.TestAccounts.PLANNER_2;
import static org.rspnavigator.webapp.testing.TestAccounts.VENDOR;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.statement.StatementJson;
import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditEventRepository;
import org.rspnavigator.webapp.products.ProductScenarios;
import org.rspnavigator.webapp.testing.Http;
import org.rspnavigator.webapp.testing.Http.Answer;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * The procurement loop through the HTTP API, as a buyer's team runs it: the response matrix is
 * exported, two bidders fill it in with a spreadsheet library and return it beside their
 * Integration Statements, the planner weighs the requirements, two evaluators score, and the
 * evaluation ranks the bids. Run once per database (H2, PostgreSQL) by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
abstract class EvaluationScenarios {

    private static final String RFP = "/api/v1/rfp";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The requirement on SWF.b's Image Manager/Image Archive with the PPS option: Beta's statement lacks it. */
    private static final String SWF = "PACS-16";

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

    private long pacsTender() {
        return as(PLANNER, "POST", RFP + "/projects", Map.of("spec", Map.of("projectName", "Tender "
                + UUID.randomUUID().toString().substring(0, 8), "region", "europe", "useCases",
                List.of("device-to-department"), "systems", List.of(Map.of("systemType", "pacs", "quantity", 1)))))
                .json().get("project").get("id").asLong();
    }

    /** The exported workbook with every requirement answered Comply, except {@code answers} (number → response). */
    private static byte[] filled(byte[] workbook, Map<String, String> answers) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheet("Responses");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                String number = row.getCell(0).getStringCellValue();
                row.getCell(6).setCellValue(answers.getOrDefault(number, "Comply"));
                row.getCell(8).setCellValue("Conformance statement, section " + i);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> numbers(byte[] workbook) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet("Responses");
            List<String> numbers = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                numbers.add(sheet.getRow(i).getCell(0).getStringCellValue() + " " + sheet.getRow(i).getCell(1)
                        .getStringCellValue());
            }
            return numbers;
        }
    }

    private static JsonNode bidder(JsonNode evaluation, String name) {
        return evaluation.get("bidders").valueStream().filter(b -> b.get("bidder").asString().equals(name)).findFirst()
                .orElseThrow();
    }

    private static JsonNode line(JsonNode bidder, String number) {
        return bidder.get("lines").valueStream().filter(l -> l.get("number").asString().equals(number)).findFirst()
                .orElseThrow();
    }

    @Test
    void biddersAnswerInTheWorkbookAndTwoEvaluatorsScoreTheirBids() throws IOException {
        long project = pacsTender();
        String base = RFP + "/projects/" + project;
        byte[] workbook = http.download(base + "/documents/response-matrix.xlsx", PLANNER, PASSWORD).body();
        List<String> rows = numbers(workbook);
        String otherShall = rows.stream().filter(r -> r.endsWith(" SHALL") && !r.startsWith(SWF + " ")).findFirst()
                .orElseThrow().split(" ")[0];
        // Both bidders submit their Integration Statements; Beta's lacks the PPS option SWF asks.
        assertThat(http.send("POST", base + "/bidders?bidder=Alpha", PLANNER, PASSWORD, StatementJson.write(
                ProductScenarios.pacs("Alpha PACS", "Availability of PPS-Referenced Instances"))
                .getBytes(StandardCharsets.UTF_8), "application/json").status()).isEqualTo(201);
        assertThat(http.send("POST", base + "/bidders?bidder=Beta", PLANNER, PASSWORD, StatementJson.write(
                ProductScenarios.pacs("Beta PACS", null)).getBytes(StandardCharsets.UTF_8), "application/json")
                .status()).isEqualTo(201);

        // Alpha complies with everything; Beta says No to one SHALL and Comply to SWF, which its statement contradicts.
        Answer alpha = http.send("POST", base + "/responses?bidder=Alpha&source=alpha.xlsx", PLANNER, PASSWORD,
                filled(workbook, Map.of()), XLSX);
        assertThat(alpha.status()).as(alpha.body()).isEqualTo(201);
        assertThat(alpha.json().get("answered").asInt()).isEqualTo(rows.size());
        assertThat(alpha.json().get("unanswered")).isEmpty();
        Answer beta = http.send("POST", base + "/responses?bidder=Beta", PLANNER, PASSWORD,
                filled(workbook, Map.of(otherShall, "No")), XLSX);
        assertThat(beta.status()).as(beta.body()).isEqualTo(201);
        // A second matrix from Alpha replaces the first; a broken one changes nothing.
        Answer again = http.send("POST", base + "/responses?bidder=alpha", PLANNER, PASSWORD, filled(workbook, Map.of()),
                XLSX);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("bidder").asString()).isEqualTo("Alpha");
        Answer broken = http.send("POST", base + "/responses?bidder=Gamma", PLANNER, PASSWORD,
                filled(workbook, Map.of(otherShall, "Maybe")), XLSX);
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("problems").toString()).contains("Maybe");
        JsonNode kept = as(PLANNER, "GET", base + "/responses", null).json();
        assertThat(kept.valueStream().map(r -> r.get("bidder").asString()).toList()).containsExactly("Alpha", "Beta");
        JsonNode betaAnswers = as(PLANNER, "GET", base + "/responses/" + beta.json().get("id").asLong(), null).json();
        assertThat(betaAnswers.get("answers").valueStream().filter(a -> a.get("number").asString().equals(otherShall))
                .findFirst().orElseThrow().get("response").asString()).isEqualTo("no");

        // Before any score: Beta fails the knock-out it answered No to, and its Comply to SWF is flagged.
        JsonNode before = as(PLANNER, "GET", base + "/evaluation", null).json();
        assertThat(bidder(before, "Beta").get("standing").asString()).isEqualTo("Fails 1 knock-out");
        assertThat(line(bidder(before, "Beta"), otherShall).get("knockOutFailure").asString()).isEqualTo("Answers No.");
        assertThat(line(bidder(before, "Beta"), SWF).get("flag").asString()).isEqualTo("contradicted");
        assertThat(line(bidder(before, "Beta"), SWF).get("fit").asString()).isEqualTo("partly-met");
        assertThat(line(bidder(before, "Alpha"), SWF).get("flag").isNull()).isTrue();
        assertThat(bidder(before, "Alpha").get("rank").asInt()).isEqualTo(1);
        assertThat(bidder(before, "Alpha").get("percent").asDouble()).isZero();

        // The planner makes SWF weigh 10; a save from a stale version is refused.
        JsonNode plan = as(PLANNER, "GET", base + "/evaluation/plan", null).json();
        Map<String, Object> weights = Map.of("categoryWeights", Map.of(), "requirementWeights", Map.of(SWF, 10),
                "knockOuts", Map.of());
        Answer saved = as(PLANNER, "PUT", base + "/evaluation/plan?version=" + plan.get("version").asLong(), weights);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(as(PLANNER_2, "PUT", base + "/evaluation/plan?version=" + plan.get("version").asLong(), weights)
                .status()).isEqualTo(409);
        assertThat(as(PLANNER, "PUT", base + "/evaluation/plan?version=" + saved.json().get("version").asLong(),
                Map.of("requirementWeights", Map.of("NOPE-9", 3))).status()).isEqualTo(400);

        // Two evaluators score Alpha's answer to SWF independently, 5 and 2: they disagree.
        String scores = base + "/evaluation/scores";
        assertThat(as(PLANNER, "PUT", scores, Map.of("bidder", "Alpha", "number", SWF, "score", 4)).status())
                .isEqualTo(200);
        assertThat(as(PLANNER, "PUT", scores, Map.of("bidder", "Alpha", "number", SWF, "score", 5, "comment",
                "PPS option claimed and demonstrated")).status()).isEqualTo(200);
        assertThat(as(PLANNER_2, "PUT", scores, Map.of("bidder", "alpha", "number", SWF, "score", 2)).status())
                .isEqualTo(200);
        assertThat(as(PLANNER, "PUT", scores, Map.of("bidder", "Alpha", "number", SWF, "score", 6)).status())
                .isEqualTo(400);
        assertThat(as(PLANNER, "PUT", scores, Map.of("bidder", "Nobody", "number", SWF, "score", 3)).status())
                .isEqualTo(400);
        assertThat(as(PLANNER, "PUT", scores, Map.of("bidder", "Alpha", "number", "PACS-999", "score", 3)).status())
                .isEqualTo(400);

        JsonNode after = as(PLANNER, "GET", base + "/evaluation", null).json();
        assertThat(after.get("evaluators").toString()).isEqualTo("[\"" + PLANNER + "\",\"" + PLANNER_2 + "\"]");
        JsonNode alphaSwf = line(bidder(after, "Alpha"), SWF);
        assertThat(alphaSwf.get("weight").asInt()).isEqualTo(10);
        assertThat(alphaSwf.get("mean").asDouble()).isEqualTo(3.5);
        assertThat(alphaSwf.get("spread").asInt()).isEqualTo(3);
        assertThat(alphaSwf.get("scores").get(PLANNER).asInt()).isEqualTo(5);
        assertThat(bidder(after, "Alpha").get("disputed").asInt()).isEqualTo(1);
        // 10 × 3.5 out of 5 × (10 + the other requirements at 1 each), unscored counting 0.
        double expected = Math.round(1000.0 * 10 * 3.5 / (5.0 * (10 + rows.size() - 1))) / 10.0;
        assertThat(bidder(after, "Alpha").get("percent").asDouble()).isEqualTo(expected);
        assertThat(as(PLANNER, "GET", scores, null).json()).hasSize(2);
        // An evaluator withdraws a score given by mistake; the trail keeps both.
        assertThat(as(PLANNER, "PUT", scores, Map.of("bidder", "Alpha", "number", otherShall, "score", 1)).status())
                .isEqualTo(200);
        assertThat(as(PLANNER, "DELETE", scores + "?bidder=alpha&number=" + otherShall, null).status())
                .isEqualTo(204);
        assertThat(as(PLANNER, "DELETE", scores + "?bidder=Alpha&number=" + otherShall, null).status())
                .isEqualTo(404);
        assertThat(as(PLANNER, "GET", scores, null).json()).hasSize(2);
        assertThat(auditEvents.findAll().stream().filter(e -> e.getAction() == AuditAction.SCORED)
                .map(e -> e.getDetail()).toList()).anyMatch(d -> d.endsWith("Alpha, " + otherShall + ": 1/5"))
                .anyMatch(d -> d.endsWith("Alpha, " + otherShall + ": score withdrawn"));
        assertThat(auditEvents.findAll().stream().filter(e -> e.getAction() == AuditAction.SCORED
                && e.getDetail().contains(SWF)).map(e -> e.getDetail()).toList())
                .anyMatch(d -> d.endsWith("Alpha, " + SWF + ": 4/5")).anyMatch(d -> d.contains("5/5 (PPS option"))
                .anyMatch(d -> d.endsWith(": 2/5"));

        // The evaluation file: the report as a tagged PDF, and the scores for a spreadsheet.
        Http.Raw pdf = http.download(base + "/evaluation.pdf", PLANNER, PASSWORD);
        assertThat(pdf.status()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Bid evaluation").contains("Alpha").contains("Beta")
                    .contains(otherShall).contains("Answers No.")
                    .as("the evaluators as the people signing know them").contains("Quinn Colleague (" + PLANNER_2 + ")");
        }
        Http.Raw csv = http.download(base + "/evaluation.csv", PLANNER, PASSWORD);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.disposition()).contains("-bid-evaluation.csv");
        assertThat(csv.text()).contains("Alpha").contains(SWF).contains("3.5").contains("Quinn Colleague (" + PLANNER_2
                + ")");
        Http.Raw xlsx = http.download(base + "/evaluation.xlsx", PLANNER, PASSWORD);
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheet("Summary")).isNotNull();
        }

        // The buying organization's planners only.
        assertThat(as(VENDOR, "GET", base + "/evaluation", null).status()).isEqualTo(403);
        assertThat(as(OTHER_PLANNER, "GET", base + "/evaluation", null).status()).isEqualTo(404);
        assertThat(as(OTHER_PLANNER, "GET", base + "/responses", null).status()).isEqualTo(404);
        assertThat(http.download(base + "/evaluation.pdf", OTHER_PLANNER, PASSWORD).status()).isEqualTo(404);
        assertThat(http.download(base + "/evaluation.csv", VENDOR, PASSWORD).status()).isEqualTo(403);
        assertThat(as(OTHER_PLANNER, "PUT", scores, Map.of("bidder", "Alpha", "number", SWF, "score", 0)).status())
                .isEqualTo(404);

        // A removed matrix takes the answers with it; Beta is still evaluated on its statement.
        assertThat(as(PLANNER, "DELETE", base + "/responses/" + beta.json().get("id").asLong(), null).status())
                .isEqualTo(204);
        JsonNode without = as(PLANNER, "GET", base + "/evaluation", null).json();
        assertThat(bidder(without, "Beta").get("answered").asBoolean()).isFalse();
        assertThat(line(bidder(without, "Beta"), otherShall).get("knockOutFailure").asString()).isEqualTo("No answer.");
    }
}
