package org.rspnavigator.search;

import java.util.Objects;

/**
 * One result. {@code snippetHtml} is escaped text in which only {@code <mark>} elements are
 * markup, safe to put into a page as it is.
 *
 * @param target   where the hit leads, and what it is
 * @param id       the hit's id, {@linkplain HitTarget#id() that of its target}: the standard's id,
 *                 {@code <use-case id>/<row number>} for a use-case row, ...
 * @param subtitle a second line: the formal name of a standard, the use case of a row
 */
public record SearchHit(HitTarget target, String id, String title, String subtitle, String snippetHtml,
        float score) {

    public SearchHit {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(snippetHtml, "snippetHtml");
    }

    /** What the hit is. */
    public HitType type() {
        return target.type();
    }

    /** The same hit under another id (to compare hits that stand for the same thing); it leads where it did. */
    public SearchHit withId(String newId) {
        return new SearchHit(target, newId, title, subtitle, snippetHtml, score);
    }
}
