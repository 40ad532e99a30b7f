package org.rspnavigator.search;

import java.util.Objects;

/**
 * One result. {@code id} is the standard's id, or {@code <use-case id>/<row number>} for a
 * use-case row. {@code snippetHtml} is escaped text in which only {@code <mark>} elements are
 * markup, safe to put into a page as it is.
 *
 * @param subtitle a second line: the formal name of a standard, the use case of a row
 */
public record SearchHit(HitType type, String id, String title, String subtitle, String snippetHtml, float score) {

    public SearchHit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(snippetHtml, "snippetHtml");
    }

    /** The same hit under another id. */
    public SearchHit withId(String newId) {
        return new SearchHit(type, newId, title, subtitle, snippetHtml, score);
    }
}
