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
    /**
     * Brought in by a clinical service in scope that opts in to IHE profiles ISO 21860 does not rate
     * (AI results and AI workflow).
     */
    OPTED_IN("Opted in with a clinical service"),
    /** Written or added by the planner. */
    PLANNER("Added by the planner");

    private final String label;

    RequirementOrigin(String label) {
        this.label = label;
    }

    /**
     * Whether the requirement carries out the portfolio's usage rule (clause 5.1): proposed from a
     * use-case row, as a grouping an actor so proposed needs, or as the successor of a legacy
     * standard in scope. Lowering or withdrawing such a SHALL is an exception the buyer must
     * explain ({@link ExceptionToPortfolio}); opted-in profiles the portfolio does not rate, and
     * the planner's own requirements, are not.
     */
    public boolean followsThePortfolio() {
        return this == PORTFOLIO || this == GROUPING || this == SUCCESSOR;
    }

    /** "Required grouping". */
    @Override
    public String label() {
        return label;
    }
}
