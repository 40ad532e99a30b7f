package org.rspnavigator.procurement.rfp;

import org.rspnavigator.model.Term;

/** Why the proposer left out something a chosen use case names for a system bought. */
public enum LeftOutReason implements Term {
    /** It belongs only to clinical services the project does not have in scope. */
    OUT_OF_SCOPE("Not in the clinical services in scope"),
    /** A content object this kind of system does not create (a CT scanner and the X-Ray RDSR). */
    NOT_CREATED("Not created by this kind of system"),
    /** An IHE profile none of whose actors this kind of system plays. */
    NO_ACTOR("No actor of the profile for this system");

    private final String label;

    LeftOutReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
