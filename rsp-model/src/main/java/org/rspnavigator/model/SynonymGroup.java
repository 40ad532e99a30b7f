package org.rspnavigator.model;

import java.util.List;

/**
 * Words and acronyms that mean the same thing to someone searching the catalog ("dose", "RDSR",
 * "REM"). Kept with the catalog data because it is domain knowledge, reviewed like the rest.
 */
public record SynonymGroup(List<String> terms, String source) {

    public SynonymGroup {
        terms = List.copyOf(terms);
        if (terms.size() < 2) {
            throw new IllegalArgumentException("a synonym group has at least two terms");
        }
    }
}
