package org.rspnavigator.procurement.statement;

import java.util.List;
import java.util.Objects;

/**
 * A profile an Integration Statement claims, with the actors the product implements.
 *
 * @param profile the catalog id of the profile ("xds-b")
 * @param actors  the actors claimed, in the vendor's order
 */
public record ProfileClaim(String profile, List<ActorClaim> actors) {

    public ProfileClaim {
        Objects.requireNonNull(profile, "profile");
        actors = List.copyOf(actors);
    }
}
