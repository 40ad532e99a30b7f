package org.rspnavigator.webapp.rfp.view;

import java.io.Serializable;

import org.rspnavigator.procurement.rfp.RfpDraft;

/**
 * What the panels of one open RFP project share: which project and saved revision it is, the
 * draft as edited on screen, and whether that differs from the saved revision. The panels change
 * the draft and raise {@link DraftChanged}; the view marks the state dirty and clean.
 */
public final class DraftState implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long projectId;
    private int revision;
    private RfpDraft draft;
    private boolean dirty;

    /** A saved project, opened at its current revision, nothing changed yet. */
    public void open(long project, int savedRevision, RfpDraft saved) {
        projectId = project;
        revision = savedRevision;
        draft = saved;
        dirty = false;
    }

    /** No project yet: the scope of a new one is being filled in. */
    public void clear() {
        projectId = null;
        revision = 0;
        draft = null;
        dirty = false;
    }

    /** Whether a saved project is open (rather than a new one being scoped). */
    public boolean isOpen() {
        return projectId != null;
    }

    public long projectId() {
        if (projectId == null) {
            throw new IllegalStateException("No RFP project is open.");
        }
        return projectId;
    }

    /** The revision the project was opened or last saved at. */
    public int revision() {
        return revision;
    }

    /** The draft as edited on screen; null while a new project is being scoped. */
    public RfpDraft draft() {
        return draft;
    }

    public void setDraft(RfpDraft edited) {
        draft = edited;
    }

    /** Whether the draft on screen has changes that are not saved. */
    public boolean dirty() {
        return dirty;
    }

    public void setDirty(boolean changed) {
        dirty = changed;
    }
}
