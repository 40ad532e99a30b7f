package org.rspnavigator.procurement.rfp;

import java.util.Objects;

/** A clause the planner writes in Markdown, printed after the requirements. */
public record CustomClause(String title, String markdown) {

    public CustomClause {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(markdown, "markdown");
    }
}
