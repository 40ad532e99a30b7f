package org.rspnavigator.webapp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.AfterAll;
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

    /**
     * The tab every test of a class uses, emptied between tests: loading the application into a
     * new tab costs about two seconds more than into one that has run it before (the browser's
     * compiled scripts and its cache), and that was a tenth of the browser tests' time.
     */
    private static Page tab;

    @LocalServerPort
    int port;

    public Page page;

    @BeforeAll
    public static void startBrowser() {
        browser = new BrowserSession();
        tab = null;
    }

    @AfterAll
    public static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * The class's tab as a new visitor would find it: signed out (no cookies), with nothing in the
     * site's local or session storage (remembered scroll positions, say), at a laptop's size.
     */
    @BeforeEach
    public void openPage() {
        if (tab == null || tab.isClosed()) {
            tab = browser.newPage();
        } else {
            tab.setDefaultTimeout(15_000);
            if (tab.url().startsWith(url(""))) {
                tab.evaluate("() => { try { sessionStorage.clear(); localStorage.clear(); } catch (e) { } }");
            }
            tab.navigate("about:blank");
            tab.context().clearCookies();
            tab.setViewportSize(BrowserSession.WIDTH, BrowserSession.HEIGHT);
        }
        page = tab;
        page.setDefaultTimeout(15_000);
    }

    /** The port the application under test listens on, for setting up through its HTTP API. */
    public int port() {
        return port;
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
