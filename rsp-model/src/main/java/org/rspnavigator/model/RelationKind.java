package org.rspnavigator.model;

/**
 * How one portfolio entry relates to another, read from the entry that acts ("IHE SWF.b
 * supersedes IHE SWF"); {@link #inverseLabel()} reads it from the other side.
 */
public enum RelationKind implements Term {
    SUPERSEDES("supersedes", "superseded by", "superseded-by"),
    WILL_SUPERSEDE("will supersede", "will be superseded by", "will-be-superseded-by"),
    PROFILES("profiles", "profiled by", "profiled-by"),
    EXTENDS("extends", "extended by", "extended-by"),
    INCORPORATES("incorporates", "incorporated by", "incorporated-by"),
    MIRRORS("mirrors", "mirrored by", "mirrored-by");

    private final String label;
    private final String inverseLabel;
    private final String inverseSlug;

    RelationKind(String label, String inverseLabel, String inverseSlug) {
        this.label = label;
        this.inverseLabel = inverseLabel;
        this.inverseSlug = inverseSlug;
    }

    @Override
    public String label() {
        return label;
    }

    public String inverseLabel() {
        return inverseLabel;
    }

    /** The slug of the relation read backwards, e.g. {@code superseded-by}. */
    public String inverseSlug() {
        return inverseSlug;
    }
}
