package org.rspnavigator.webapp.rfp.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/** A panel changed the draft, or the planner changed the scope on screen: there is something to save. */
public final class DraftChanged extends ComponentEvent<Component> {

    private static final long serialVersionUID = 1L;

    public DraftChanged(Component source) {
        super(source, false);
    }
}
