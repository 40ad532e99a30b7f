package org.rspnavigator.model;

import java.util.Optional;

/**
 * Where the portfolio's facts come from: ISO 21860:2020, cited by table and clause. Standards and
 * use cases build their provenance line here; the catalog's manifest must name the same document.
 */
public final class Provenance {

    /** The document the catalog's facts come from. */
    public static final String SOURCE_DOCUMENT = "ISO 21860:2020";

    private Provenance() {
    }

    /** "ISO 21860:2020 Table 2, clause 5.3.2.8", or "ISO 21860:2020 clause 6.4" without a table. */
    public static String cite(Optional<Integer> table, String clause) {
        return SOURCE_DOCUMENT + table.map(t -> " Table " + t + ",").orElse("") + " clause " + clause;
    }
}
