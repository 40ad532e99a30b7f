package org.rspnavigator.model.load;

import java.util.List;
import java.util.stream.Collectors;

/** The catalog could not be loaded; {@link #problems()} lists everything that is wrong, in file order. */
public final class InvalidCatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<CatalogProblem> problems;

    public InvalidCatalogException(List<CatalogProblem> problems) {
        super(describe(problems));
        this.problems = problems.stream().sorted().toList();
    }

    public List<CatalogProblem> problems() {
        return problems;
    }

    private static String describe(List<CatalogProblem> problems) {
        return "The catalog is invalid (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):\n"
                + problems.stream().sorted().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
