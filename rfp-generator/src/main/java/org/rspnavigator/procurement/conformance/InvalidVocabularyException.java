package org.rspnavigator.procurement.conformance;

import java.util.List;

/** The vocabulary file breaks its rules; every problem is listed, each naming where it is. */
public final class InvalidVocabularyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidVocabularyException(List<String> problems) {
        super(Vocabulary.RESOURCE + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, in the file's order. */
    public List<String> problems() {
        return problems;
    }
}
