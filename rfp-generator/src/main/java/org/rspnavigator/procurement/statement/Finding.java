package org.rspnavigator.procurement.statement;

import java.util.Objects;
import java.util.Optional;

import org.rspnavigator.procurement.conformance.ConformanceClaims;

/**
 * One problem with an Integration Statement.
 *
 * @param profile  the id of the profile it concerns, as the statement gives it; "" for the statement as a whole
 * @param actor    the actor it concerns, as the statement gives it; "" for a whole profile or statement
 * @param message  what is wrong and how to fix it, in a sentence or two
 * @param proposal the claim that would fix it, if one does (the actor of a missing grouping)
 * @param declaration the DICOM rows that would fix it, if declaring them does (the worklist query an
 *                 Acquisition Modality's claim implies); {@link ConformanceClaims#NONE} otherwise
 */
public record Finding(Severity severity, String profile, String actor, String message, Optional<ActorRef> proposal,
        ConformanceClaims declaration) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(proposal, "proposal");
        declaration = declaration == null ? ConformanceClaims.NONE : declaration;
    }

    /** A finding that no declaration fixes. */
    public Finding(Severity severity, String profile, String actor, String message, Optional<ActorRef> proposal) {
        this(severity, profile, actor, message, proposal, ConformanceClaims.NONE);
    }
}
