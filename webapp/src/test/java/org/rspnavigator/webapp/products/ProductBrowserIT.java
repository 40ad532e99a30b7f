package org.rspnavigator.webapp.products;

import org.rspnavigator.webapp.testing.BrowserTest;
import org.rspnavigator.webapp.testing.Keyboard;
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
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A vendor maps a product to IHE profiles in Chromium, fixes what the catalog finds, publishes it
 * and downloads its IHE Integration Statement; a planner then takes it as a bidder's statement
 * into an RFP project and reads the evidence matrix.
 */
class ProductBrowserIT extends BrowserTest {

    private void choose(String comboBoxId, String item) {
        page.locator("#" + comboBoxId + " input").fill(item);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true)).click();
    }

    private void select(String selectId, String item) {
        page.locator("#" + selectId).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true)).click();
    }

    private void claim(String profile, String actor, String... options) {
        page.locator("#add-claim").click();
        choose("claim-profile", profile);
        select("claim-actor", actor);
        for (String option : options) {
            page.locator("#claim-options").getByText(option, new com.microsoft.playwright.Locator.GetByTextOptions()
                    .setExact(true)).click();
        }
        page.locator("#claim-confirm").click();
    }

    @Test
    void aVendorPublishesAStatementAndAPlannerComparesItWithAnRfp() throws IOException {
        signIn(page, TestAccounts.VENDOR, TestAccounts.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Products")).first().click();
        page.locator("#new-product").click();
        assertThat(page).hasURL(Pattern.compile(".*/products/new$"));
        String name = "Example PACS " + System.nanoTime() % 100_000;
        assertThat(page.locator("#product-vendor input")).hasValue("Example Imaging Systems");
        page.locator("#product-name input").fill(name);
        page.locator("#product-version input").fill("7.2");
        page.locator("#product-dicom-link input").fill("https://example.com/dicom-conformance.pdf");

        claim("SWF.b — Scheduled Workflow.b", "Image Manager/Image Archive", "Availability of PPS-Referenced Instances");
        claim("XDS-I.b — Cross-Enterprise Document Sharing for Imaging", "Imaging Document Source",
                "Set of DICOM Instances");
        assertThat(page.locator("[data-claim='xds-i-b/Imaging Document Source']")).containsText("Set of DICOM Instances");
        assertThat(page.locator("#findings [data-severity='WARNING']").filter(new com.microsoft.playwright.Locator
                .FilterOptions().setHasText("Time Client")).first()).isVisible();
        page.locator("#add-groupings").click();
        assertThat(page.locator("[data-claim='ct/Time Client']")).containsText("None");
        // ATNA, claimed without options, breaks its option rules until transports are chosen.
        assertThat(page.locator("#findings [data-severity='ERROR']").filter(new com.microsoft.playwright.Locator
                .FilterOptions().setHasText("STX")).first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit atna Secure Node")).click();
        for (String option : new String[] {"STX: TLS 1.2 Floor using BCP195", "ATX: TLS Syslog"}) {
            page.locator("#claim-options").getByText(option, new com.microsoft.playwright.Locator.GetByTextOptions()
                    .setExact(true)).click();
        }
        page.locator("#claim-confirm").click();
        assertThat(page.locator("#findings [data-severity='ERROR']")).hasCount(0);
        assertThat(page.locator("vaadin-dialog-overlay:visible")).hasCount(0); // the dialog has faded out
        screenshot("product-claims");
        assertNoSeriousAccessibilityViolations();

        page.locator("#product-published").click();
        page.locator("#save-product").click();
        assertThat(page).hasURL(Pattern.compile(".*/products/\\d+$"));
        assertThat(page.locator("h1")).hasText(name + " 7.2");

        Download download = page.waitForDownload(() -> page.locator("#download-statement-pdf").click());
        Path file = downloads().resolve(download.suggestedFilename());
        Files.createDirectories(file.getParent());
        download.saveAs(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text).contains("IHE Integration Statement").contains(name)
                    .contains("This product implements all transactions required in the IHE Technical Framework")
                    .contains("Image Manager/Image Archive").contains("Time Client").contains("None");
        }

        // The downloaded PDF carries the statement: importing it makes a new product with the same claims.
        String address = page.url();
        page.navigate(url("products"));
        page.locator("#import-statement input[type=file]").setInputFiles(file);
        assertThat(page).hasURL(Pattern.compile(".*/products/\\d+$"));
        assertThat(page.locator("h1")).hasText(name + " 7.2");
        assertThat(page.locator("[data-claim='atna/Secure Node']")).containsText("STX: TLS 1.2 Floor using BCP195");
        page.navigate(address);
        page.waitForSelector("#run-gaps");

        select("gap-use-case", "Device to department integration");
        select("gap-system-type", "PACS");
        page.locator("#run-gaps").click();
        assertThat(page.locator("#gap-summary")).containsText("SHALL requirements met:");
        assertThat(page.locator("#gap-rows tr[data-number='PACS-16']")).containsText("Met");
        screenshot("product-gaps");
        assertNoSeriousAccessibilityViolations();

        // A planner takes the published product as a bidder's statement.
        signIn(page, TestAccounts.PLANNER, TestAccounts.PASSWORD);
        page.navigate(url("rfp/new"));
        page.waitForSelector("#propose");
        page.getByLabel("Project name").fill("Tender " + name);
        page.getByText("Device to department integration").click();
        choose("add-system", "PACS");
        page.locator("#propose").click();
        assertThat(page).hasURL(Pattern.compile(".*/rfp/\\d+\\?tab=requirements$"));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Bidders")).click();
        // A statement file dropped before the bidder is named is kept, and imported once it is.
        page.locator("#bidder-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#bidder-status")).containsText("Name the bidder who submitted");
        page.locator("#bidder-name input").fill("Beta Imaging");
        page.locator("#bidder-import-pending").click();
        assertThat(page.locator("#bidder-statements")).containsText("Beta Imaging");
        page.locator("#bidder-name input").fill("Alpha Medical");
        choose("bidder-product", name + " 7.2 (Example Imaging Systems)");
        page.locator("#add-bidder-product").click();
        assertThat(page.locator("#bidder-statements")).containsText("Alpha Medical");
        assertThat(page.locator("#bidder-matrix tr[data-number='PACS-16']")).containsText("Met");
        assertThat(page.locator("#bidder-shall-totals")).containsText(" of ");
        screenshot("rfp-bidders");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void aVendorDeclaresDicomConformanceAndDeclaresWhatItsClaimsImplyInOneClick() {
        signIn(page, TestAccounts.VENDOR, TestAccounts.PASSWORD);
        open("products/new");
        page.locator("#product-name input").fill("Example CT " + System.nanoTime() % 100_000);
        page.locator("#product-version input").fill("5.0");
        page.locator("#product-kinds input").fill("CT scanner");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("CT scanner").setExact(true)).click();
        page.keyboard().press("Escape");
        claim("SWF.b — Scheduled Workflow.b", "Acquisition Modality");
        assertThat(page.locator("vaadin-dialog-overlay:visible")).hasCount(0);

        // Rows pasted as a spreadsheet copies them, without the header; a bad one changes nothing and is named.
        page.locator("#paste-conformance vaadin-details-summary").click();
        page.locator("#conformance-rows textarea").fill("dicom,1.2.840.10008.5.1.4.1.1.2,SCU,,\ndicom,1.2.3.04,SCU,,");
        page.locator("#replace-conformance").click();
        assertThat(page.locator("#conformance-problems")).containsText("Line 2: The SOP class \"1.2.3.04\" is not a "
                + "DICOM UID");
        assertThat(page.locator("#conformance-dicom")).hasCount(0);
        page.locator("#conformance-rows textarea").fill("dicom,1.2.840.10008.5.1.4.1.1.2,SCU,,1.2.840.10008.1.2.1\n"
                + "dicom,1.2.840.10008.5.1.4.1.1.88.67,SCU,,\ndicom,1.2.840.10008.3.1.2.3.3,SCU,,\n"
                + "dicom,1.2.840.10008.1.20.1,SCU,,\nterminology,loinc,,2.78,");
        page.locator("#replace-conformance").click();
        assertThat(page.locator("#conformance-dicom")).containsText("X-Ray Radiation Dose SR Storage");
        assertThat(page.locator("#conformance-dicom")).containsText("Explicit VR Little Endian");
        assertThat(page.locator("#conformance-terminology")).containsText("LOINC");

        // The claimed Acquisition Modality queries the worklist (RAD-5): declared in one click.
        com.microsoft.playwright.Locator worklist = page.locator("#findings li").filter(new com.microsoft.playwright
                .Locator.FilterOptions().setHasText("RAD-5 Query Modality Worklist"));
        assertThat(worklist).hasCount(1);
        worklist.getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator("#conformance-dicom")).containsText("Modality Worklist Information Model - FIND");
        // The fix's button went with its finding: focus moves on to the next fix, or to the sentence that none is left.
        new Keyboard(page).waitForFocusWithin(page.locator("#findings"),
                "the findings, after a fix");
        assertThat(page.locator("#findings li").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("RAD-5"))).hasCount(0);

        // A SOP class picked from the catalog's vocabulary.
        page.locator("#declare-sop-class").click();
        choose("sop-class", "Key Object Selection Document Storage — 1.2.840.10008.5.1.4.1.1.88.59");
        page.locator("#sop-class-roles").getByText("SCU", new com.microsoft.playwright.Locator.GetByTextOptions())
                .first().click();
        page.locator("#sop-class-confirm").click();
        assertThat(page.locator("#conformance-dicom")).containsText("Key Object Selection Document Storage");
        assertThat(page.locator("#declare-sop-class")).isFocused();
        assertThat(page.locator("vaadin-dialog-overlay:visible")).hasCount(0);
        screenshot("product-conformance");
        assertNoSeriousAccessibilityViolations();

        page.locator("#save-product").click();
        assertThat(page).hasURL(Pattern.compile(".*/products/\\d+$"));
        assertThat(page.locator("#conformance-dicom tbody tr")).hasCount(6);
        select("gap-use-case", "Device to department integration");
        select("gap-system-type", "CT scanner");
        page.locator("#run-gaps").click();
        assertThat(page.locator("#gap-rows tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("TID 10011")).first()).containsText("Met");

        // On a phone the tables scroll within themselves; the page, its fields and the fixes' buttons fit.
        page.setViewportSize(390, 844);
        page.reload();
        page.locator("#conformance-dicom").waitFor();
        waitUntilSettled();
        Number scroll = (Number) page.evaluate("() => document.scrollingElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(scroll.intValue()).as("page width on a phone").isLessThanOrEqualTo(390);
    }

    @Test
    void anotherOrganizationDoesNotSeeAnUnpublishedProduct() throws IOException {
        signIn(page, TestAccounts.VENDOR, TestAccounts.PASSWORD);
        page.navigate(url("products/new"));
        page.waitForSelector("#save-product");
        String name = "Unpublished " + System.nanoTime() % 100_000;
        page.locator("#product-name input").fill(name);
        page.locator("#product-version input").fill("1.0");
        claim("CT — Consistent Time", "Time Client", "SNTP");
        page.locator("#save-product").click();
        assertThat(page).hasURL(Pattern.compile(".*/products/\\d+$"));
        String address = page.url();

        // Rows from a CSV file with a bad line are refused with its line, and the claims stay as they were.
        Path csv = downloads().resolve("rows-" + System.nanoTime() + ".csv");
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, "profile,actor,options\nCT,Time Client,Sundial\n");
        page.locator("#import-rows input[type=file]").setInputFiles(csv);
        assertThat(page.locator("#product-status")).containsText("line 2");
        assertThat(page.locator("[data-claim='ct/Time Client']")).containsText("SNTP");

        signIn(page, TestAccounts.PLANNER, TestAccounts.PASSWORD);
        page.navigate(url("products"));
        page.waitForSelector("h1");
        assertThat(page.locator("body")).not().containsText(name);
        page.navigate(address);
        page.waitForSelector("h1");
        assertThat(page.locator("body")).not().containsText(name);
    }
}
