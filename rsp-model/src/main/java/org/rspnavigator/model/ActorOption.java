package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;

/**
 * An option an actor may claim, named exactly as IHE writes it; {@code otherNames} are names the
 * same option has had or goes by elsewhere (an older revision, a supplement), which a statement
 * may use but must not claim beside the name.
 */
public record ActorOption(String name, List<String> otherNames, Verification verification) {

    public ActorOption {
        Objects.requireNonNull(name, "name");
        otherNames = List.copyOf(otherNames);
        Objects.requireNonNull(verification, "verification");
    }

    public ActorOption(String name, Verification verification) {
        this(name, List.of(), verification);
    }

    /** Whether {@code claimed} names this option, by its name or another. */
    public boolean isNamed(String claimed) {
        return name.equals(claimed) || otherNames.contains(claimed);
    }
}
