package org.rspnavigator.webapp.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The first view in a real browser: the catalog lists every standard and can be narrowed down. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogViewIT {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void findsAStandardInTheList() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasTitle("Catalog | RSP Navigator");
        assertThat(page.locator("#standards-count")).hasText("83 standards");
        Locator grid = page.locator("#standards-grid");
        assertThat(grid.getByText("LOINC", new Locator.GetByTextOptions().setExact(true))).isVisible();

        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Filter standards by name or acronym"))
                .fill("nuclear medicine");
        assertThat(grid.getByText("IHE NMI", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.locator("#standards-count")).not().hasText("83 standards");
        assertThat(grid.getByText("LOINC", new Locator.GetByTextOptions().setExact(true))).not().isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target/screenshots/catalog-filtered.png")));
    }
}
