package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An implementation use case (ISO 21860, clause 6): an organizational interface and the key
 * standards for it, row by row. A {@linkplain #derived() derived} use case was built by the
 * project from clause 5 because the text it would come from is not available; it is never to be
 * presented as ISO 21860's own.
 *
 * @param table       the ISO 21860 table the rows come from; empty for a derived use case
 * @param derivedFrom for a derived use case, the ISO 21860 clauses it rests on
 * @param description what the use case covers (Markdown, project's words)
 */
public record UseCase(String id, String name, String clause, Optional<Integer> table, boolean derived,
        List<String> derivedFrom, List<UseCaseFootnote> footnotes, List<UseCaseRow> rows, String description,
        String source) {

    public UseCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(table, "table");
        derivedFrom = List.copyOf(derivedFrom);
        footnotes = List.copyOf(footnotes);
        rows = List.copyOf(rows);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
    }

    /** "ISO 21860:2020 Table 6, clause 6.2", or a statement that the project derived it. */
    public String provenance() {
        if (derived) {
            return "Derived by RSP Navigator from " + Provenance.SOURCE_DOCUMENT + " clause" + (derivedFrom.size() == 1 ? " " : "s ")
                    + String.join(", ", derivedFrom) + "; not the text of clause " + clause;
        }
        return Provenance.cite(table, clause);
    }

    /** The distinct systems the rows name, in order of first appearance. */
    public List<String> systems() {
        return rows.stream().flatMap(r -> r.systems().stream()).distinct().toList();
    }

    /** A footnote of a use-case table, in the project's words. */
    public record UseCaseFootnote(String mark, String text) {
        public UseCaseFootnote {
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(text, "text");
        }
    }
}
