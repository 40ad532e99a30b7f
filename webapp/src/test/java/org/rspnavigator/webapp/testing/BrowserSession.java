package org.rspnavigator.webapp.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A real Chromium, driven by Playwright, for tests that use the application as a person would.
 * Playwright is told never to download a browser: it drives Debian's Chromium, and a machine
 * without it fails the test with instructions rather than skipping it.
 */
public final class BrowserSession implements AutoCloseable {

    /** Where Debian's chromium package installs the browser; {@code CHROMIUM} overrides it. */
    public static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;

    public BrowserSession() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("The browser tests need Chromium at " + CHROMIUM
                    + ". Install it with 'sudo apt-get install chromium' (Debian), point the CHROMIUM environment"
                    + " variable at another Chromium, or leave the browser tests out with -DskipBrowserTests=true.");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-quic", "--no-first-run")));
    }

    /** A fresh page (own cookies and storage) at 1366×900, a common laptop screen. */
    public Page newPage() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)).newPage();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
