package org.rspnavigator.procurement.rfp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rspnavigator.model.ActorOption;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.Term;

/**
 * What the catalog has of the ids one requirement names, each looked up once. The draft's
 * validation and the document's resolution word what is missing for their own readers; both find
 * it here.
 *
 * @param unknownOptions the options named that the actor does not have, in the requirement's order
 */
record CatalogLookup(Requirement requirement, Optional<SystemType> system, Optional<Category> category,
        Optional<Standard> standard, Optional<Profile> profile, Optional<ProfileActor> actor,
        List<ActorOption> options, List<String> unknownOptions) {

    static CatalogLookup of(Catalog catalog, Requirement r) {
        Optional<Standard> standard = Optional.empty();
        Optional<Profile> profile = Optional.empty();
        Optional<ProfileActor> actor = Optional.empty();
        List<ActorOption> options = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        switch (r.subject()) {
            case RequirementSubject.StandardSupport s -> standard = catalog.standard(s.standard());
            case RequirementSubject.ProfileActor pa -> {
                profile = catalog.profile(pa.profile());
                actor = profile.flatMap(p -> p.actor(pa.actor()));
                if (actor.isPresent()) {
                    for (String o : pa.options()) {
                        actor.get().option(o).ifPresentOrElse(options::add, () -> unknown.add(o));
                    }
                }
            }
        }
        return new CatalogLookup(r, catalog.systemType(r.system()), Term.fromSlug(Category.class, r.category()),
                standard, profile, actor, List.copyOf(options), List.copyOf(unknown));
    }

    /** Whether the subject was found: the standard, or the profile, its actor and every option. */
    boolean subjectFound() {
        return switch (requirement.subject()) {
            case RequirementSubject.StandardSupport s -> standard.isPresent();
            case RequirementSubject.ProfileActor pa -> actor.isPresent() && unknownOptions.isEmpty();
        };
    }

    /** The requirement resolved, if its system type, category and subject were all found. */
    Optional<ResolvedRequirement> resolved() {
        if (system.isEmpty() || category.isEmpty() || !subjectFound()) {
            return Optional.empty();
        }
        return Optional.of(new ResolvedRequirement(requirement, system.get(), category.get(), standard, profile, actor,
                options));
    }
}
