package org.rspnavigator.procurement;

import java.util.Optional;

/**
 * How long each kind of text people type may be: checked where a draft or a statement is
 * validated ({@code RfpDraft.validated}, {@code StatementChecker}), so that the API refuses longer
 * text with a 400 naming the field, and given to the views' text fields as their maximum length.
 * They keep every document quick to make: a long unbroken word in a narrow table column is what
 * makes the PDF layout slow (a 64,000-character requirement number took 41 s to print), and the
 * narrow columns hold numbers and names. Where a database column holds the text, the limit is the
 * column's size.
 */
public final class FieldLimits {

    /**
     * A requirement number: the longest system type id ("audit-record-repository"), a hyphen and
     * a number fit with room to spare.
     */
    public static final int NUMBER = 40;
    /** A name: project, buying organization, bidder, vendor, product (the database's columns hold 200). */
    public static final int NAME = 200;
    /** A product version (its column holds 100) or an Integration Statement's revision label. */
    public static final int VERSION = 100;
    /** The title of a local mandate or a custom clause. */
    public static final int TITLE = 300;
    /** A web address in an Integration Statement. */
    public static final int LINK = 1_000;
    /** Plain text: a requirement's text or rationale, the notes on a system. */
    public static final int TEXT = 5_000;
    /** Markdown: the text of a local mandate or a custom clause. */
    public static final int MARKDOWN = 50_000;

    /** How much of a refused text a message repeats. */
    private static final int QUOTED = 40;

    private FieldLimits() {
    }

    /**
     * The problem with {@code text} if it is longer than {@code max}: "The project name
     * (projectName) has 250 characters; at most 200 are allowed."
     *
     * @param what  the text as people call it, starting a sentence
     * @param field the name of its field in the JSON the API reads
     */
    public static Optional<String> tooLong(String what, String field, String text, int max) {
        if (text == null || text.length() <= max) {
            return Optional.empty();
        }
        return Optional.of(what + " (" + field + ") has " + text.length() + " characters; at most " + max
                + " are allowed.");
    }

    /** {@code text} as a message may repeat it: its first 40 characters, and an ellipsis if there is more. */
    public static String quoted(String text) {
        if (text.length() <= QUOTED) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
        return text.substring(0, end) + "…";
    }
}
