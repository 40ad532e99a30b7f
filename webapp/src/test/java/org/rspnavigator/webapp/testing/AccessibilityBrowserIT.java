package org.rspnavigator.webapp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The accessibility check itself: the other browser tests pass when it finds nothing, so it must
 * be seen to find what is there.
 */
class AccessibilityBrowserIT extends BrowserTest {

    @Test
    void aPageWithAnUnnamedButtonAndAnImageWithoutTextFails() {
        page.setContent("<!doctype html><html lang='en'><head><title>Check</title></head><body><main>"
                + "<h1>Check</h1><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"
                + "<button></button></main></body></html>");

        assertThat(Accessibility.seriousViolations(page))
                .extracting(Accessibility.Violation::id)
                .contains("image-alt", "button-name");
    }
}
