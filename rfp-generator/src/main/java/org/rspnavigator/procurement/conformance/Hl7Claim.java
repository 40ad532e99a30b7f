package org.rspnavigator.procurement.conformance;

import java.util.Objects;

/**
 * One row of a product's HL7 v2 part: a message type with trigger event, the HL7 version it is
 * exchanged in, and whether the product sends or receives it.
 *
 * @param message   "ORU^R01"
 * @param version   "2.5.1"
 * @param direction send or receive
 */
public record Hl7Claim(String message, String version, Hl7Direction direction) {

    public Hl7Claim {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(direction, "direction");
    }
}
