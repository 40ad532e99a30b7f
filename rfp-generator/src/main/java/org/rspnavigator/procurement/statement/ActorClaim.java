package org.rspnavigator.procurement.statement;

import java.util.List;
import java.util.Objects;

/**
 * An actor an Integration Statement claims, with the options the product implements for it.
 * Claiming an actor means implementing every transaction the Technical Framework requires of it.
 *
 * @param actor   the actor's name exactly as IHE writes it ("Image Manager/Image Archive")
 * @param options the options claimed, named as IHE writes them; empty for none
 */
public record ActorClaim(String actor, List<String> options) {

    public ActorClaim {
        Objects.requireNonNull(actor, "actor");
        options = List.copyOf(options);
    }
}
