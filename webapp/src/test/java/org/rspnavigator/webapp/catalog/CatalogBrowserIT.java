package org.rspnavigator.webapp.catalog;

import org.rspnavigator.webapp.testing.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The catalog, detail, use-case and portfolio views used as a person would, in Chromium. */
class CatalogBrowserIT extends BrowserTest {

    /**
     * The cell showing {@code text} as a person sees it: the grid lays out every row, and after a
     * filter it keeps the cells of rows it no longer shows, hidden, in the page.
     */
    private Locator gridCell(String text) {
        return page.locator("#standards-grid").getByText(text, new Locator.GetByTextOptions().setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    @Test
    void filtersToEmergingTechnicalWorkflowStandards() {
        open("catalog");
        assertThat(page.locator("#standards-count")).hasText("83 standards");
        assertNoSeriousAccessibilityViolations();
        screenshot("catalog");

        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Emerging")).check();
        Locator category = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Category"));
        category.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Technical workflow standards")).click();
        page.keyboard().press("Escape");

        assertThat(page.locator("#standards-count")).hasText("3 of 83 standards");
        for (String name : List.of("DICOM UPS", "IHE REM-NM", "IHE IRWF.b")) {
            assertThat(gridCell(name)).isVisible();
        }
        assertThat(gridCell("IHE SWF.b")).hasCount(0);
        assertThat(page).hasURL(Pattern.compile(".*/catalog\\?category=technical-workflow&group=emerging$"));
        screenshot("catalog-emerging-technical-workflow");

        page.reload();
        page.waitForSelector("vaadin-app-layout");
        assertThat(page.locator("#standards-count")).hasText("3 of 83 standards");
        assertThat(gridCell("DICOM UPS")).isVisible();
    }

    @Test
    void followsSupersededByFromSwfToSwfB() {
        open("catalog?q=SWF");
        page.locator("#standards-grid").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("IHE SWF").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("IHE SWF").setLevel(1))).isVisible();
        assertThat(page.locator("#provenance")).hasText("Source: ISO 21860:2020 Table 5, clause 5.4.3.16");
        assertNoSeriousAccessibilityViolations();
        screenshot("standard-ihe-swf");

        Locator supersededBy = page.locator("#relations li").filter(new Locator.FilterOptions().setHasText("Superseded by"));
        supersededBy.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("IHE SWF.b")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("IHE SWF.b").setLevel(1))).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/standards/ihe-swf-b$"));
        assertThat(page.locator("#relations")).containsText("Supersedes IHE SWF");
        screenshot("standard-ihe-swf-b");
    }

    @Test
    void deviceToDepartmentShowsItsTwentySevenRows() throws IOException {
        open("catalog");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Use cases")).click();
        assertThat(page.locator("#use-case-name")).hasText("Device to department integration");
        assertThat(page.locator("#use-case-matrix tbody tr")).hasCount(27);
        assertNoSeriousAccessibilityViolations();
        screenshot("use-case-device-to-department");

        Locator system = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Show what concerns a system"));
        system.fill("PACS");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("PACS").setExact(true)).click();
        assertThat(page.locator("#use-case-row-count"))
                .hasText("21 of 27 rows concern the PACS (listed as “PACS” or “All DICOM systems”)");
        assertThat(page).hasURL(Pattern.compile(".*/use-cases/device-to-department\\?system=pacs$"));
        Download matrix = page.waitForDownload(() -> page.locator("#use-case-xlsx").click());
        assertThat(matrix.suggestedFilename()).isEqualTo("rsp-use-case-device-to-department-pacs.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(matrix.createReadStream())) {
            assertThat(book.getSheet("Matrix").getPhysicalNumberOfRows()).isEqualTo(1 + 21);
        }
        assertThat(page.locator("#use-case-matrix tbody tr")).hasCount(21);
        assertThat(page.locator("#row-18")).containsText("DICOM TLS");
        assertThat(page.locator("#use-case-matrix th.rsp-system")).hasText(new String[] { "PACS", "All DICOM systems" });

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enterprise to cross-enterprise integration (derived)")).click();
        assertThat(page.locator("#derived-notice")).containsText("Derived by RSP Navigator");
        screenshot("use-case-cross-enterprise");
    }

    @Test
    void portfolioExportsCsvPdfAndXlsxOfTheCurrentView() throws IOException {
        open("portfolio");
        assertNoSeriousAccessibilityViolations();
        screenshot("portfolio");

        Download csv = page.waitForDownload(() -> page.locator("#export-csv").click());
        Path csvFile = downloads().resolve("portfolio.csv");
        csv.saveAs(csvFile);
        List<String> lines = Files.readAllLines(csvFile, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(84);
        assertThat(lines.getFirst()).contains("Brief name");

        open("portfolio?group=emerging&category=technical-workflow");
        assertThat(page.locator("#portfolio-summary")).containsText("3 of 83 standards");
        Download pdf = page.waitForDownload(() -> page.locator("#export-pdf").click());
        Path pdfFile = downloads().resolve("portfolio.pdf");
        pdf.saveAs(pdfFile);
        try (PDDocument document = Loader.loadPDF(pdfFile.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("DICOM UPS", "IHE REM-NM", "IHE IRWF.b").doesNotContain("IHE SWF.b");
        }
        Download xlsx = page.waitForDownload(() -> page.locator("#export-xlsx").click());
        assertThat(xlsx.suggestedFilename()).isEqualTo("rsp-portfolio.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(xlsx.createReadStream())) {
            assertThat(book.getSheet("Portfolio").getPhysicalNumberOfRows()).isEqualTo(1 + 3);
        }
    }

    @Test
    void clickingAChartCellFiltersTheCatalog() {
        open("portfolio");
        page.locator("a[aria-label='18 preferred content standards']").click();
        assertThat(page).hasURL(Pattern.compile(".*/catalog\\?category=content&group=preferred$"));
        assertThat(page.locator("#standards-count")).hasText("18 of 83 standards");

        open("portfolio");
        page.locator("a[aria-label='1 retired standard with high product adoption']").click();
        assertThat(page.locator("#standards-count")).hasText("1 of 83 standards");
        assertThat(gridCell("SNOMED CT (RT Identifiers)")).isVisible();
    }

    @Test
    void unknownAddressesGetTheNotFoundPage() {
        page.navigate(url("no-such-page"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))).isVisible();
        assertNoSeriousAccessibilityViolations();
        screenshot("not-found");
    }
}
