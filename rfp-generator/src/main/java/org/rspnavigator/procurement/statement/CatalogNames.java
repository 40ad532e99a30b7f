package org.rspnavigator.procurement.statement;

import java.util.List;
import java.util.Optional;

import org.rspnavigator.model.ActorOption;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.Verification;
import org.rspnavigator.model.VerificationLevel;

/**
 * Profiles, actors and options looked up by the names people write, and the sentences that say a
 * name is wrong. Shared by the checker and the CSV reader, so that both say the same thing.
 */
public final class CatalogNames {

    private CatalogNames() {
    }

    /** The profile with this catalog id or IHE acronym ("xds-i-b", "XDS-I.b"), case ignored. */
    public static Optional<Profile> profile(Catalog catalog, String idOrAcronym) {
        String given = idOrAcronym.strip();
        return catalog.profile(given).or(() -> catalog.profiles().stream()
                .filter(p -> p.id().equalsIgnoreCase(given) || p.acronym().equalsIgnoreCase(given)).findFirst());
    }

    /** The acronym of the profile with this id, or the id itself when the catalog does not know it. */
    static String acronym(Catalog catalog, String profileId) {
        return catalog.profile(profileId).map(Profile::acronym).orElse(profileId);
    }

    public static String unknownProfile(String given) {
        return "The catalog has no IHE profile '" + given + "': give its catalog id (such as 'xds-b') or its IHE "
                + "acronym (such as 'XDS.b').";
    }

    public static String unknownActor(Profile p, String actor) {
        if (actor.isBlank()) {
            return "An actor of " + p.acronym() + " has no name. Its actors are: " + names(p) + ".";
        }
        Optional<String> sameButCase = p.actors().stream().map(ProfileActor::name)
                .filter(n -> n.equalsIgnoreCase(actor.strip())).findFirst();
        return "'" + actor + "' is not an actor of " + p.acronym() + sameButCase
                .map(n -> ": write it '" + n + "', exactly as IHE does.")
                .orElse(". Its actors are: " + names(p) + ".");
    }

    public static String notAnOption(Profile p, ProfileActor a, String option) {
        List<String> options = a.options().stream().map(ActorOption::name).toList();
        return "'" + option + "' is not an option of the " + a.name() + " of " + p.acronym() + ". "
                + (options.isEmpty() ? "It has no options." : "Its options are: " + String.join(", ", options) + ".");
    }

    /** "The catalog has not confirmed ..." for a fact that is not verified, or empty for a verified one. */
    static Optional<String> unconfirmed(Verification v) {
        if (v.isVerified()) {
            return Optional.empty();
        }
        return Optional.of(v.level() == VerificationLevel.PARTIAL ? "has only partly confirmed" : "has not confirmed");
    }

    /** "A", "A and B", "A, B and C" (with {@code and} being "and" or "or"). */
    static String alternatives(List<String> items, String and) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.getLast();
    }

    private static String names(Profile p) {
        return String.join(", ", p.actors().stream().map(ProfileActor::name).toList());
    }
}
