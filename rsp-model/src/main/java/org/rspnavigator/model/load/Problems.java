package org.rspnavigator.model.load;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one load. */
final class Problems {

    private final List<CatalogProblem> all = new ArrayList<>();

    void add(String file, int line, String message) {
        all.add(new CatalogProblem(file, Math.max(line, 1), message));
    }

    int count() {
        return all.size();
    }

    /** Problems reported for {@code file} so far. */
    long countIn(String file) {
        return all.stream().filter(p -> p.file().equals(file)).count();
    }

    void throwIfAny() {
        if (!all.isEmpty()) {
            throw new InvalidCatalogException(all);
        }
    }
}
