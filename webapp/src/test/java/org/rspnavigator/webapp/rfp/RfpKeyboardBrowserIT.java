package org.rspnavigator.webapp.rfp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.webapp.testing.BrowserTest;
import org.rspnavigator.webapp.testing.Keyboard;
import org.rspnavigator.webapp.testing.TestAccounts;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A planner who uses only the keyboard builds an RFP in Chromium: the scope form, the section tabs,
 * a requirement's Edit dialog (arrow keys in the level group, Apply, Escape), Save, and the question
 * asked on leaving with unsaved edits. Focus moves with Tab until it reaches each control, never a
 * counted number of presses, and lands where the planner can go on after every dialog.
 */
class RfpKeyboardBrowserIT extends BrowserTest {

    private Keyboard keys;

    private Locator editButton(String number) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit " + number).setExact(true));
    }

    /** The level badge of requirement {@code number}: the first data cell of its row. */
    private Locator level(String number) {
        return page.locator("tr[data-number='" + number + "'] td").first();
    }

    private Locator radio(RequirementLevel level) {
        return page.locator("#edit-level").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName(level.label()).setExact(true));
    }

    /** Moves through the level radio group with the down arrow until {@code level} is chosen. */
    private void chooseLevel(RequirementLevel level) {
        for (int i = 0; i <= RequirementLevel.values().length && !radio(level).isChecked(); i++) {
            keys.press("ArrowDown");
        }
        assertThat(radio(level)).isChecked();
        org.assertj.core.api.Assertions.assertThat(keys.hasFocus(page.locator("#edit-level")))
                .as("focus stays in the level group; it is on %s", keys.focused()).isTrue();
    }

    /**
     * Opens the focused Edit button's dialog, chooses {@code level} with the arrow keys, types
     * {@code reason} unless it is empty, and presses Apply.
     */
    private void changeLevel(String number, RequirementLevel to, String reason) {
        Locator dialog = page.locator("#edit-requirement");
        keys.press("Enter");
        keys.waitForFocusWithin(dialog, "the Edit dialog of " + number);
        keys.tabWithin(dialog, page.locator("#edit-level"), "the level radio group");
        chooseLevel(to);
        if (!reason.isEmpty()) {
            keys.tabWithin(dialog, page.locator("#edit-reason"), "the reason for the change");
            keys.type(reason);
        }
        keys.tabWithin(dialog, page.locator("#apply-requirement"), "the Apply button");
        keys.press("Enter");
        assertThat(page.locator("#edit-level")).hasCount(0);
        assertThat(level(number)).hasText(to.label());
        assertThat(editButton(number)).isFocused();
    }

    @Test
    void aPlannerEditsAnRfpWithTheKeyboardAlone() {
        keys = new Keyboard(page);
        signIn(page, TestAccounts.PLANNER, TestAccounts.PASSWORD);
        open("rfp/new");
        page.waitForSelector("#propose");

        // The scope: a name, a use case with Space, a system chosen in the combo box with Enter.
        String name = "Keyboard PACS " + System.nanoTime() % 100_000;
        keys.tabTo(page.locator("#project-name"), "the project name");
        keys.type(name);
        Locator useCase = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Device to department integration")));
        keys.tabTo(useCase, "the use case Device to department integration");
        keys.press("Space");
        assertThat(useCase).isChecked();
        keys.tabTo(page.locator("#add-system"), "the box to add a system");
        keys.type("PACS");
        assertThat(page.locator("vaadin-combo-box-item[focused]")).hasText("PACS");
        keys.press("Enter");
        assertThat(page.locator("[data-system='pacs']")).containsText("PACS");
        keys.tabTo(page.locator("#propose"), "Propose requirements");
        keys.press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/rfp/\\d+\\?tab=requirements$"));
        assertThat(page.getByText("Requirements proposed and saved as revision 1.")).isVisible();
        String address = page.url();

        // The section tabs: Tab reaches the selected one, the arrow keys move between them.
        Locator requirementsTab = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Requirements"));
        Locator scopeTab = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Project and scope"));
        keys.tabTo(requirementsTab, "the Requirements tab");
        assertThat(requirementsTab).hasAttribute("aria-selected", "true");
        keys.press("ArrowLeft");
        assertThat(scopeTab).isFocused();
        assertThat(scopeTab).hasAttribute("aria-selected", "true");
        assertThat(page.locator("#project-name input")).hasValue(name);
        keys.press("ArrowRight");
        assertThat(requirementsTab).isFocused();
        assertThat(requirementsTab).hasAttribute("aria-selected", "true");
        assertThat(page.locator("#requirements-summary")).isVisible();
        assertThat(level("PACS-16")).hasText("SHALL");

        // PACS-16 becomes a SHOULD, with the reason a SHALL from the portfolio needs; Apply returns focus to its
        // Edit button.
        keys.tabTo(editButton("PACS-16"), "the Edit button of PACS-16");
        changeLevel("PACS-16", RequirementLevel.SHOULD, "Two sites keep their archive.");
        assertThat(page.locator("tr[data-number='PACS-16']")).containsText("The proposed PACS SHOULD implement");
        assertThat(page.locator("#save-state")).hasText("Unsaved changes");

        // A requirement of the planner's own, added with the keyboard: focus lands on its Edit button, not at the
        // top of the page, since the button that opened the dialog is drawn anew with the section.
        Locator addDialog = page.locator("#add-requirement");
        keys.tabTo(page.locator("#add-requirement-pacs"), "Add a requirement for PACS");
        keys.press("Enter");
        keys.waitForFocusWithin(addDialog, "the Add a requirement dialog");
        keys.tabWithin(addDialog, page.locator("#add-standard"), "the standard");
        keys.type("XDS-I.b");
        Locator.FilterOptions xdsI = new Locator.FilterOptions().setHasText("IHE XDS-I.b");
        assertThat(page.locator("vaadin-combo-box-item").filter(xdsI)).isVisible();
        keys.press("ArrowDown");
        assertThat(page.locator("vaadin-combo-box-item[focused]").filter(xdsI)).hasCount(1);
        keys.press("Enter");
        keys.tabWithin(addDialog, page.locator("#add-requirement-confirm"), "the Add button");
        keys.press("Enter");
        assertThat(page.locator("#add-requirement-confirm")).hasCount(0);
        Locator added = page.locator("tr[data-number]").filter(new Locator.FilterOptions().setHasText("XDS-I.b"));
        assertThat(added).hasCount(1);
        assertThat(editButton(added.getAttribute("data-number"))).isFocused();
        keys.tabTo(editButton("PACS-16"), "the Edit button of PACS-16");

        // Escape closes the dialog and leaves the level as it was.
        keys.press("Enter");
        keys.waitForFocusWithin(page.locator("#edit-requirement"), "the Edit dialog of PACS-16");
        keys.tabWithin(page.locator("#edit-requirement"), page.locator("#edit-level"), "the level radio group");
        chooseLevel(RequirementLevel.MAY);
        keys.press("Escape");
        assertThat(page.locator("#edit-level")).hasCount(0);
        assertThat(level("PACS-16")).hasText("SHOULD");
        assertThat(editButton("PACS-16")).isFocused();

        // Save, back up the page with Shift+Tab; focus stays on Save.
        keys.shiftTabTo(page.locator("#save-project"), "the Save button");
        keys.press("Enter");
        assertThat(page.getByText("Saved as revision 2.")).isVisible();
        assertThat(page.locator("#project-meta")).containsText("Revision 2");
        assertThat(page.locator("#save-state")).hasText("All changes saved (revision 2)");
        assertThat(page.locator("#save-project")).isFocused();
        assertThat(requirementsTab).hasAttribute("aria-selected", "true");
        assertThat(level("PACS-16")).hasText("SHOULD");

        // An unsaved edit, then "← RFP projects": the question has focus on Stay, and Enter stays.
        keys.tabTo(editButton("PACS-16"), "the Edit button of PACS-16");
        changeLevel("PACS-16", RequirementLevel.MAY, "");
        assertThat(page.locator("#save-state")).hasText("Unsaved changes");
        Locator back = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← RFP projects"));
        Locator stay = page.locator("#leave-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Stay").setExact(true));
        keys.shiftTabTo(back, "the link back to the RFP projects");
        keys.press("Enter");
        assertThat(page.getByText("Leave without saving?")).isVisible();
        assertThat(stay).isFocused();
        screenshot("rfp-keyboard-leave");
        keys.press("Enter");
        assertThat(page.locator("#leave-dialog")).hasCount(0);
        assertThat(page).hasURL(address);
        assertThat(page.locator("#save-state")).hasText("Unsaved changes");
        assertThat(level("PACS-16")).hasText("MAY");

        // Having stayed, the link asks again (it used to do nothing), and Escape stays too.
        keys.tabTo(back, "the link back to the RFP projects");
        keys.press("Enter");
        assertThat(stay).isFocused();
        keys.press("Escape");
        assertThat(page.locator("#leave-dialog")).hasCount(0);
        assertThat(page).hasURL(address);
        assertThat(level("PACS-16")).hasText("MAY");
    }
}
