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
    void offersDidYouMean() {
        open("search?q=mamo%20cad");
        assertThat(page.locator("#did-you-mean")).hasText("mammo cad");
        page.locator("#did-you-mean").click();
        assertThat(page.locator("#search-results li").first()).containsText("DICOM Mammo CAD");
    }
}
