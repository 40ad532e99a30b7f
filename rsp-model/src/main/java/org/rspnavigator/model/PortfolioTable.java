package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of Tables 1–5 of ISO 21860: the category it lists, its title and its footnotes. The
 * description is the project's own summary of the category (Markdown).
 */
public record PortfolioTable(int number, Category category, String title, String clause, List<Footnote> footnotes,
        String description, String source) {

    public PortfolioTable {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(clause, "clause");
        footnotes = List.copyOf(footnotes);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
    }

    public Optional<Footnote> footnote(String mark) {
        return footnotes.stream().filter(f -> f.mark().equals(mark)).findFirst();
    }
}
