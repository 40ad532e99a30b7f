package org.rspnavigator.model;

import java.util.Objects;

/** "{@code from} {@code kind} {@code to}", with where ISO 21860 states it (a table or clause). */
public record Relation(Standard from, RelationKind kind, Standard to, String statedIn) {

    public Relation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(statedIn, "statedIn");
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

    @Override
    public String toString() {
        return from.id() + " " + kind.label() + " " + to.id();
    }

    /** A relation read from one end: "superseded by IHE SWF.b". */
    public record RelationView(String kind, String label, Standard other, String statedIn, Relation relation) {
    }
}
