package org.rspnavigator.procurement.statement;

import org.rspnavigator.model.Term;

/** How well an Integration Statement meets one requirement. */
public enum Fit implements Term {
    /** The statement claims what the requirement asks for. */
    MET("Met"),
    /**
     * The statement does not claim what the requirement asks for, but claims every subject of an
     * alternative the buyer accepts as a transition (IHE SWF and PIR for SWF.b in the US), on the
     * condition the requirement states. Counted as met in a {@link Coverage}.
     */
    MET_WITH_TRANSITION("Met with transition"),
    /** The statement claims the actor, but not every option the requirement asks for. */
    PARTLY_MET("Partly met"),
    /** The statement does not claim what the requirement asks for. */
    NOT_MET("Not met"),
    /** The statement cannot say: the requirement is on a standard that only a conformance statement covers. */
    NOT_ASSESSED("Not assessed"),
    /**
     * The requirement is on a kind of system the statement's product is not (a RIS requirement held
     * against a CT scanner's statement): left out of its {@link Coverage}.
     */
    NOT_APPLICABLE("Not applicable"),
    /**
     * The requirement is on a system the bidder does not bid for (a bidder offering only a PACS, on
     * a requirement of the image displays): not held against its statements, and left out of its
     * {@link Coverage}.
     */
    NOT_BID("Not bid");

    private final String label;

    Fit(String label) {
        this.label = label;
    }

    /** "Partly met": as documents print it. */
    @Override
    public String label() {
        return label;
    }
}
