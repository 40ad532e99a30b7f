package org.rspnavigator.webapp.widgets;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Tells that someone else saved the item first and offers to reload it. Nothing of the user's is
 * overwritten: their edits stay on the page until they choose to reload.
 */
public final class StaleEditDialog extends ConfirmDialog {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, as the service's {@code StaleEditException} says it
     * @param reload  shows the saved version in place of the user's edits
     */
    public StaleEditDialog(String message, Runnable reload) {
        setHeader("Changed by someone else");
        setText(message + " Your edits stay on the page until you reload, so you can copy them first.");
        setConfirmText("Reload");
        setCancelable(true);
        setCancelText("Keep my edits on screen");
        addConfirmListener(e -> reload.run());
        setId("stale-dialog");
    }
}
