package org.rspnavigator.webapp.rfp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.rspnavigator.webapp.testing.TestAccounts.PASSWORD;
import static org.rspnavigator.webapp.testing.TestAccounts.PLANNER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.statement.StatementJson;
import org.rspnavigator.webapp.products.ProductScenarios;
import org.rspnavigator.webapp.testing.BrowserTest;
import org.rspnavigator.webapp.testing.Http;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A planner imports a bidder's filled response matrix in Chromium, reads its answers beside the
 * evidence of its Integration Statement, weighs the requirements, and scores the bid in the
 * Evaluation section, on a laptop and on a phone.
 */
class EvaluationBrowserIT extends BrowserTest {

    /** A PACS tender with Alpha's statement (SWF.b without the PPS option), and the response matrix to fill. */
    private long tenderWithAStatement(Http http) {
        long project = http.send("POST", "/api/v1/rfp/projects", PLANNER, PASSWORD, Map.of("spec", Map.of(
                "projectName", "Tender " + UUID.randomUUID().toString().substring(0, 8), "region", "europe",
                "useCases", List.of("device-to-department"), "systems", List.of(Map.of("systemType", "pacs",
                        "quantity", 1))))).json().get("project").get("id").asLong();
        org.assertj.core.api.Assertions.assertThat(http.send("POST", "/api/v1/rfp/projects/" + project
                + "/bidders?bidder=Alpha", PLANNER, PASSWORD, StatementJson.write(ProductScenarios.pacs("Alpha PACS",
                        null)).getBytes(StandardCharsets.UTF_8), "application/json").status()).isEqualTo(201);
        return project;
    }

    /** The workbook as Alpha returns it: Comply to everything. */
    private static Path filled(byte[] workbook) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheet("Responses");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                sheet.getRow(i).getCell(6).setCellValue("Comply");
            }
            book.write(out);
            Files.createDirectories(downloads());
            Path file = downloads().resolve("alpha-response-matrix.xlsx");
            Files.write(file, out.toByteArray());
            return file;
        }
    }

    private void chooseBidder(String name) {
        page.locator("#response-bidder input").fill(name);
        page.locator("#response-bidder input").press("Enter");
        // The server must have the name before a file is chosen: the upload is filed under it.
        waitUntilSettled();
    }

    /**
     * Opens the score of {@code number} and chooses {@code label}. A select's list is only opened
     * once the last one has finished closing: a click while it is still closing is lost.
     */
    private void chooseScore(String number, String label) {
        assertThat(page.locator("vaadin-select[opened], vaadin-select-overlay[closing]")).hasCount(0);
        Locator select = page.locator("#scoring-table tr[data-number='" + number + "'] vaadin-select");
        select.click();
        assertThat(select).hasAttribute("opened", "");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
    }

    @Test
    void aPlannerImportsABiddersAnswersSeesThemBesideTheEvidenceAndScoresTheBid() throws IOException {
        Http http = new Http(port());
        long project = tenderWithAStatement(http);
        Path alpha = filled(http.download("/api/v1/rfp/projects/" + project + "/documents/response-matrix.xlsx",
                PLANNER, PASSWORD).body());
        Path broken = downloads().resolve("beta-response-matrix.csv");
        Files.writeString(broken, "Number,Response (Comply / Partial / Roadmap / No / Not applicable)\r\n"
                + "PACS-16,Perhaps\r\n");
        signIn(page, PLANNER, PASSWORD);
        open("rfp/" + project + "?tab=bidders");

        // Files are dropped on a laptop, not on a phone (below).
        assertThat(page.locator("#response-upload").getByText("Drop file here")).isVisible();
        // A file with a problem is refused with its place; nothing of it is kept.
        chooseBidder("Beta");
        page.locator("#response-upload input[type=file]").setInputFiles(broken);
        assertThat(page.locator("#response-problems")).containsText("line 2");
        assertThat(page.locator("#response-problems")).containsText("Perhaps");
        chooseBidder("Alpha");
        page.locator("#response-upload input[type=file]").setInputFiles(alpha);
        assertThat(page.locator("#bidder-responses tr[data-bidder='Alpha']")).containsText("Revision 1");
        assertThat(page.locator("#bidder-responses")).not().containsText("Beta");
        // Alpha answers Comply to SWF.b with the PPS option, which its statement does not claim.
        assertThat(page.locator("#bidder-matrix tr[data-number='PACS-16']")).containsText("Answer: Comply");
        assertThat(page.locator("#bidder-matrix tr[data-number='PACS-16'] [data-flag='contradicted']")).isVisible();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Evaluation")).click();
        assertThat(page.locator("#ranking-table tr[data-bidder='Alpha']")).containsText("0.0%");
        assertThat(page.locator("#scoring-table tr[data-number='PACS-16'] [data-flag='contradicted']")).isVisible();

        // The planner makes the technical workflow weigh 3, then scores Alpha's answer to PACS-16.
        page.locator("#evaluation-plan > vaadin-details-summary").click();
        page.locator("#weight-technical-workflow input").fill("3");
        page.locator("#save-plan").click();
        assertThat(page.locator("#evaluation-status")).containsText("Weights and knock-outs saved.");
        chooseScore("PACS-16", "4");
        assertThat(page.locator("#evaluation-status")).containsText("Saved your score of Alpha, PACS-16: 4 of 5.");
        assertThat(page.locator("#ranking-table tr[data-bidder='Alpha']")).not().containsText("0.0%");
        assertThat(page.locator("#ranking-table tr[data-bidder='Alpha']")).containsText("1 of ");
        // A score chosen by mistake is withdrawn by choosing no score.
        chooseScore("PACS-01", "2");
        assertThat(page.locator("#evaluation-status")).containsText("Saved your score of Alpha, PACS-01: 2 of 5.");
        assertThat(page.locator("#ranking-table tr[data-bidder='Alpha']")).containsText("2 of ");
        chooseScore("PACS-01", "—");
        assertThat(page.locator("#evaluation-status")).containsText("Withdrew your score of Alpha, PACS-01.");
        assertThat(page.locator("#ranking-table tr[data-bidder='Alpha']")).containsText("1 of ");
        screenshot("rfp-evaluation");
        assertNoSeriousAccessibilityViolations();

        // The score is the planner's own and stays after a reload.
        open("rfp/" + project + "?tab=evaluation");
        assertThat(page.locator("#scoring-table tr[data-number='PACS-16'] vaadin-select-value-button")).hasText("4");
        page.setViewportSize(390, 844);
        waitUntilSettled();
        Number scroll = (Number) page.evaluate("() => document.scrollingElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(scroll.intValue()).as("page width on a phone").isLessThanOrEqualTo(390);
        open("rfp/" + project + "?tab=bidders");
        assertThat(page.locator("#response-upload").getByText("Import a response matrix…")).isVisible();
        assertThat(page.locator("#response-upload").getByText("Drop file here")).isHidden();

        // Removing Alpha's matrix draws the tab anew; focus goes to the heading of the list it was in.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove the response matrix of Alpha"))
                .click();
        assertThat(page.getByText("No response matrix imported yet.")).isVisible();
        assertThat(page.locator("#bidder-responses-heading")).isFocused();
    }
}
