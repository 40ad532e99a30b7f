package org.rspnavigator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A required grouping: an actor of this profile (or every actor) must be grouped with one of the
 * named actors of another profile, e.g. every XDS.b actor with a CT Time Client. Some groupings
 * may be met in several profiles: a BPPC Content Creator is grouped with one or more of the XDS.b
 * Document Source, the XDR Document Source and the XDM Portable Media Creator; those further
 * targets are {@link #or()}.
 *
 * @param actor       an actor of the profile that requires it; empty for every actor
 * @param withProfile the id of the other profile
 * @param withActors  its actors, any one of which satisfies the grouping
 * @param or          actors of further profiles, any one of which satisfies it as well
 */
public record Grouping(Optional<String> actor, String withProfile, List<String> withActors, List<Target> or,
        Verification verification) {

    /** Actors of one profile that satisfy a grouping. */
    public record Target(String profile, List<String> actors) {
        public Target {
            Objects.requireNonNull(profile, "profile");
            actors = List.copyOf(actors);
        }
    }

    public Grouping {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(withProfile, "withProfile");
        withActors = List.copyOf(withActors);
        or = List.copyOf(or);
        Objects.requireNonNull(verification, "verification");
    }

    public Grouping(Optional<String> actor, String withProfile, List<String> withActors, Verification verification) {
        this(actor, withProfile, withActors, List.of(), verification);
    }

    public boolean appliesTo(String actorName) {
        return actor.map(actorName::equals).orElse(true);
    }

    /** Every profile and its actors that satisfy this grouping, the first one first. */
    public List<Target> targets() {
        List<Target> all = new ArrayList<>();
        all.add(new Target(withProfile, withActors));
        all.addAll(or);
        return all;
    }

    /** Whether a claim of some target actor, as {@code claimed} tells (profile, actor), satisfies it. */
    public boolean satisfiedBy(BiPredicate<String, String> claimed) {
        return withActors.isEmpty() || targets().stream()
                .anyMatch(t -> t.actors().stream().anyMatch(a -> claimed.test(t.profile(), a)));
    }

    /**
     * "Document Source of XDS.b, Document Source of XDR or Portable Media Creator of XDM", with each
     * profile named by {@code acronym}.
     */
    public String describeTargets(Function<String, String> acronym) {
        List<String> parts = targets().stream()
                .map(t -> String.join(" or ", t.actors()) + " of " + acronym.apply(t.profile())).toList();
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.getLast();
    }
}
