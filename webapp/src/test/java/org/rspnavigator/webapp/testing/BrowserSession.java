package org.rspnavigator.webapp.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A real Chromium, driven by Playwright, for tests that use the application as a person would.
 * It drives the Chromium that {@code RSP_TEST_CHROMIUM} names, else Debian's ({@code /usr/bin/chromium},
 * what CI installs), else the one Playwright downloads and keeps for itself. A machine where none
 * can be had fails the test with the one command that fixes it, rather than skipping it.
 */
public final class BrowserSession implements AutoCloseable {

    /** Where Debian's chromium package installs the browser. */
    public static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String FIX = "Install Chromium with 'sudo apt-get install chromium' (Debian), set "
            + "RSP_TEST_CHROMIUM to another Chromium, or leave the browser tests out with -DskipBrowserTests=true.";
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
            "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    public BrowserSession() {
        Optional<Path> chromium = chromium();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
        if (chromium.isPresent()) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(options.setExecutablePath(chromium.get()));
            return;
        }
        // No Chromium on the machine: Playwright fetches its own on creation (once, into its cache).
        Playwright own = null;
        try {
            own = Playwright.create();
            browser = own.chromium().launch(options);
        } catch (RuntimeException e) { // PlaywrightException, or the driver's "Failed to install browsers"
            if (own != null) {
                own.close();
            }
            throw new IllegalStateException("The browser tests found no Chromium at " + DEBIAN_CHROMIUM
                    + ", and Playwright could not fetch or start its own: " + reason(e) + ". " + FIX, e);
        }
        playwright = own;
    }

    /**
     * The Chromium to drive: the one {@code RSP_TEST_CHROMIUM} (or, as before, {@code CHROMIUM})
     * names, which must then be there; else Debian's if installed; else none (Playwright's own).
     */
    static Optional<Path> chromium() {
        String named = Optional.ofNullable(System.getenv("RSP_TEST_CHROMIUM")).orElse(System.getenv("CHROMIUM"));
        if (named != null && !named.isBlank()) {
            Path path = Path.of(named);
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException("RSP_TEST_CHROMIUM names " + path + ", which is not an executable "
                        + "Chromium. " + FIX);
            }
            return Optional.of(path);
        }
        return Files.isExecutable(DEBIAN_CHROMIUM) ? Optional.of(DEBIAN_CHROMIUM) : Optional.empty();
    }

    /** "Failed to create driver: Failed to install browsers, exit code: 1": each cause's first line. */
    private static String reason(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 500; t = t.getCause()) {
            out.append(out.isEmpty() ? "" : ": ").append(firstLine(t.getMessage()));
        }
        return out.toString();
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** The window size of a new page: a common laptop screen. */
    public static final int WIDTH = 1366;
    public static final int HEIGHT = 900;

    /** A fresh page (own cookies and storage) at {@value #WIDTH}×{@value #HEIGHT}. */
    public Page newPage() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(WIDTH, HEIGHT)).newPage();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
