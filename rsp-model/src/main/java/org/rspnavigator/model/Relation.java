package org.rspnavigator.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "{@code from} {@code kind} {@code to}", with where ISO 21860 states it: a table ("Table 5") or,
 * for a relation the text states only in prose, the clause ("5.4.1.8"). An optional note, in the
 * project's words, says what qualifies it ("since LOINC version 2.6").
 */
public record Relation(Standard from, RelationKind kind, Standard to, String statedIn, Optional<String> note) {

    /** What {@code stated-in} may hold: a table of ISO 21860 or one of its clause numbers. */
    public static final Pattern STATED_IN = Pattern.compile("Table [1-7]|[1-6](\\.\\d+)+");

    public Relation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(statedIn, "statedIn");
        Objects.requireNonNull(note, "note");
    }

    public Relation(Standard from, RelationKind kind, Standard to, String statedIn) {
        this(from, kind, to, statedIn, Optional.empty());
    }

    /** This relation as seen from {@code standard}, one of its two ends. */
    public RelationView seenFrom(Standard standard) {
        if (standard.equals(from)) {
            return new RelationView(kind.slug(), kind.label(), to, statedIn, this);
        }
        if (standard.equals(to)) {
            return new RelationView(kind.inverseSlug(), kind.inverseLabel(), from, statedIn, this);
        }
        throw new IllegalArgumentException(standard.id() + " is not an end of " + this);
    }

    /** Where ISO 21860 states the relation, as a citation: "ISO 21860:2020 Table 5", "ISO 21860:2020 clause 5.4.1.8". */
    public String citation() {
        return cite(statedIn);
    }

    /** {@code statedIn} as a citation: a table as it is, a bare clause number as "clause …". */
    static String cite(String statedIn) {
        return Provenance.SOURCE_DOCUMENT + (statedIn.startsWith("Table") ? " " : " clause ") + statedIn;
    }

    @Override
    public String toString() {
        return from.id() + " " + kind.label() + " " + to.id();
    }

    /** A relation read from one end: "superseded by IHE SWF.b". */
    public record RelationView(String kind, String label, Standard other, String statedIn, Relation relation) {

        /** "ISO 21860:2020 Table 5" or "ISO 21860:2020 clause 5.4.1.8". */
        public String citation() {
            return relation.citation();
        }

        /** The relation's note, in the project's words, if it has one. */
        public Optional<String> note() {
            return relation.note();
        }
    }
}
