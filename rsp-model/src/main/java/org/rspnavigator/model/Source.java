package org.rspnavigator.model;

import java.util.Objects;

/** A document or page that facts about IHE profiles were read from. */
public record Source(String id, String what, String where) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(where, "where");
    }
}
