package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A required grouping: an actor of this profile (or every actor) must be grouped with one of the
 * named actors of another profile, e.g. every XDS.b actor with a CT Time Client.
 *
 * @param actor       an actor of the profile that requires it; empty for every actor
 * @param withProfile the id of the other profile
 * @param withActors  its actors, any one of which satisfies the grouping
 */
public record Grouping(Optional<String> actor, String withProfile, List<String> withActors,
        Verification verification) {

    public Grouping {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(withProfile, "withProfile");
        withActors = List.copyOf(withActors);
        Objects.requireNonNull(verification, "verification");
    }

    public boolean appliesTo(String actorName) {
        return actor.map(actorName::equals).orElse(true);
    }
}
