package org.rspnavigator.webapp.search;

import org.rspnavigator.webapp.testing.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Searching from the header as a person would: results as you type, then the results view. */
class SearchBrowserIT extends BrowserTest {

    private Locator headerSearch() {
        return page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Search the catalog"));
    }

    @Test
    void resultsAppearAsYouTypeAndLeadToTheStandard() {
        open("catalog");
        headerSearch().pressSequentially("XDS-I", new Locator.PressSequentiallyOptions().setDelay(40));
        Locator option = page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("IHE XDS-I.b")).first();
        assertThat(option).isVisible();
        screenshot("search-as-you-type");
        option.click();
        assertThat(page).hasURL(Pattern.compile(".*/standards/ihe-xds-i-b$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("IHE XDS-I.b").setLevel(1))).isVisible();
    }

    @Test
    void enterOpensTheResultsWithFacets() {
        open("catalog");
        headerSearch().fill("dose");
        headerSearch().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=dose$"));
        assertThat(page.locator("#search-results li").first()).isVisible();
        assertThat(page.locator("#search-status")).containsText("results");
        assertNoSeriousAccessibilityViolations();
        screenshot("search-dose");

        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^Use-case row \\(\\d+\\)$"))).check();
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=dose&type=use-case-row$"));
        assertThat(page.locator("#search-results li .rsp-hit-type").first()).hasText("Use-case row");
    }

    @Test
    void pagesThroughTheResultsWithTheKeyboard() {
        open("search?q=images");
        Locator status = page.locator("#search-status");
        assertThat(status).hasText(Pattern.compile("^Showing 1–20 of \\d+ results$"));
        String total = status.textContent().replaceAll("\\D+$", "").replaceAll(".* of ", "");
        assertThat(page.locator("#search-results li")).hasCount(20);
        String firstOfPageOne = page.locator("#search-results .rsp-hit-title").first().textContent();
        Locator next = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next page"));
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Result pages"))).isVisible();
        screenshot("search-page-1");

        next.focus();
        page.keyboard().press("Enter");
        assertThat(status).hasText("Showing 21–40 of " + total + " results");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=images&page=2$"));
        assertThat(page.locator("#search-results .rsp-hit-title").first()).not().hasText(firstOfPageOne);
        // The keyboard is taken to the first hit of the new page.
        assertThat(page.locator("#search-results .rsp-hit-title").first()).isFocused();
        assertNoSeriousAccessibilityViolations();
        screenshot("search-page-2");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Previous page")).click();
        assertThat(status).hasText("Showing 1–20 of " + total + " results");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=images$"));
    }

    @Test
    void aTransactionHitShowsItsRowOnTheProfilePage() {
        open("search?q=RAD-8");
        Locator first = page.locator("#search-results .rsp-hit-title").first();
        assertThat(first).hasText("RAD-8 Modality Images Stored");
        first.click();
        assertThat(page).hasURL(Pattern.compile(".*/profiles/swf-b#transaction-rad-8$"));
        Locator row = page.locator("#transaction-rad-8");
        assertThat(row).hasClass(Pattern.compile("rsp-target"));
        assertThat(row).isInViewport();
        screenshot("search-transaction-row");
    }

    @Test
    void offersDidYouMean() {
        open("search?q=mamo%20cad");
        assertThat(page.locator("#did-you-mean")).hasText("mammo cad");
        page.locator("#did-you-mean").click();
        assertThat(page.locator("#search-results li").first()).containsText("DICOM Mammo CAD");
    }
}
