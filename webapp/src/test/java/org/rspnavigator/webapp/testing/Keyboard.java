package org.rspnavigator.webapp.testing;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * A person who uses only the keyboard. Focus moves with Tab or Shift+Tab until it reaches what they
 * want, however many stops lie on the way, so that a test does not break when a form gains a field;
 * a target that focus never reaches fails the test with the stops focus made instead. Focus "on" a
 * target means on it or on anything inside it, such as the input of a Vaadin text field.
 */
public final class Keyboard {

    /** More stops than any view of the application has: reaching it means focus went round in circles. */
    private static final int MAX_PRESSES = 300;

    /** The element that has focus, followed into shadow roots. */
    private static final String FOCUSED = """
            (() => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
              return e;
            })()""";

    /** Whether focus is on the element {@code t} or inside it, across shadow roots. */
    private static final String HAS_FOCUS = "t => { let e = " + FOCUSED + ";"
            + " while (e) { if (e === t) return true; e = e.parentNode instanceof ShadowRoot ? e.parentNode.host"
            + " : e.parentNode; } return false; }";

    /** 'vaadin-button#apply-requirement "Apply"', 'input "SHOULD" in vaadin-radio-group#edit-level', '<body>'. */
    private static final String DESCRIBE = """
            () => {
              const e = %s;
              if (!e || e === document.body || e === document.documentElement) return '<body>';
              const up = x => x.parentNode instanceof ShadowRoot ? x.parentNode.host : x.parentElement;
              const generated = id => /^(input|search-input|label|vaadin)-/.test(id) || id === 'link';
              const name = x => x.localName + (x.id && !generated(x.id) ? '#' + x.id : '');
              let text = e.getAttribute('aria-label') || (e.labels && e.labels.length ? e.labels[0].textContent : '')
                  || e.textContent || (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host.textContent : '');
              text = (text || '').trim().replace(/\\s+/g, ' ').slice(0, 50);
              let owner = up(e);
              while (owner && !(owner.id && !generated(owner.id))) owner = up(owner);
              return name(e) + (text ? ' "' + text + '"' : '') + (owner && owner !== document.body ? ' in ' + name(owner) : '');
            }""".formatted(FOCUSED);

    private final Page page;

    public Keyboard(Page page) {
        this.page = page;
    }

    /** Presses {@code key}, e.g. "Enter", "Space", "ArrowDown", "Escape". */
    public void press(String key) {
        page.keyboard().press(key);
    }

    /** Types {@code text} into whatever has focus, key by key. */
    public void type(String text) {
        page.keyboard().type(text);
    }

    /** What has focus, described for a failure message. */
    public String focused() {
        return (String) page.evaluate(DESCRIBE);
    }

    /** The text of what has focus, e.g. the option of an open select. */
    public String focusedText() {
        return String.valueOf(page.evaluate("() => ((" + FOCUSED + ")?.textContent || '').trim()"));
    }

    /** Whether focus is on {@code target} or inside it. */
    public boolean hasFocus(Locator target) {
        return Boolean.TRUE.equals(target.evaluate(HAS_FOCUS));
    }

    /** Presses Tab until focus is on {@code target}. */
    public void tabTo(Locator target, String what) {
        move("Tab", target, null, what);
    }

    /** Presses Shift+Tab until focus is on {@code target}. */
    public void shiftTabTo(Locator target, String what) {
        move("Shift+Tab", target, null, what);
    }

    /** Presses Tab until focus is on {@code target}, failing if focus leaves {@code dialog} on the way. */
    public void tabWithin(Locator dialog, Locator target, String what) {
        move("Tab", target, dialog, what);
    }

    /** Waits until focus is inside {@code container}, as it should be once a dialog opens. */
    public void waitForFocusWithin(Locator container, String what) {
        container.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        try {
            page.waitForFunction(HAS_FOCUS, container.elementHandle());
        } catch (PlaywrightException e) {
            throw new AssertionError("Focus never moved into " + what + "; it is on " + focused(), e);
        }
    }

    private void move(String key, Locator target, Locator container, String what) {
        target.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < MAX_PRESSES; i++) {
            if (hasFocus(target)) {
                return;
            }
            page.keyboard().press(key);
            stops.add(focused());
            if (container != null && !hasFocus(container)) {
                throw new AssertionError("Focus left the dialog on the way to " + what + ": " + key + " moved it to "
                        + stops.getLast() + "; the stops: " + stops);
            }
        }
        throw new AssertionError(key + " never reached " + what + " in " + MAX_PRESSES + " presses; the last stops: "
                + stops.subList(Math.max(0, stops.size() - 25), stops.size()));
    }
}
