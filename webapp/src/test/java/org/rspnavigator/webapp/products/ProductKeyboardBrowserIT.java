package org.rspnavigator.webapp.products;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rspnavigator.webapp.testing.BrowserTest;
import org.rspnavigator.webapp.testing.Keyboard;
import org.rspnavigator.webapp.testing.TestAccounts;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A vendor who uses only the keyboard claims a profile actor with an option in Chromium, creates
 * the product, and is asked before leaving unsaved changes, with Stay the answer Enter gives. Focus
 * moves with Tab until it reaches each control, never a counted number of presses.
 */
class ProductKeyboardBrowserIT extends BrowserTest {

    /** More options than any select of the claim dialog has. */
    private static final int MAX_OPTIONS = 30;

    private Keyboard keys;

    /** Opens the focused select with Enter and moves down its list until {@code item} has focus, then takes it. */
    private void chooseInSelect(String item) {
        keys.press("Enter");
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true)))
                .isVisible();
        for (int i = 0; i < MAX_OPTIONS && !keys.focusedText().equals(item); i++) {
            keys.press("ArrowDown");
        }
        org.assertj.core.api.Assertions.assertThat(keys.focusedText()).as("the focused option of the select")
                .isEqualTo(item);
        keys.press("Enter");
    }

    @Test
    void aVendorClaimsAnActorAndSavesWithTheKeyboardAlone() {
        keys = new Keyboard(page);
        signIn(page, TestAccounts.VENDOR, TestAccounts.PASSWORD);
        open("products/new");
        page.waitForSelector("#save-product");

        String name = "Keyboard PACS " + System.nanoTime() % 100_000;
        keys.tabTo(page.locator("#product-name"), "the product name");
        keys.type(name);
        keys.tabTo(page.locator("#product-version"), "the product version");
        keys.type("1.0");

        // The claim dialog: the profile typed into its combo box, the actor from the select, an option with Space.
        keys.tabTo(page.locator("#add-claim"), "Claim a profile actor");
        keys.press("Enter");
        Locator dialog = page.locator("#claim-dialog");
        keys.waitForFocusWithin(dialog, "the claim dialog");
        keys.tabWithin(dialog, page.locator("#claim-profile"), "the profile box");
        keys.type("CT — Consistent Time");
        assertThat(page.locator("vaadin-combo-box-item[focused]")).hasText("CT — Consistent Time");
        keys.press("Enter");
        assertThat(page.locator("#claim-profile input")).hasValue("CT — Consistent Time");
        keys.tabWithin(dialog, page.locator("#claim-actor"), "the actor select");
        chooseInSelect("Time Client");
        assertThat(page.locator("#claim-actor")).containsText("Time Client");
        Locator sntp = page.locator("#claim-options").getByRole(AriaRole.CHECKBOX,
                new Locator.GetByRoleOptions().setName("SNTP").setExact(true));
        keys.tabWithin(dialog, sntp, "the option SNTP");
        keys.press("Space");
        assertThat(sntp).isChecked();
        keys.tabWithin(dialog, page.locator("#claim-confirm"), "the Claim button");
        keys.press("Enter");

        // The row is there, and focus is back on the button that opened the dialog.
        assertThat(page.locator("#claim-dialog")).hasCount(0);
        assertThat(page.locator("[data-claim='ct/Time Client']")).containsText("SNTP");
        assertThat(page.locator("#add-claim")).isFocused();

        keys.tabTo(page.locator("#save-product"), "Create product");
        keys.press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/products/\\d+$"));
        assertThat(page.getByText("Saved.", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.locator("h1")).hasText(name + " 1.0");
        assertThat(page.locator("[data-claim='ct/Time Client']")).containsText("SNTP");
        assertThat(page.locator("#save-product")).isFocused();
        String address = page.url();

        // An unsaved change, then "← Products": the question has focus on Stay, and Enter stays.
        keys.shiftTabTo(page.locator("#product-version"), "the product version");
        keys.press("End");
        keys.type(".1");
        Locator back = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Products"));
        keys.shiftTabTo(back, "the link back to the products");
        Locator stay = page.locator("#product-leave-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Stay").setExact(true));
        keys.press("Enter");
        assertThat(page.getByText("Leave without saving?")).isVisible();
        assertThat(stay).isFocused();
        screenshot("product-keyboard-leave");
        keys.press("Enter");
        assertThat(page.locator("#product-leave-dialog")).hasCount(0);
        assertThat(page).hasURL(address);
        assertThat(page.locator("#product-version input")).hasValue("1.0.1");

        // Having stayed, the link asks again (it used to do nothing), and Escape stays too.
        keys.tabTo(back, "the link back to the products");
        keys.press("Enter");
        assertThat(stay).isFocused();
        keys.press("Escape");
        assertThat(page.locator("#product-leave-dialog")).hasCount(0);
        assertThat(page).hasURL(address);
        assertThat(page.locator("#product-version input")).hasValue("1.0.1");
    }
}
