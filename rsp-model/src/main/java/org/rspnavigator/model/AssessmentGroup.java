package org.rspnavigator.model;

/**
 * The assessment group of a standard (ISO 21860, 5.2.2). Clause 5.1 attaches the usage rule:
 * preferred and legacy standards are to be used where their scope applies, emerging ones
 * considered.
 */
public enum AssessmentGroup implements Term {
    PREFERRED("Preferred"),
    LEGACY("Legacy"),
    EMERGING("Emerging");

    private final String label;

    AssessmentGroup(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
