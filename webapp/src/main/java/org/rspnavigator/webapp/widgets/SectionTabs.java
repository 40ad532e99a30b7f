package org.rspnavigator.webapp.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;

/**
 * Tabs that show one section of a page at a time, built from native buttons so that the ARIA tab
 * pattern holds exactly: a {@code tablist} whose children are the {@code tab} buttons, each
 * pointing at its {@code tabpanel}. The arrow keys, Home and End move between tabs, as screen
 * reader users expect; Tab moves on into the selected panel.
 */
public final class SectionTabs extends Div {

    private record Section(NativeButton tab, Div panel) {
    }

    private final Div list = new Div();
    private final List<Section> sections = new ArrayList<>();
    public Consumer<Integer> onSelect = index -> { };
    private int selected = -1;

    public SectionTabs(String id, String label) {
        setId(id);
        addClassName("rsp-section-tabs");
        list.addClassName("rsp-tablist");
        list.getElement().setAttribute("role", "tablist");
        list.getElement().setAttribute("aria-label", label);
        add(list);
        list.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  const tabs = [...this.querySelectorAll('[role=tab]')];
                  const at = tabs.indexOf(document.activeElement);
                  if (at < 0) return;
                  const to = {ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1}[e.key];
                  if (to === undefined) return;
                  e.preventDefault();
                  const next = tabs[(to + tabs.length) % tabs.length];
                  next.focus();
                  next.click();
                });""");
    }

    /** Adds a section; the first one added is selected. Returns its index. */
    public int add(String title, Component content) {
        int index = sections.size();
        String base = getId().orElseThrow() + "-" + index;
        NativeButton tab = new NativeButton(title, e -> select(index));
        tab.setId(base + "-tab");
        tab.addClassName("rsp-tab");
        tab.getElement().setAttribute("role", "tab");
        tab.getElement().setAttribute("aria-controls", base + "-panel");
        Div panel = new Div(content);
        panel.setId(base + "-panel");
        panel.addClassName("rsp-tabpanel");
        panel.getElement().setAttribute("role", "tabpanel");
        panel.getElement().setAttribute("aria-labelledby", base + "-tab");
        list.add(tab);
        add(panel);
        sections.add(new Section(tab, panel));
        if (selected < 0) {
            select(0);
        } else {
            mark(index, false);
        }
        return index;
    }

    /** The index of the selected section. */
    public int selected() {
        return selected;
    }

    public void onSelect(Consumer<Integer> listener) {
        onSelect = listener;
    }

    public void select(int index) {
        if (index == selected) {
            return;
        }
        for (int i = 0; i < sections.size(); i++) {
            mark(i, i == index);
        }
        selected = index;
        onSelect.accept(index);
    }

    private void mark(int index, boolean chosen) {
        Section section = sections.get(index);
        section.tab().getElement().setAttribute("aria-selected", String.valueOf(chosen));
        section.tab().getElement().setAttribute("tabindex", chosen ? "0" : "-1");
        section.panel().setVisible(chosen);
    }
}
