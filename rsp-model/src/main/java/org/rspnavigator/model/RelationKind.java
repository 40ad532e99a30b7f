package org.rspnavigator.model;

/**
 * How one portfolio entry relates to another, read from the entry that acts ("IHE SWF.b
 * supersedes IHE SWF"); {@link #inverseLabel()} reads it from the other side. A
 * {@linkplain #isSymmetric() symmetric} kind reads the same from both sides ("IHE PIR is used
 * with IHE SWF", "IHE SWF is used with IHE PIR").
 */
public enum RelationKind implements Term {
    SUPERSEDES("supersedes", "superseded by", "superseded-by"),
    WILL_SUPERSEDE("will supersede", "will be superseded by", "will-be-superseded-by"),
    PROFILES("profiles", "profiled by", "profiled-by"),
    EXTENDS("extends", "extended by", "extended-by"),
    INCORPORATES("incorporates", "incorporated by", "incorporated-by"),
    MIRRORS("mirrors", "mirrored by", "mirrored-by"),
    /** Two entries meant to be deployed together (Table 5: IHE PIR is used with IHE SWF). */
    USED_WITH("used with", "used with", "used-with"),
    /** An entry whose content another publishes (RadLex Playbook codes inside LOINC). */
    PUBLISHED_IN("published in", "publishes", "publishes"),
    /** A value set that takes its codes from a code system (DICOM Context Groups from LOINC). */
    DRAWS_CODES_FROM("draws codes from", "supplies codes to", "supplies-codes-to"),
    /** Content made available in the format another entry defines (Rad Report templates as MRRT). */
    USES_FORMAT_OF("uses the format of", "format used by", "format-used-by"),
    /** An entry that specifies how to carry another's content over into a different form. */
    TRANSCODES("transcodes", "transcoded by", "transcoded-by"),
    /** An entry whose use another made widespread (XDS-I.b and WADO-URI). */
    PROMOTES("promotes", "promoted by", "promoted-by"),
    /** Two entries that may be deployed together, though neither requires the other. */
    COMBINABLE_WITH("can be combined with", "can be combined with", "combinable-with"),
    /** A profile meant to add to another, though usable alone (NMI on top of SWF). */
    SUPPLEMENTS("supplements", "supplemented by", "supplemented-by"),
    /** An entry that needs another to work as intended (SWF and PIR). */
    DEPENDS_ON("depends on", "depended on by", "depended-on-by"),
    /** An entry that does, loosely, what another does, together with something else (UPS and MWL + MPPS). */
    ROUGHLY_COMBINES("roughly combines", "roughly combined in", "roughly-combined-in");

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

    /** The slug of the relation read backwards, e.g. {@code superseded-by}; the slug itself for a symmetric kind. */
    public String inverseSlug() {
        return inverseSlug;
    }

    /** True when the relation reads the same from both ends, so that A–B and B–A are one relation. */
    public boolean isSymmetric() {
        return inverseSlug.equals(slug());
    }
}
