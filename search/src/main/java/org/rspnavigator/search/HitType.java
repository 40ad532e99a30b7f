package org.rspnavigator.search;

import org.rspnavigator.model.Term;

/** What a search hit is. */
public enum HitType implements Term {
    STANDARD("Standard"),
    USE_CASE_ROW("Use-case row"),
    PROFILE("IHE profile"),
    ACTOR("IHE actor"),
    TRANSACTION("IHE transaction"),
    SYSTEM_TYPE("System type");

    private final String label;

    HitType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
