package org.rspnavigator.model;

import java.util.List;
import java.util.Locale;
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
        return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }

    /**
     * The actor's name as a slug, "Image Manager/Image Archive" as {@code image-manager-image-archive}:
     * how its place on its profile's page and its search hit are addressed within the profile.
     */
    public String anchor() {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
