package org.rspnavigator.procurement.rfp;

/** Why a requirement is in the list. */
public enum RequirementOrigin {
    /** Proposed from a use-case row and the portfolio ratings (clause 5.1). */
    PORTFOLIO,
    /** Added because an actor already required must be grouped with this one. */
    GROUPING,
    /** Added because a legacy standard in scope is superseded by it. */
    SUCCESSOR,
    /** Written or added by the planner. */
    PLANNER
}
