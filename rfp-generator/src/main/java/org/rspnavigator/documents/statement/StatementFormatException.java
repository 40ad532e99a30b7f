package org.rspnavigator.documents.statement;

import java.io.Serial;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A statement file (JSON or CSV) could not be read. Each problem names its line, so that a user
 * can open the file and fix it; the message lists them all, one per line ("line 4: ...").
 */
public class StatementFormatException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * One thing wrong with the file.
     *
     * @param line    the 1-based line it is on
     * @param message what is wrong, in a sentence
     */
    public record Problem(int line, String message) {
        public Problem {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public StatementFormatException(List<Problem> problems) {
        this(problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList(), true);
    }

    private StatementFormatException(List<Problem> sorted, boolean unused) {
        super(sorted.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a format exception needs at least one problem");
        }
        this.problems = sorted;
    }

    /** Every problem, by line. */
    public List<Problem> problems() {
        return problems;
    }
}
