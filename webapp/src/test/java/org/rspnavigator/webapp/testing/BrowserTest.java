package org.rspnavigator.webapp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

/**
 * The application on a random port and a real Chromium opening it, one fresh page per test.
 * Screenshots land in {@code target/screenshots} for people to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(org.rspnavigator.webapp.testing.TestAccounts.class)
public abstract class BrowserTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    public Page page;

    @BeforeAll
    public static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    public static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    public void openPage() {
        page = browser.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    public void closePage() {
        page.context().close();
    }

    public String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Opens {@code path} and waits until Vaadin has rendered the view. */
    public void open(String path) {
        page.navigate(url(path));
        page.waitForSelector("vaadin-app-layout");
    }

    /**
     * Waits until the page is still: Vaadin has an answer to every request it sent, and the browser
     * has drawn two frames since. For measuring a layout, where a fixed pause would be either too
     * short on a busy machine or time wasted on a quiet one.
     */
    public void waitUntilSettled() {
        page.waitForFunction("""
                () => {
                  const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
                  return Object.values(clients).every(c => typeof c.isActive !== 'function' || !c.isActive());
                }""");
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))");
    }

    /** Signs in through the login view, as a person would. */
    public void signIn(Page page, String user, String password) {
        page.navigate(url("login"));
        page.getByLabel("Username").fill(user);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(u -> !u.contains("/login"));
        page.waitForSelector("vaadin-app-layout");
    }

    public Page newPage() {
        return browser.newPage();
    }

    public void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }

    public void assertNoSeriousAccessibilityViolations() {
        assertThat(Accessibility.seriousViolations(page)).as("axe-core: critical and serious violations on " + page.url())
                .isEmpty();
    }

    public static Path downloads() {
        return Paths.get("target/downloads");
    }
}
