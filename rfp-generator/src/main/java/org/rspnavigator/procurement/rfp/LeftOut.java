package org.rspnavigator.procurement.rfp;

import java.util.List;
import java.util.Objects;

/**
 * Something a chosen use case names for a system bought that the proposer did not ask for, and
 * why, so that the planner can add it back.
 *
 * @param system     the system type it concerns
 * @param subject    what it would have asked for: a standard, or a profile actor with its options.
 *                   For {@link LeftOutReason#NO_ACTOR} it is the profile's portfolio standard, since
 *                   the system plays no actor a requirement could name
 * @param optionOnly whether only an option was left out: {@code subject} is then the actor with that
 *                   one option, and the actor itself may well be asked for
 * @param level      the level it would have had
 * @param category   the portfolio category slug it would have been listed under
 * @param services   for {@link LeftOutReason#OUT_OF_SCOPE}, the ids of the clinical services it
 *                   belongs to (any one of them in scope brings it back)
 * @param reason     the explanation, as the planner reads it ("IHE MAMMO belongs to breast imaging,
 *                   which is not in the project's scope.")
 */
public record LeftOut(String system, RequirementSubject subject, boolean optionOnly, RequirementLevel level,
        String category, LeftOutReason kind, List<String> services, String reason) {

    public LeftOut {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        services = List.copyOf(services);
        Objects.requireNonNull(reason, "reason");
        if (optionOnly && !(subject instanceof RequirementSubject.ProfileActor p && p.options().size() == 1)) {
            throw new IllegalArgumentException("an option left out is an actor with that one option");
        }
    }

    /** The option left out, for an {@linkplain #optionOnly() option}. */
    public String option() {
        if (!optionOnly) {
            throw new IllegalStateException("not an option");
        }
        return ((RequirementSubject.ProfileActor) subject).options().getFirst();
    }
}
