package org.rspnavigator.procurement.evaluation;

import org.rspnavigator.model.Term;

/** Where a bidder's answer and the evidence of its Integration Statements disagree. */
public enum EvidenceFlag implements Term {
    /** The bidder answers Comply; its statements do not claim (all of) what the requirement asks. */
    CONTRADICTED("Comply not supported by the statements"),
    /** The bidder answers No, Partial or Roadmap; its statements claim what the requirement asks. */
    UNDERSTATED("Statements claim more than the answer");

    private final String label;

    EvidenceFlag(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
