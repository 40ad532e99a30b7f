package org.rspnavigator.webapp.catalog;

import org.rspnavigator.webapp.testing.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** IHE profiles in Chromium, reached the way a person would. */
class ProfileBrowserIT extends BrowserTest {

    @Test
    void nmiShowsTheCardiacNmOptionOnItsImageDisplay() {
        open("catalog?q=NMI");
        page.locator("#standards-grid").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("IHE NMI")).click();
        page.locator("#profiles").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("Nuclear Medicine Image \\(NMI\\)"))).click();
        assertThat(page).hasURL(Pattern.compile(".*/profiles/nmi$"));
        Locator display = page.locator("#actor-image-display");
        assertThat(display.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Image Display"))).isVisible();
        assertThat(display.locator(".rsp-options")).containsText("Cardiac NM");
        assertThat(page.locator("#actor-evidence-creator .rsp-options")).containsText("Result Screen Export");
        assertThat(page.locator("svg.rsp-diagram-svg, figure.rsp-diagram svg").first()).isVisible();
        assertNoSeriousAccessibilityViolations();
        screenshot("profile-nmi");
    }

    @Test
    void xdsBShowsItsRequiredGroupingsWithCtAndAtna() {
        open("profiles?domain=it-infrastructure");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("XDS.b").setExact(true)).click();
        Locator groupings = page.locator("#groupings");
        assertThat(groupings).containsText("Time Client");
        assertThat(groupings).containsText("Secure Node");
        assertThat(groupings.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^CT ")))).isVisible();
        assertThat(groupings.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^ATNA ")))).isVisible();
        screenshot("profile-xds-b");
    }

    @Test
    void theProfileListFiltersByDomainAndGroup() {
        open("profiles");
        assertNoSeriousAccessibilityViolations();
        screenshot("profiles");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Cardiology")).check();
        assertThat(page.locator("#profiles-table tbody tr")).hasCount(2);
        assertThat(page).hasURL(Pattern.compile(".*/profiles\\?domain=cardiology$"));
    }
}
