package org.rspnavigator.procurement.statement;

import java.util.List;
import java.util.Objects;

/**
 * A bidder in a tender and the Integration Statements of the products it offers. A bidder offering
 * several products meets a requirement if any of them claims what it asks for.
 */
public record Bidder(String name, List<IntegrationStatement> statements) {

    public Bidder {
        Objects.requireNonNull(name, "name");
        statements = List.copyOf(statements);
    }
}
