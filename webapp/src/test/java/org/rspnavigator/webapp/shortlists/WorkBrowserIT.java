package org.rspnavigator.webapp.shortlists;

import org.rspnavigator.webapp.testing.BrowserTest;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.AccountService;
import org.rspnavigator.webapp.accounts.OrganizationRepository;
import org.rspnavigator.webapp.accounts.Role;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.rspnavigator.webapp.accounts.UserAccount;
import org.rspnavigator.webapp.accounts.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Signing in and keeping work, in Chromium, including two colleagues editing the same shortlist. */
class WorkBrowserIT extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository users;

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ShortlistService shortlists;

    @Test
    void aPlannerDisabledByAnAdministratorIsSignedOutAtTheNextActionAndNothingIsSaved() {
        String name = "leaver-" + System.nanoTime();
        UserAccount leaver = users.save(new UserAccount(name, "Lee Leaver", passwords.encode(TestAccounts.PASSWORD),
                Role.PLANNER, organizations.findByNameIgnoreCase(TestAccounts.HOSPITAL).orElseThrow(),
                java.time.Instant.now()));
        signIn(page, name, TestAccounts.PASSWORD);
        page.navigate(url("shortlists/new"));
        String list = "Saved after leaving " + System.nanoTime();
        page.getByLabel("Name").fill(list);

        AccountPrincipal admin = (AccountPrincipal) userDetails.loadUserByUsername(TestAccounts.ADMIN);
        accounts.updateUser(admin, leaver.getId(), leaver.getVersion(), Role.PLANNER,
                leaver.getOrganization().getId(), false, false);

        page.locator("#save-shortlist").click();
        page.getByLabel("Username").waitFor(); // signed out: the page reloads to the login
        assertThat(page.locator("#account-menu")).hasCount(0);
        AccountPrincipal colleague = (AccountPrincipal) userDetails.loadUserByUsername(TestAccounts.PLANNER);
        org.assertj.core.api.Assertions.assertThat(shortlists.list(colleague)).extracting(s -> s.getName())
                .doesNotContain(list);
    }

    @Test
    void aPlannerSavesACatalogViewAsAShortlist() {
        open("catalog?group=emerging&category=technical-workflow");
        assertThat(page.getByText("Sign in to save this view as a shortlist")).isVisible();
        signIn(page, TestAccounts.PLANNER, TestAccounts.PASSWORD);
        assertThat(page.locator("#account-menu")).containsText("Pat Planner");

        page.navigate(url("catalog?group=emerging&category=technical-workflow"));
        page.locator("#save-as-shortlist").click();
        assertThat(page).hasURL(Pattern.compile(".*/shortlists/new\\?filter=.*"));
        assertThat(page.locator("#shortlist-standards")).containsText("DICOM UPS");
        assertThat(page.locator("#shortlist-standards li")).hasCount(3);
        // One is taken off the list; focus moves to the remove button of the standard that took its place.
        page.locator("#shortlist-standards li").first().getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator("#shortlist-standards li")).hasCount(2);
        assertThat(page.locator("#shortlist-standards li").first().getByRole(AriaRole.BUTTON)).isFocused();

        String name = "Emerging workflow " + System.nanoTime();
        page.getByLabel("Name").fill(name);
        page.getByLabel("Notes (Markdown)").fill("Watch **these** for the 2027 tender. <script>window.hacked=1</script>");
        page.getByLabel("Notes (Markdown)").blur();
        assertThat(page.locator("#notes-preview strong")).hasText("these");
        assertThat(page.locator("#notes-preview script")).hasCount(0);
        page.locator("#save-shortlist").click();
        assertThat(page).hasURL(Pattern.compile(".*/shortlists/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1))).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.hacked === undefined")).isEqualTo(true);
        screenshot("shortlist");
        assertNoSeriousAccessibilityViolations();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Shortlists").setExact(true)).first().click();
        assertThat(page.locator("#shortlists")).containsText(name);
    }

    @Test
    void aStaleSaveIsRefusedAndOffersToReload() {
        signIn(page, TestAccounts.PLANNER, TestAccounts.PASSWORD);
        page.navigate(url("shortlists/new"));
        assertThat(page.locator("#shortlist-standards")).containsText("No standard yet");
        String name = "Shared list " + System.nanoTime();
        page.getByLabel("Name").fill(name);
        page.locator("#save-shortlist").click();
        page.waitForURL(Pattern.compile(".*/shortlists/\\d+$"));
        String address = page.url();

        Page colleague = newPage();
        try {
            signIn(colleague, TestAccounts.PLANNER_2, TestAccounts.PASSWORD);
            colleague.navigate(address);
            colleague.waitForSelector("#save-shortlist");

            page.getByLabel("Name").fill(name + " (Pat's version)");
            page.locator("#save-shortlist").click();
            assertThat(page.getByText("Saved.")).isVisible();

            colleague.getByLabel("Name").fill(name + " (Quinn's version)");
            colleague.locator("#save-shortlist").click();
            Locator dialog = colleague.getByRole(AriaRole.ALERTDIALOG);
            assertThat(dialog).containsText("Changed by someone else");
            assertThat(colleague.getByLabel("Name")).hasValue(name + " (Quinn's version)");
            colleague.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/screenshots/stale-save.png")));
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reload")).click();
            assertThat(colleague.getByLabel("Name")).hasValue(name + " (Pat's version)");
        } finally {
            colleague.context().close();
        }
    }

    @Test
    void organizationDataDownloadsAndABrokenImportIsRefused() throws Exception {
        signIn(page, TestAccounts.PLANNER, TestAccounts.PASSWORD);
        page.navigate(url("shortlists"));
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#export-organization").click());
        java.nio.file.Path file = downloads().resolve("organization.json");
        download.saveAs(file);
        String json = java.nio.file.Files.readString(file);
        org.assertj.core.api.Assertions.assertThat(json).contains("\"format\" : \"rsp-navigator-organization\"")
                .contains(TestAccounts.HOSPITAL).doesNotContain("passwordHash").doesNotContain("$2a$");

        Page admin = newPage();
        try {
            signIn(admin, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
            admin.navigate(url("admin/organizations"));
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import into " + TestAccounts.OTHER_HOSPITAL))
                    .click();
            java.nio.file.Path broken = downloads().resolve("broken.json");
            java.nio.file.Files.writeString(broken, json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 9"));
            admin.locator("vaadin-upload input[type=file]").setInputFiles(broken);
            assertThat(admin.locator("#import-result")).containsText("refused and nothing was changed");
            assertThat(admin.locator("#import-result")).containsText("formatVersion");
        } finally {
            admin.context().close();
        }
    }

    @Test
    void administratorsSeeTheAuditTrail() {
        signIn(page, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
        page.navigate(url("admin/audit"));
        assertThat(page.locator("#audit")).isVisible();
        screenshot("audit-trail");
        assertNoSeriousAccessibilityViolations();
        page.navigate(url("admin/users"));
        assertThat(page.locator("#users")).containsText(TestAccounts.PLANNER);
        screenshot("users");
    }
}
