package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Whether a fact was confirmed, from which sources, and a note on what exactly was seen. */
public record Verification(VerificationLevel level, List<Source> sources, Optional<String> note) {

    public Verification {
        Objects.requireNonNull(level, "level");
        sources = List.copyOf(sources);
        Objects.requireNonNull(note, "note");
    }

    public static Verification unverified() {
        return new Verification(VerificationLevel.UNVERIFIED, List.of(), Optional.empty());
    }

    public boolean isVerified() {
        return level == VerificationLevel.VERIFIED;
    }
}
