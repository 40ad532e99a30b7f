package org.rspnavigator.procurement.rfp;

import java.util.Objects;

/** A kind of system being bought (a catalog system type id), how many, and the planner's notes. */
public record ProcuredSystem(String systemType, int quantity, String notes) {

    public ProcuredSystem {
        Objects.requireNonNull(systemType, "systemType");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
        notes = notes == null ? "" : notes;
    }
}
