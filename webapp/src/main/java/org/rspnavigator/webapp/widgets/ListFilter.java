package org.rspnavigator.webapp.widgets;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The text filter above a long list, with the count of what it shows. The list narrows as the
 * person types: a row is shown when every word typed appears, in any case, in one of its texts,
 * so "pacs 2027" finds the 2027 project that buys a PACS. The field's clear button shows the
 * whole list again.
 */
public final class ListFilter extends Div {

    private static final long serialVersionUID = 1L;

    private final TextField text;
    private final Span count = new Span();

    /**
     * @param id    the field's id; the count's is {@code id + "-count"}
     * @param label what the field filters by, as its label says ("Filter by name, system or person")
     */
    public ListFilter(String id, String label) {
        text = new TextField(label);
        text.setId(id);
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setMaxLength(ListAddress.MAX_FILTER);
        text.addClassName("rsp-list-filter-text");
        count.setId(id + "-count");
        count.addClassName("rsp-count");
        count.getElement().setAttribute("role", "status");
        addClassName("rsp-list-filter");
        add(text, count);
    }

    /** The filter as typed, without surrounding spaces. */
    public String getValue() {
        return text.getValue().strip();
    }

    /** Shows {@code value} in the field (as the address gives it); listeners are told as of any change. */
    public void setValue(String value) {
        text.setValue(value == null ? "" : value);
    }

    /** Called with the filter each time the person changes it (typing, or the clear button). */
    public void addFilterListener(Consumer<String> listener) {
        text.addValueChangeListener(e -> listener.accept(getValue()));
    }

    /** "Showing 12 of 340 projects" while filtered; "340 projects" otherwise. */
    public void showCount(long shown, long total, String one, String many) {
        String noun = total == 1 ? one : many;
        count.setText(getValue().isEmpty() && shown == total ? total + " " + noun
                : "Showing " + shown + " of " + total + " " + noun);
    }

    /** The words of a filter, in lower case; none for a blank filter. */
    public static List<String> words(String filter) {
        String stripped = filter == null ? "" : filter.strip();
        return stripped.isEmpty() ? List.of()
                : Arrays.stream(stripped.toLowerCase(Locale.ROOT).split("\\s+")).toList();
    }

    /** Whether every word appears in one of {@code texts}, in any case; true when there are no words. */
    public static boolean matches(List<String> words, String... texts) {
        if (words.isEmpty()) {
            return true;
        }
        List<String> lower = Arrays.stream(texts).map(t -> t == null ? "" : t.toLowerCase(Locale.ROOT)).toList();
        return words.stream().allMatch(w -> lower.stream().anyMatch(t -> t.contains(w)));
    }
}
