package org.rspnavigator.procurement.statement;

import java.util.Objects;

/**
 * An actor of a profile.
 *
 * @param profile the catalog id of the profile
 * @param actor   the actor's name exactly as IHE writes it
 */
public record ActorRef(String profile, String actor) {

    public ActorRef {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(actor, "actor");
    }
}
