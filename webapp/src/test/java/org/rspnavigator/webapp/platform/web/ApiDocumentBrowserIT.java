package org.rspnavigator.webapp.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rspnavigator.webapp.testing.BrowserTest;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * An integrator opens "JSON API" in the side menu and reads the API in Swagger UI, in a real
 * browser: the application's own security headers let it run, and it shows the document's
 * endpoints grouped as the controllers' tags say.
 */
class ApiDocumentBrowserIT extends BrowserTest {

    @Test
    void theJsonApiEntryOpensTheDocumentInSwaggerUi() {
        open("");
        Page ui = page.waitForPopup(() -> page.locator("vaadin-side-nav-item", new Page.LocatorOptions()
                .setHasText("JSON API")).click());
        // The first request for the document has it worked out (several seconds on a small machine).
        assertThat(ui.locator(".swagger-ui .info .title")).containsText("RSP Navigator JSON API",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(ui.locator(".swagger-ui .opblock-tag-section").first()).containsText("Catalog");
        assertThat(ui.locator(".opblock-summary-path[data-path='/api/v1/standards']")).isVisible();
        assertThat(ui.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Authorize"))).isVisible();
        ui.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/swagger-ui.png")));
    }
}
