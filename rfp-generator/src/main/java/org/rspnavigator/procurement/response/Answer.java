package org.rspnavigator.procurement.response;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.rspnavigator.model.Term;

/** A bidder's answer to one requirement of the response matrix, as the RFP section defines them. */
public enum Answer implements Term {
    COMPLY("Comply"),
    PARTIAL("Partial"),
    /** Not in the version offered; needs the committed delivery date. */
    ROADMAP("Roadmap"),
    NO("No"),
    /** Needs the reason, in the comment. */
    NOT_APPLICABLE("Not applicable");

    private final String word;

    Answer(String word) {
        this.word = word;
    }

    /** "Not applicable": as the matrix's drop-down and the RFP section write it. */
    @Override
    public String label() {
        return word;
    }

    /** The answer written {@code text}, by its word or slug, in any case; empty for anything else. */
    public static Optional<Answer> of(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.word.toLowerCase(Locale.ROOT).equals(t) || a.slug().equals(t))
                .findFirst();
    }

    /** "Comply, Partial, Roadmap, No or Not applicable", for messages. */
    public static String choices() {
        return "Comply, Partial, Roadmap, No or Not applicable";
    }
}
