package org.rspnavigator.webapp.rfp.view;

import com.vaadin.flow.component.ComponentEvent;

/** An earlier revision was put in the editor (the {@link DraftState}'s draft); saving makes it the newest. */
public final class RevisionOpened extends ComponentEvent<HistoryPanel> {

    private static final long serialVersionUID = 1L;

    private final int revision;

    RevisionOpened(HistoryPanel source, int revision) {
        super(source, false);
        this.revision = revision;
    }

    public int revision() {
        return revision;
    }
}
