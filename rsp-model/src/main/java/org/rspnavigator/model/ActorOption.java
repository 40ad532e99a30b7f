package org.rspnavigator.model;

import java.util.Objects;

/** An option an actor may claim, named exactly as IHE writes it. */
public record ActorOption(String name, Verification verification) {

    public ActorOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verification, "verification");
    }
}
