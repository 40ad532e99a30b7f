package org.rspnavigator.model;

/**
 * How far a fact about an IHE profile was confirmed against a cited source. Unconfirmed facts
 * are kept, and shown as unconfirmed, rather than silently trusted or dropped.
 */
public enum VerificationLevel implements Term {
    /** Seen in a cited source. */
    VERIFIED("Verified"),
    /** Part of it was seen; the note says which part. */
    PARTIAL("Partly verified"),
    /** Not confirmed against a source yet. */
    UNVERIFIED("Unverified");

    private final String label;

    VerificationLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The weaker of two levels. */
    public VerificationLevel weakest(VerificationLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
