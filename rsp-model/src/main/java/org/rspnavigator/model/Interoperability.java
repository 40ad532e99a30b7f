package org.rspnavigator.model;

/** The three kinds of interoperability under which ISO 21860 (5.2.1) groups its categories. */
public enum Interoperability implements Term {
    SEMANTIC("Semantic interoperability"),
    TECHNICAL("Technical interoperability"),
    /** Reserved by the portfolio for future use (5.5); no category lists standards under it yet. */
    FUNCTIONAL("Functional interoperability");

    private final String label;

    Interoperability(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
