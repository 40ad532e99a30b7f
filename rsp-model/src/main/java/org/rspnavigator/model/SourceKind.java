package org.rspnavigator.model;

/**
 * What kind of document a source is, which bounds how far a fact citing it can be confirmed: only
 * an IHE publication verifies a fact, an IHE secondary source at most partly verifies it, and any
 * other source (a vendor's Integration Statement, a news item, an open implementation) may support
 * a fact but leaves it unverified.
 */
public enum SourceKind implements Term {
    /**
     * A Technical Framework volume, a Final Text or Trial Implementation supplement, an IHE
     * implementation guide, or an IHE-maintained test assertion, cited by document, revision and
     * section.
     */
    IHE_PUBLICATION("IHE publication", VerificationLevel.VERIFIED),
    /** The IHE wiki, IHE slides, a Connectathon result. */
    IHE_SECONDARY("IHE secondary source", VerificationLevel.PARTIAL),
    /** Anything else. */
    OTHER("Other source", VerificationLevel.UNVERIFIED);

    private final String label;
    private final VerificationLevel highest;

    SourceKind(String label, VerificationLevel highest) {
        this.label = label;
        this.highest = highest;
    }

    @Override
    public String label() {
        return label;
    }

    /** The highest level a fact reaches on sources of this kind alone. */
    public VerificationLevel highest() {
        return highest;
    }
}
