package org.rspnavigator.model;

/** Standard maturity: publication, stability and maintenance status (ISO 21860, 5.2.2). */
public enum Maturity implements Term {
    PUBLISHED_DRAFT("Published draft"),
    TRIAL("Trial"),
    FINAL("Final"),
    RETIRED("Retired");

    private final String label;

    Maturity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
