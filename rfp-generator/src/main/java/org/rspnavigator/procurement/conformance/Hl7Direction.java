package org.rspnavigator.procurement.conformance;

import org.rspnavigator.model.Term;

/** Whether a product sends or receives an HL7 v2 message. */
public enum Hl7Direction implements Term {
    SEND("sends"),
    RECEIVE("receives");

    private final String label;

    Hl7Direction(String label) {
        this.label = label;
    }

    /** "sends": as sentences use it. */
    @Override
    public String label() {
        return label;
    }
}
