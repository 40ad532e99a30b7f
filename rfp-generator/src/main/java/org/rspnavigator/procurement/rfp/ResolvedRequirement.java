package org.rspnavigator.procurement.rfp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.rspnavigator.model.ActorOption;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;

/**
 * A requirement with the catalog entries it names: its system type and category, and either the
 * standard it asks for or the profile, actor and options.
 *
 * @param standard present when the requirement asks for a standard
 * @param profile  present, with {@code actor}, when it asks for an IHE profile actor
 * @param options  the options it names, in its order (none for a standard)
 */
public record ResolvedRequirement(Requirement requirement, SystemType system, Category category,
        Optional<Standard> standard, Optional<Profile> profile, Optional<ProfileActor> actor,
        List<ActorOption> options) {

    public ResolvedRequirement {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(actor, "actor");
        options = List.copyOf(options);
        if (standard.isPresent() == actor.isPresent() || profile.isPresent() != actor.isPresent()) {
            throw new IllegalArgumentException("a requirement asks for a standard, or for a profile actor");
        }
    }
}
