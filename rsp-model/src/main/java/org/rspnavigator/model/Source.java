package org.rspnavigator.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A document facts about IHE profiles were read from: what it is (document and revision), its
 * kind, the section the facts are in, and a public address where a reader can open it.
 */
public record Source(String id, SourceKind kind, String what, Optional<String> section, String where) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(where, "where");
    }

    /**
     * The highest level a fact reaches on this source alone: an IHE publication verifies only when
     * it is cited by section; without one it counts as a secondary source.
     */
    public VerificationLevel reach() {
        return kind == SourceKind.IHE_PUBLICATION && section.isEmpty() ? VerificationLevel.PARTIAL : kind.highest();
    }

    /** "IHE RAD TF-1 Rev. 17.0, section 3.1", or the document alone when no section is given. */
    public String citation() {
        return what + section.map(s -> ", section " + s).orElse("");
    }
}
