package org.rspnavigator.model.load;

import java.util.Comparator;
import java.util.Objects;

/** One thing wrong with the catalog, located in a file (relative to the catalog root) and line (from 1). */
public record CatalogProblem(String file, int line, String message) implements Comparable<CatalogProblem> {

    private static final Comparator<CatalogProblem> ORDER = Comparator.comparing(CatalogProblem::file)
            .thenComparingInt(CatalogProblem::line).thenComparing(CatalogProblem::message);

    public CatalogProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(CatalogProblem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
