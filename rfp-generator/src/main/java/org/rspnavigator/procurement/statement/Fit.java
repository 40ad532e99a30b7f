package org.rspnavigator.procurement.statement;

/** How well an Integration Statement meets one requirement. */
public enum Fit {
    /** The statement claims what the requirement asks for. */
    MET("Met"),
    /** The statement claims the actor, but not every option the requirement asks for. */
    PARTLY_MET("Partly met"),
    /** The statement does not claim what the requirement asks for. */
    NOT_MET("Not met"),
    /** The statement cannot say: the requirement is on a standard that only a conformance statement covers. */
    NOT_ASSESSED("Not assessed");

    private final String label;

    Fit(String label) {
        this.label = label;
    }

    /** "Partly met": as documents print it. */
    public String label() {
        return label;
    }
}
