package org.rspnavigator.webapp.catalog;

import java.util.stream.Collectors;

import org.rspnavigator.model.load.InvalidCatalogException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an invalid catalog into a start-up report that lists every problem, file and line, and no stack trace. */
public class InvalidCatalogFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCatalogException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidCatalogException cause) {
        String problems = cause.problems().stream().map(p -> "    " + p).collect(Collectors.joining("\n"));
        return new FailureAnalysis(
                "RSP Navigator did not start because the catalog is invalid (" + cause.problems().size()
                        + (cause.problems().size() == 1 ? " problem" : " problems") + "):\n" + problems,
                "Correct the catalog files listed above (file:line), or point rsp.catalog.location at a valid catalog.",
                cause);
    }
}
