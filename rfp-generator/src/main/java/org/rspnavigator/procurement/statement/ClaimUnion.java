package org.rspnavigator.procurement.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.procurement.conformance.ConformanceClaims;

/**
 * What one or more Integration Statements claim together: a bidder offering several products
 * meets a requirement if any of them claims the actor, with the options claimed by any of them.
 */
final class ClaimUnion {

    /** An actor claimed in at least one statement, its options from all of them. */
    record Claimed(Set<String> options, List<String> products) {
    }

    private final Map<ActorRef, Claimed> claims = new LinkedHashMap<>();
    private final int statements;
    private ConformanceClaims conformance = ConformanceClaims.NONE;

    ClaimUnion(List<IntegrationStatement> statements) {
        this.statements = statements.size();
        for (IntegrationStatement s : statements) {
            conformance = conformance.and(s.conformance());
            for (ProfileClaim p : s.profiles()) {
                for (ActorClaim a : p.actors()) {
                    Claimed c = claims.computeIfAbsent(new ActorRef(p.profile(), a.actor()),
                            k -> new Claimed(new LinkedHashSet<>(), new ArrayList<>()));
                    c.options().addAll(a.options());
                    if (!c.products().contains(s.product())) {
                        c.products().add(s.product());
                    }
                }
            }
        }
    }

    /** The DICOM, HL7 and terminology parts of all the statements together. */
    ConformanceClaims conformance() {
        return conformance;
    }

    Optional<Claimed> actor(String profile, String actor) {
        return Optional.ofNullable(claims.get(new ActorRef(profile, actor)));
    }

    /** The actors of {@code profile} claimed, in the order first met. */
    List<String> actorsOf(String profile) {
        return claims.keySet().stream().filter(r -> r.profile().equals(profile)).map(ActorRef::actor).toList();
    }

    /** " (in Northwind PACS 7.2)" when there is more than one statement to tell apart, "" otherwise. */
    String where(Claimed c) {
        return statements > 1 ? " (in " + CatalogNames.alternatives(c.products(), "and") + ")" : "";
    }
}
