package org.rspnavigator.webapp.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rspnavigator.webapp.testing.BrowserTest;
import org.rspnavigator.webapp.testing.TestAccounts;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

/**
 * The views at the sizes people use them: laptops of 1366×768 and 1280×720 and a phone of 390×844.
 * What is asserted is what a person sees in the window: how many catalog rows, whether the title
 * of a page just opened is in view, whether anything is cut off or makes the page scroll sideways.
 */
class LayoutBrowserIT extends BrowserTest {

    /** The bottom of the fixed header: what lies above it is hidden under it. */
    private double headerBottom() {
        return ((Number) page.locator("vaadin-app-layout")
                .evaluate("l => l.shadowRoot.querySelector('[part~=\"navbar\"]').getBoundingClientRect().bottom"))
                .doubleValue();
    }

    /** Catalog rows whose standard's name lies wholly in the window, below the header. */
    private int catalogRowsInView() {
        return ((Number) page.evaluate("top => [...document.querySelectorAll('#standards-grid a[href^=\"standards/\"]')]"
                + ".map(a => a.getBoundingClientRect())"
                + ".filter(r => r.height > 0 && r.top >= top && r.bottom <= window.innerHeight).length",
                headerBottom())).intValue();
    }

    private double scrollY() {
        return ((Number) page.evaluate("() => window.scrollY")).doubleValue();
    }

    /** Scrolls the page with the mouse wheel, as a person would, until it has moved by about {@code dy}. */
    private void wheel(double dy) {
        page.mouse().move(page.viewportSize().width / 2.0, page.viewportSize().height / 2.0);
        double before = scrollY();
        page.mouse().wheel(0, dy);
        page.waitForFunction("y => Math.abs(window.scrollY - y) > 1", before);
    }

    /** Wheels the page until the catalog grid's header meets the bottom of the page header. */
    private void scrollCatalogGridToTop() {
        BoundingBox grid = page.locator("#standards-grid").boundingBox();
        wheel(grid.y - headerBottom());
    }

    private void assertHeadingInView(String name) {
        Locator h1 = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
        assertThat(h1).isVisible();
        page.waitForFunction("() => window.scrollY < 5");
        BoundingBox box = h1.boundingBox();
        assertThat(box.y).as("top of the heading '%s'", name).isGreaterThanOrEqualTo(headerBottom() - 1);
        assertThat(box.y + box.height).as("bottom of the heading '%s'", name)
                .isLessThanOrEqualTo(page.viewportSize().height);
    }

    private void assertNoSidewaysScroll(String path) {
        @SuppressWarnings("unchecked")
        Map<String, Number> widths = (Map<String, Number>) page.evaluate(
                "() => ({ scroll: document.scrollingElement.scrollWidth, window: window.innerWidth })");
        assertThat(widths.get("scroll").intValue()).as("page width of %s at %s px", path, widths.get("window"))
                .isLessThanOrEqualTo(widths.get("window").intValue());
    }

    private void assertWhollyInWindow(Locator element, String what) {
        assertThat(element).isVisible();
        BoundingBox box = element.boundingBox();
        assertThat(box.x).as("left edge of %s", what).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge of %s", what).isLessThanOrEqualTo(page.viewportSize().width);
        assertThat(box.y).as("top edge of %s", what).isGreaterThanOrEqualTo(0);
    }

    /**
     * The catalog's address with exactly these parameters, in any order. Playwright hands the
     * pattern to the browser as a JavaScript regular expression, so parameters are written as
     * they are (letters, digits, '=', '-') rather than quoted with Java's \Q...\E.
     */
    private static Pattern catalogAddress(String... parameters) {
        StringBuilder regex = new StringBuilder(".*/catalog\\?");
        for (String p : parameters) {
            regex.append("(?=(?:.*&)?").append(p).append("(?:&|$))");
        }
        regex.append("[^&]+");
        regex.append("(?:&[^&]+)".repeat(parameters.length - 1)).append("$");
        return Pattern.compile(regex.toString());
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({ "1366, 768", "1280, 720" })
    void aLaptopShowsAtLeastFifteenCatalogRows(int width, int height) {
        page.setViewportSize(width, height);
        open("catalog");
        assertThat(page.locator("#standards-count")).hasText("83 standards");

        scrollCatalogGridToTop();
        assertThat(catalogRowsInView()).as("catalog rows in a %d×%d window", width, height).isGreaterThanOrEqualTo(15);
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get(
                "target/screenshots/layout-catalog-" + width + "x" + height + ".png")));

        // The wheel goes on moving the page down to the last row: no row is out of reach.
        wheel(10_000);
        Locator last = page.locator("#standards-grid a[href^='standards/']").last();
        assertWhollyInWindow(last, "the last catalog row");
        assertNoSeriousAccessibilityViolations();
    }

    @Test
    void theOpenFilterPanelLeavesTheRowsInView() {
        page.setViewportSize(1366, 768);
        open("catalog?group=preferred&region=europe");
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Levels for region")))
                .isVisible();
        assertThat(page.locator("#standards-count")).hasText(Pattern.compile("\\d+ of 83 standards"));

        scrollCatalogGridToTop();
        assertThat(catalogRowsInView()).as("catalog rows with the filter panel open").isGreaterThanOrEqualTo(10);
    }

    @Test
    void aStandardOpenedFromFarDownTheCatalogStartsAtItsTitle() {
        page.setViewportSize(1366, 768);
        open("catalog");
        assertThat(page.locator("#standards-count")).hasText("83 standards");
        wheel(2000);
        double left = scrollY();
        Locator link = page.locator("#standards-grid a[href^='standards/']").filter(
                new Locator.FilterOptions().setVisible(true));
        Locator inView = null;
        double top = headerBottom();
        for (Locator candidate : link.all()) {
            BoundingBox box = candidate.boundingBox();
            if (box != null && box.y > top + 10 && box.y + box.height < page.viewportSize().height - 10) {
                inView = candidate;
                break;
            }
        }
        assertThat(inView != null).as("a standard's link in view after scrolling").isTrue();
        String name = inView.textContent().strip();
        inView.click();

        assertThat(page).hasURL(Pattern.compile(".*/standards/[a-z0-9-]+$"));
        assertHeadingInView(name);

        // Back returns to the catalog where it was left.
        page.goBack();
        assertThat(page.locator("#standards-count")).hasText("83 standards");
        page.waitForFunction("y => Math.abs(window.scrollY - y) < 40", left);
    }

    @Test
    void aStandardOpenedFromTheBottomOfThePortfolioStartsAtItsTitle() {
        page.setViewportSize(1280, 720);
        open("portfolio");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reference standards portfolio")))
                .isVisible();
        wheel(8000);
        Locator link = page.locator(".rsp-portfolio-table a[href='standards/ihe-swf-b']");
        link.scrollIntoViewIfNeeded();
        assertThat(scrollY()).isGreaterThan(3000);
        link.click();
        assertHeadingInView("IHE SWF.b");
    }

    @Test
    void catalogReturnsWithItsFiltersAndSortOrder() {
        open("catalog?group=emerging");
        assertThat(page.locator("#standards-count")).hasText(Pattern.compile("\\d+ of 83 standards"));
        String count = page.locator("#standards-count").textContent();

        page.locator("#standards-grid vaadin-grid-sorter").filter(new Locator.FilterOptions().setHasText("Product adoption"))
                .click();
        assertThat(page).hasURL(catalogAddress("group=emerging", "sort=adoption"));
        page.locator("#standards-grid vaadin-grid-sorter").filter(new Locator.FilterOptions().setHasText("Product adoption"))
                .click();
        assertThat(page).hasURL(catalogAddress("group=emerging", "sort=-adoption"));
        String first = page.locator("#standards-grid a[href^='standards/']").first().textContent();

        page.locator("#standards-grid a[href^='standards/']").nth(2).click();
        assertThat(page).hasURL(Pattern.compile(".*/standards/[a-z0-9-]+$"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Catalog")).click();

        assertThat(page).hasURL(catalogAddress("group=emerging", "sort=-adoption"));
        assertThat(page.locator("#standards-count")).hasText(count);
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Emerging"))).isChecked();
        Locator sorter = page.locator("#standards-grid vaadin-grid-sorter")
                .filter(new Locator.FilterOptions().setHasText("Product adoption"));
        assertThat(sorter).hasAttribute("direction", "desc");
        assertThat(page.locator("#standards-grid a[href^='standards/']").first()).hasText(first);

        page.reload();
        page.waitForSelector("vaadin-app-layout");
        assertThat(sorter).hasAttribute("direction", "desc");
        assertThat(page.locator("#standards-grid a[href^='standards/']").first()).hasText(first);
    }

    /** Whether {@code element} is what a person sees (and clicks) at its centre, not something drawn over it. */
    private static boolean onTopAtItsCentre(Locator element) {
        return (Boolean) element.evaluate("e => { const b = e.getBoundingClientRect();"
                + " return e.contains(document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2)); }");
    }

    /**
     * The use-case matrix is wider and taller than the window. Scrolled down, its system names stay
     * at its top; scrolled sideways, the standards stay at its left, drawn over what passes under
     * them, and the system columns start beside them rather than behind them.
     */
    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({ "1366, 768", "390, 844" })
    void theUseCaseMatrixKeepsItsHeadingsInViewWhileItScrolls(int width, int height) {
        page.setViewportSize(width, height);
        open("use-cases/device-to-department");
        Locator scroller = page.locator(".rsp-matrix-scroller");
        Locator corner = page.locator("#use-case-matrix thead th").first();
        Locator firstSystem = page.locator("#use-case-matrix thead th.rsp-system").first();
        assertThat(corner).hasText("Standard");

        // The page scrolls until the matrix meets the page header; the matrix then fits the window. A wheel
        // that ends short (the page still settling as it scrolls) is followed by another, as a person would.
        for (int i = 0; i < 5 && Math.abs(scroller.boundingBox().y - headerBottom()) >= 20; i++) {
            waitUntilSettled();
            wheel(scroller.boundingBox().y - headerBottom());
            waitUntilSettled();
        }
        page.waitForFunction("top => Math.abs(document.querySelector('.rsp-matrix-scroller').getBoundingClientRect().top"
                + " - top) < 20", headerBottom());
        BoundingBox frame = scroller.boundingBox();
        assertThat(frame.y + frame.height).as("bottom of the matrix").isLessThanOrEqualTo(height);

        // Down inside the matrix: rows pass under the system names, which stay at its top.
        page.mouse().move(frame.x + frame.width / 2, frame.y + frame.height - 20);
        page.mouse().wheel(0, 900);
        page.waitForFunction("() => document.querySelector('.rsp-matrix-scroller').scrollTop > 300");
        assertThat(scroller.boundingBox().y).as("the matrix, after scrolling inside it").isCloseTo(frame.y, within(1.0));
        Locator purposeHeading = page.locator("#use-case-matrix thead th").nth(1);
        for (Locator heading : List.of(corner, purposeHeading, firstSystem)) {
            assertThat(heading.boundingBox().y).as("top of a column heading").isCloseTo(frame.y + 1, within(1.5));
        }
        for (Locator heading : List.of(corner, purposeHeading)) {
            assertThat(onTopAtItsCentre(heading)).as("a column heading is drawn over the rows").isTrue();
        }
        double headingsBottom = firstSystem.boundingBox().y + firstSystem.boundingBox().height;
        assertThat(page.locator("#row-1").boundingBox().y).as("the first row has passed under the headings")
                .isLessThan(headingsBottom);

        // Sideways, as far as the purpose is wide: the first system column comes to sit beside the standards.
        String row = (String) page.evaluate("bottom => [...document.querySelectorAll('#use-case-matrix tbody tr')]"
                + ".find(r => r.getBoundingClientRect().top >= bottom).id", headingsBottom);
        Locator standard = page.locator("#" + row + " > th");
        BoundingBox before = standard.boundingBox();
        assertThat(before.width).as("width of the standards column").isLessThanOrEqualTo(frame.width * 0.45);
        double purpose = firstSystem.boundingBox().x - (before.x + before.width);
        scroller.evaluate("(s, dx) => { s.scrollLeft = dx; }", purpose);
        page.waitForFunction("() => document.querySelector('.rsp-matrix-scroller').scrollLeft > 0");

        BoundingBox after = standard.boundingBox();
        BoundingBox system = firstSystem.boundingBox();
        assertThat(after.x).as("left edge of the standards column").isCloseTo(before.x, within(1.0));
        assertThat(corner.boundingBox().x).as("left edge of the corner heading").isCloseTo(before.x, within(1.0));
        assertThat(system.x).as("left edge of the first system heading")
                .isGreaterThanOrEqualTo(after.x + after.width - 1)
                .isLessThan(frame.x + frame.width - system.width);
        for (Locator drawnOver : List.of(corner, standard, firstSystem)) {
            assertThat(onTopAtItsCentre(drawnOver)).as("%s is drawn over what passes under it", drawnOver).isTrue();
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get(
                "target/screenshots/layout-use-case-matrix-" + width + "x" + height + ".png")));
    }

    @Test
    void theFirstTabStopSkipsTheHeaderAndMenuToTheViewsHeading() {
        page.setViewportSize(1366, 768);
        open("portfolio");
        page.locator(".rsp-view h1").first().waitFor();
        Locator skip = page.locator("#skip-to-content");
        assertThat(skip.boundingBox().y + skip.boundingBox().height).as("the skip link before it has focus")
                .isLessThanOrEqualTo(0);

        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("skip-to-content");
        assertWhollyInWindow(skip, "the focused skip link");
        assertThat(skip).hasText("Skip to main content");

        page.keyboard().press("Enter");
        page.waitForFunction("() => document.activeElement && document.activeElement.tagName === 'H1'");
        assertThat(page.evaluate("() => document.activeElement.textContent.trim()"))
                .isEqualTo("Reference standards portfolio");
        assertThat(page.url()).as("the address is left alone").endsWith("/portfolio");
    }

    @Test
    void onAPhoneTheHeaderFitsAndNoViewScrollsSideways() {
        page.setViewportSize(390, 844);
        for (String path : List.of("", "catalog", "portfolio", "profiles", "use-cases", "search?q=worklist",
                "standards/ihe-xds-i-b", "profiles/xds-i-b")) {
            open(path);
            page.locator(".rsp-view h1").first().waitFor();
            waitUntilSettled();
            assertWhollyInWindow(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in").setExact(true)),
                    "the Sign in link on /" + path);
            assertWhollyInWindow(page.locator("vaadin-drawer-toggle"), "the menu button on /" + path);
            assertWhollyInWindow(page.locator(".rsp-header-search"), "the search box on /" + path);
            assertNoSidewaysScroll("/" + path);
        }
        open("catalog");
        scrollCatalogGridToTop();
        assertThat(catalogRowsInView()).as("catalog rows on a phone").isGreaterThanOrEqualTo(10);
    }

    @Test
    void onAPhoneThePlannersViewsFitToo() {
        page.setViewportSize(390, 844);
        signIn(page, TestAccounts.PLANNER, TestAccounts.PASSWORD);
        for (String path : List.of("rfp", "rfp/new", "products", "shortlists", "account/password")) {
            open(path);
            page.locator(".rsp-view h1, h1").first().waitFor();
            waitUntilSettled();
            assertWhollyInWindow(page.locator("#account-menu"), "the account menu on /" + path);
            assertNoSidewaysScroll("/" + path);
        }
    }

    @Test
    void onAPhoneTheVendorsViewsFitToo() {
        page.setViewportSize(390, 844);
        signIn(page, TestAccounts.VENDOR, TestAccounts.PASSWORD);
        for (String path : List.of("products", "products/new", "catalog")) {
            open(path);
            page.locator(".rsp-view h1, h1").first().waitFor();
            waitUntilSettled();
            assertWhollyInWindow(page.locator("#account-menu"), "the account menu on /" + path);
            assertNoSidewaysScroll("/" + path);
        }
    }

    /** The account button, by the name a screen reader gives it. */
    private Locator accountButton() {
        return page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions()
                .setName("Account: Pat Planner · " + TestAccounts.HOSPITAL).setExact(true));
    }

    @Test
    void onAPhoneTheAccountButtonIsAUserIconThatOpensTheAccountMenu() {
        page.setViewportSize(390, 844);
        signIn(page, TestAccounts.PLANNER, TestAccounts.PASSWORD);
        open("rfp");
        page.locator("h1").first().waitFor();
        Locator account = accountButton();
        assertWhollyInWindow(account, "the account button");
        assertThat(account.locator(".rsp-account-icon")).isVisible();
        // What is drawn, not the text of hidden elements: the menu bar's "···" overflow button keeps its dots.
        assertThat(page.locator("#account-menu").innerText()).as("the account menu as drawn").doesNotContain("···");
        assertThat(page.locator("#account-menu vaadin-menu-bar-button[slot='overflow']")).isHidden();

        account.click();
        Locator signOut = page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out"));
        assertThat(signOut).isVisible();
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Change password")))
                .isVisible();
        Locator who = page.locator(".rsp-account-who");
        assertThat(who).isVisible();
        assertThat(who).containsText("Pat Planner");
        assertThat(who).containsText(TestAccounts.HOSPITAL);
        // The menu slides up from the bottom of a phone; once it is open, Sign out lies wholly in the window.
        page.waitForFunction("() => { const r = [...document.querySelectorAll('vaadin-menu-bar-item')]"
                + ".find(i => i.textContent.trim() === 'Sign out')?.getBoundingClientRect();"
                + " return !!r && r.height > 0 && r.bottom <= window.innerHeight; }");
        screenshot("layout-account-phone");
    }

    @Test
    void onALaptopTheAccountButtonShowsTheNameAndOrganization() {
        page.setViewportSize(1366, 768);
        signIn(page, TestAccounts.PLANNER, TestAccounts.PASSWORD);
        open("rfp");
        page.locator("h1").first().waitFor();
        Locator account = accountButton();
        assertWhollyInWindow(account, "the account button");
        assertThat(account.locator(".rsp-account-name")).isVisible();
        assertThat(account.locator(".rsp-account-name")).hasText("Pat Planner · " + TestAccounts.HOSPITAL);
        assertThat(account.locator(".rsp-account-icon")).isHidden();

        account.click();
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
        assertThat(page.locator(".rsp-account-who")).isHidden();
    }

    @Test
    void aNewlyProposedRfpOpensAtItsTitle() {
        page.setViewportSize(1366, 768);
        signIn(page, TestAccounts.PLANNER, TestAccounts.PASSWORD);
        open("rfp/new");
        page.getByLabel("Project name").fill("Layout check " + System.nanoTime() % 100_000);
        page.getByText("Device to department integration").click();
        page.locator("#add-system input").fill("PACS");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("PACS").setExact(true)).click();
        page.locator("#propose").scrollIntoViewIfNeeded();
        assertThat(scrollY()).isGreaterThan(100);
        page.locator("#propose").click();

        assertThat(page).hasURL(Pattern.compile(".*/rfp/\\d+\\?tab=requirements$"));
        Locator h1 = page.locator("h1").first();
        assertThat(h1).isVisible();
        page.waitForFunction("() => window.scrollY < 5");
        BoundingBox box = h1.boundingBox();
        assertThat(box.y).isGreaterThanOrEqualTo(headerBottom() - 1);
        assertThat(box.y + box.height).isLessThanOrEqualTo(768);

        // Far down the requirements, the Save bar sticks just under the header and leaves its account button
        // uncovered, on a laptop and on a phone (where the header is taller).
        for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            wheel(1500);
            waitUntilSettled();
            BoundingBox bar = page.locator(".rsp-save-bar").boundingBox();
            assertThat(bar.y).as("top of the Save bar at %d px wide", size[0]).isCloseTo(headerBottom(),
                    org.assertj.core.data.Offset.offset(1.0));
            Object uncovered = accountButton().evaluate("b => { const r = b.getBoundingClientRect(); "
                    + "const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2); "
                    + "return !!hit && (b === hit || b.contains(hit)); }");
            assertThat(uncovered).as("the account button is uncovered at %d px wide", size[0]).isEqualTo(true);
        }
    }
}
