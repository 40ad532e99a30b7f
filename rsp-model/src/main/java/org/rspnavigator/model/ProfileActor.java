package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An actor of a profile, named exactly as IHE writes it, with the options it may claim. */
public record ProfileActor(String name, Verification verification, List<ActorOption> options) {

    public ProfileActor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verification, "verification");
        options = List.copyOf(options);
    }

    public Optional<ActorOption> option(String optionName) {
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst()
                .or(() -> options.stream().filter(o -> o.isNamed(optionName)).findFirst());
    }
}
