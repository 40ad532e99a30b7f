package org.rspnavigator.webapp.widgets;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;

/**
 * Where keyboard focus goes when an action draws its section anew and the control that was used is
 * gone with it, so that focus does not fall back to the top of the page.
 */
public final class Focus {

    private Focus() {
    }

    /**
     * Puts focus on {@code target}, a heading or sentence that is not a tab stop and does not become
     * one ({@code tabindex="-1"}): a screen reader reads it, and Tab goes on from there.
     */
    public static void onText(Component target) {
        target.getElement().setAttribute("tabindex", "-1");
        target.getElement().callJsFunction("focus");
    }

    /**
     * After the item at {@code removedAt} was removed and its list drawn anew with {@code buttons}
     * (each item's remove button, in order): focus goes to the button of the item that took its
     * place, else to the last one, else, the list being empty, to {@code whenEmpty}.
     */
    public static void afterRemoval(List<? extends Focusable<?>> buttons, int removedAt, Focusable<?> whenEmpty) {
        if (buttons.isEmpty()) {
            whenEmpty.focus();
        } else {
            buttons.get(Math.max(0, Math.min(removedAt, buttons.size() - 1))).focus();
        }
    }
}
