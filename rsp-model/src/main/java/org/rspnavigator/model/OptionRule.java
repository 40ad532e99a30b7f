package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule of the Technical Framework on the options an actor claims, beyond "the option belongs to
 * the actor": for example, an ATNA Secure Node claims at least one {@code STX:} option.
 *
 * @param kind         what the rule demands of {@code options}
 * @param actors       the actors it applies to; empty for every actor of the profile
 * @param options      the options it is about, named exactly as IHE writes them
 * @param when         for {@link Kind#REQUIRES_ONE_OF}: the option whose claim brings the rule
 *                     into force; empty otherwise
 * @param explanation  the rule in the project's words, shown when it is broken
 * @param advisory     whether breaking it is a warning rather than an error: the Technical Framework
 *                     says how a reader takes a claim that leaves the options out (an ATNA actor
 *                     naming no ATX option is read as offering TLS or UDP Syslog)
 */
public record OptionRule(Kind kind, List<String> actors, List<String> options, Optional<String> when,
        String explanation, boolean advisory, Verification verification) {

    /** What a rule demands; catalog files write the {@link #slug()}, e.g. {@code at-least-one-of}. */
    public enum Kind implements Term {
        /** The actor claims at least one of the options. */
        AT_LEAST_ONE_OF("At least one of"),
        /** The actor claims every one of the options. */
        ALL_OF("All of"),
        /** The actor claims at most one of the options (they exclude each other). */
        NOT_TOGETHER("Not together"),
        /** If the actor claims {@code when}, it also claims at least one of the options. */
        REQUIRES_ONE_OF("Requires one of");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public OptionRule {
        Objects.requireNonNull(kind, "kind");
        actors = List.copyOf(actors);
        options = List.copyOf(options);
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(verification, "verification");
    }

    /** A rule whose breach is an error. */
    public OptionRule(Kind kind, List<String> actors, List<String> options, Optional<String> when, String explanation,
            Verification verification) {
        this(kind, actors, options, when, explanation, false, verification);
    }

    public boolean appliesTo(String actorName) {
        return actors.isEmpty() || actors.contains(actorName);
    }

    /** Whether the options an actor claims keep this rule. */
    public boolean keptBy(List<String> claimed) {
        long claimedHere = options.stream().filter(claimed::contains).count();
        return switch (kind) {
            case AT_LEAST_ONE_OF -> claimedHere >= 1;
            case ALL_OF -> claimedHere == options.size();
            case NOT_TOGETHER -> claimedHere <= 1;
            case REQUIRES_ONE_OF -> when.map(w -> !claimed.contains(w)).orElse(true) || claimedHere >= 1;
        };
    }
}
