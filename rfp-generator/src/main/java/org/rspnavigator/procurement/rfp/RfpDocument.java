package org.rspnavigator.procurement.rfp;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the RFP documents are made from: the spec, the requirements as the planner left
 * them, local mandates and custom clauses, the project's version and the issue date.
 */
public record RfpDocument(RfpSpec spec, List<Requirement> requirements, List<LocalMandate> mandates,
        List<CustomClause> clauses, int version, LocalDate issued) {

    public RfpDocument {
        Objects.requireNonNull(spec, "spec");
        requirements = List.copyOf(requirements);
        mandates = List.copyOf(mandates);
        clauses = List.copyOf(clauses);
        Objects.requireNonNull(issued, "issued");
    }
}
