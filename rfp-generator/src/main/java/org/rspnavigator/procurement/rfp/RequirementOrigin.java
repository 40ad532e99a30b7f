package org.rspnavigator.procurement.rfp;

import org.rspnavigator.model.Term;

/** Why a requirement is in the list. */
public enum RequirementOrigin implements Term {
    /** Proposed from a use-case row and the portfolio ratings (clause 5.1). */
    PORTFOLIO("From the portfolio"),
    /** Added because an actor already required must be grouped with this one. */
    GROUPING("Required grouping"),
    /** Added because a legacy standard in scope is superseded by it. */
    SUCCESSOR("Successor of a legacy standard"),
    /** Written or added by the planner. */
    PLANNER("Added by the planner");

    private final String label;

    RequirementOrigin(String label) {
        this.label = label;
    }

    /** "Required grouping". */
    @Override
    public String label() {
        return label;
    }
}
