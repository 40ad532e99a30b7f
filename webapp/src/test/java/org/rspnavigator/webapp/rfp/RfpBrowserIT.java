package org.rspnavigator.webapp.rfp;

import org.rspnavigator.webapp.testing.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rspnavigator.webapp.testing.TestAccounts;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A planner builds an RFP in Chromium: the wizard, the proposed requirements, changing a level,
 * withdrawing and adding requirements, a local mandate and a custom clause, saving a revision,
 * and downloading the RFP section, read back from the PDF.
 */
class RfpBrowserIT extends BrowserTest {

    private void choose(String comboBoxId, String item) {
        page.locator("#" + comboBoxId + " input").fill(item);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true)).click();
    }

    @Test
    void aPlannerBuildsAnRfpForAPacsAndImageDisplays() throws IOException {
        signIn(page, TestAccounts.PLANNER, TestAccounts.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("RFP projects")).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/rfp$"));
        screenshot("rfp-projects-empty-or-list");
        page.locator("#new-rfp-project").click();
        assertThat(page).hasURL(Pattern.compile(".*/rfp/new$"));

        String name = "Radiology PACS " + System.nanoTime() % 100_000;
        page.getByLabel("Project name").fill(name);
        assertThat(page.getByLabel("Buying organization")).hasValue("St. Example Hospital");
        choose("project-region", "Europe");
        page.getByText("Device to department integration").click();
        // Each system is added by the server, which then empties the box: wait for its row before the next.
        choose("add-system", "PACS");
        assertThat(page.locator("[data-system='pacs']")).isVisible();
        assertThat(page.locator("#add-system input")).hasValue("");
        choose("add-system", "Image display / diagnostic viewer");
        Locator displays = page.locator("[data-system='image-display']");
        assertThat(displays).isVisible();
        displays.getByLabel("Quantity of Image display / diagnostic viewer").fill("20");
        displays.getByLabel("Notes on Image display / diagnostic viewer").fill("Reading rooms on two sites");
        // A system added by mistake is removed; focus moves to the remove button of the row now last.
        choose("add-system", "CT scanner");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove CT scanner")).click();
        assertThat(page.locator("[data-system='modality-ct']")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Remove Image display / diagnostic viewer"))).isFocused();
        screenshot("rfp-wizard");
        assertNoSeriousAccessibilityViolations();
        page.locator("#propose").click();

        assertThat(page).hasURL(Pattern.compile(".*/rfp/\\d+\\?tab=requirements$"));
        assertThat(page.locator("#requirements-summary")).containsText("52 requirements");
        assertThat(page.locator("#requirements-pacs tbody tr")).hasCount(25);
        assertThat(page.locator("#requirements-image-display tbody tr")).hasCount(27);
        assertThat(page.locator("tr[data-number='PACS-16']")).containsText(
                "SHALL implement IHE SWF.b (Scheduled Workflow.b) as Image Manager/Image Archive");
        assertThat(page.locator("#system-image-display")).hasText("Image display / diagnostic viewer × 20");
        screenshot("rfp-requirements");
        assertNoSeriousAccessibilityViolations();

        // PACS-16 becomes a SHOULD: a SHALL from the portfolio, so only with a reason.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit PACS-16")).click();
        page.locator("#edit-requirement").getByText("SHOULD", new Locator.GetByTextOptions().setExact(true)).click();
        page.locator("#apply-requirement").click();
        assertThat(page.locator("#edit-reason")).containsText("give a reason to lower it to SHOULD");
        page.locator("#edit-reason input").fill("Two sites keep their archive until 2028.");
        page.locator("#apply-requirement").click();
        assertThat(page.locator("tr[data-number='PACS-16']")).containsText("The proposed PACS SHOULD implement");
        assertThat(page.locator("#save-state")).hasText("Unsaved changes");

        // PACS-24 is withdrawn; its number stays taken.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit PACS-24")).click();
        page.locator("#edit-reason input").fill("Bought with the archive.");
        page.locator("#withdraw-requirement").click();
        assertThat(page.locator("tr[data-number='PACS-24']")).hasCount(0);
        assertThat(page.locator("#withdrawn-pacs")).containsText("PACS-24 (withdrawn)");

        // The planner adds IOCM for the PACS: it gets the next free number.
        page.locator("#add-requirement-pacs").click();
        page.locator("#add-requirement").getByText("An IHE profile actor").click();
        choose("add-profile", "IOCM — Imaging Object Change Management");
        assertThat(page.locator("#add-actor")).containsText("Image Manager/Image Archive");
        page.locator("#add-reason").locator("input").fill("Our archive must follow corrections made in the PACS.");
        page.locator("#add-requirement-confirm").click();
        assertThat(page.locator("tr[data-number='PACS-26']")).containsText(
                "The proposed PACS SHALL implement IHE IOCM (Imaging Object Change Management) as Image Manager/Image Archive.");

        // A local mandate and a custom clause with a script in it.
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Mandates and clauses")).click();
        page.locator("#add-mandate").click();
        // The new card's first field has focus, ready to type in.
        assertThat(page.locator("#mandate-title-0 input")).isFocused();
        page.locator("#mandate-title-0 input").fill("National image exchange network");
        page.locator("#mandate-text-0 textarea").fill("Connect to the **national** exchange instead of XCA-I.");
        page.locator("#add-clause").click();
        assertThat(page.locator("#clause-title-0 input")).isFocused();
        // A clause added by mistake is removed; focus returns to the button that adds one.
        page.locator("#add-clause").click();
        assertThat(page.locator("#clause-title-1 input")).isFocused();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove this clause")).last().click();
        assertThat(page.locator("#clause-title-1")).hasCount(0);
        assertThat(page.locator("#add-clause")).isFocused();
        page.locator("#clause-title-0 input").fill("Training");
        page.locator("#clause-text-0 textarea").fill("Two days *on site*. <script>window.hacked=1</script>");
        page.locator("#clause-text-0 textarea").blur();
        assertThat(page.locator("#clause-preview-0 em")).hasText("on site");
        assertThat(page.locator("#clause-preview-0 script")).hasCount(0);
        screenshot("rfp-mandates");
        assertNoSeriousAccessibilityViolations();

        page.locator("#save-project").click();
        assertThat(page.getByText("Saved as revision 2.")).isVisible();
        assertThat(page.locator("#project-meta")).containsText("Revision 2, saved by planner");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.hacked === undefined")).isEqualTo(true);

        // The RFP section of revision 2, downloaded and read back.
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Documents")).click();
        page.locator("#prepare-rfp-pdf").click();
        Locator link = page.locator("#download-rfp-pdf");
        assertThat(link).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(60_000));
        screenshot("rfp-documents");
        assertNoSeriousAccessibilityViolations();
        Download download = page.waitForDownload(link::click);
        String slug = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo(slug + "-rfp-section-r2.pdf");
        Path file = downloads().resolve(download.suggestedFilename());
        Files.createDirectories(file.getParent());
        download.saveAs(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text).contains(name).contains("PACS-16")
                    .contains("The proposed PACS SHOULD implement IHE SWF.b").contains("PACS-26")
                    .contains("National image exchange network").contains("Training")
                    .doesNotContain("window.hacked");
            // Withdrawn: not printed as a requirement, and its number accounted for.
            org.assertj.core.api.Assertions.assertThat(text).doesNotContain("PACS-24 SHALL")
                    .doesNotContain("PACS-24 SHOULD").contains("Number PACS-24 is not used");
        }

        // The history lists both revisions.
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History")).click();
        assertThat(page.locator("#revisions tbody tr")).hasCount(2);
        screenshot("rfp-history");
    }

    @Test
    void aProjectIsDuplicatedFoundInTheListAndDownloadedAsOneZip() throws IOException {
        signIn(page, TestAccounts.PLANNER_2, TestAccounts.PASSWORD);
        page.navigate(url("rfp/new"));
        page.waitForSelector("#propose");
        String name = "Cardiology " + System.nanoTime() % 100_000;
        page.getByLabel("Project name").fill(name);
        page.getByText("Department to enterprise integration").click();
        choose("add-system", "VNA");
        page.locator("#propose").click();
        assertThat(page).hasURL(Pattern.compile(".*/rfp/\\d+\\?tab=requirements$"));
        assertThat(page.locator("#requirements-vna tbody tr").first()).containsText("VNA-01");

        page.navigate(url("rfp"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duplicate " + name)).click();
        assertThat(page.locator("#rfp-projects")).containsText("Copy of " + name);

        // Filtered as typed and sorted by a column; both kept in the address through a reload.
        page.locator("#rfp-projects-filter input").fill(name.toUpperCase(java.util.Locale.ROOT));
        assertThat(page.locator("#rfp-projects-filter-count")).hasText(Pattern.compile("Showing 2 of \\d+ projects"));
        page.locator("vaadin-grid-sorter").filter(new Locator.FilterOptions().setHasText("Project")).click();
        page.locator("vaadin-grid-sorter").filter(new Locator.FilterOptions().setHasText("Project")).click();
        assertThat(page).hasURL(Pattern.compile(".*/rfp\\?q=CARDIOLOGY%20\\d+&sort=-name$"));
        screenshot("rfp-projects");
        assertNoSeriousAccessibilityViolations();
        page.reload();
        assertThat(page.locator("#rfp-projects-filter input")).hasValue(name.toUpperCase(java.util.Locale.ROOT));
        assertThat(page.locator("#rfp-projects-filter-count")).hasText(Pattern.compile("Showing 2 of \\d+ projects"));
        assertThat(page.locator("#rfp-projects vaadin-grid-cell-content a").first()).hasText("Copy of " + name);

        // Every document of the project in one ZIP.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Documents")).click();
        page.locator("#prepare-documents-zip").click();
        Locator link = page.locator("#download-documents-zip");
        assertThat(link).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(120_000));
        screenshot("rfp-documents-zip");
        Download download = page.waitForDownload(link::click);
        String slug = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo(slug + "-documents-r1.zip");
        java.util.List<String> entries = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(download.path()))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        org.assertj.core.api.Assertions.assertThat(entries).containsExactly("README.txt", slug + "-rfp-section-r1.pdf",
                slug + "-rfp-section-r1.docx", slug + "-integration-statement-checklist-r1.pdf",
                slug + "-response-matrix-r1.csv", slug + "-response-matrix-r1.xlsx", slug + "-response-matrix-r1.json");
    }

    @Test
    void vendorsDoNotSeeRfpProjects() {
        signIn(page, TestAccounts.VENDOR, TestAccounts.PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("RFP projects"))).hasCount(0);
        page.navigate(url("rfp"));
        page.waitForSelector("vaadin-app-layout");
        assertThat(page.locator("#rfp-projects")).hasCount(0);
        assertThat(page.locator("#new-rfp-project")).hasCount(0);
    }
}
