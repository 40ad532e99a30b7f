package org.rspnavigator.procurement.statement;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A bidder in a tender, the Integration Statements of the products it offers, and the systems it
 * bids for. A bidder offering several products meets a requirement if any of them claims what it
 * asks for. A requirement on a system it does not bid for is {@link Fit#NOT_BID}.
 *
 * @param systems the catalog ids of the system types it bids for ("pacs"); empty: every system of the tender
 */
public record Bidder(String name, List<IntegrationStatement> statements, Set<String> systems) {

    public Bidder {
        Objects.requireNonNull(name, "name");
        statements = List.copyOf(statements);
        systems = Set.copyOf(systems);
    }

    /** A bidder for every system of the tender. */
    public Bidder(String name, List<IntegrationStatement> statements) {
        this(name, statements, Set.of());
    }

    /** True when the bidder bids for every system of the tender. */
    public boolean bidsForAll() {
        return systems.isEmpty();
    }

    /** True when the bidder bids for the system type {@code system} (a catalog id). */
    public boolean bidsFor(String system) {
        return systems.isEmpty() || systems.contains(system);
    }
}
