package org.rspnavigator.webapp.products.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/** A panel has something to tell the vendor in the view's status line: what was read, or why not. */
public final class StatusChanged extends ComponentEvent<Component> {

    private static final long serialVersionUID = 1L;

    private final String text;

    StatusChanged(Component source, String text) {
        super(source, false);
        this.text = text;
    }

    public String text() {
        return text;
    }
}
