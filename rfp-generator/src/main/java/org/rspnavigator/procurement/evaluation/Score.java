package org.rspnavigator.procurement.evaluation;

import java.util.Objects;

/**
 * One evaluator's score of one bidder's answer to one requirement.
 *
 * @param bidder    the bidder's name, as the project lists it
 * @param number    the requirement's number
 * @param evaluator who scored (the evaluator's user name)
 * @param value     0 (not met) to {@value #MAX} (fully met)
 * @param comment   the evaluator's reason; "" when none was given
 */
public record Score(String bidder, String number, String evaluator, int value, String comment) {

    /** The highest score. */
    public static final int MAX = 5;
    /** The longest comment. */
    public static final int LONGEST_COMMENT = 2_000;

    public Score {
        Objects.requireNonNull(bidder, "bidder");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(evaluator, "evaluator");
        comment = comment == null ? "" : comment.strip();
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException("A score is a whole number from 0 (not met) to " + MAX
                    + " (fully met); " + value + " is not one.");
        }
        if (comment.length() > LONGEST_COMMENT) {
            throw new IllegalArgumentException("A score's comment has at most " + LONGEST_COMMENT + " characters; this "
                    + "one has " + comment.length() + ".");
        }
    }
}
