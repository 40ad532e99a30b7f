package org.rspnavigator.model;

/** What a table footnote does. */
public enum FootnoteKind implements Term {
    /** Gives the level of a rating per region, where uptake differs by geography. */
    REGIONAL_VARIATION("Regional variation"),
    /** Qualifies an entry or a rating without changing it. */
    CAVEAT("Caveat");

    private final String label;

    FootnoteKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
