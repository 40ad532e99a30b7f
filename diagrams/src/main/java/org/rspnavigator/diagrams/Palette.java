package org.rspnavigator.diagrams;

/** The text colours every picture shares, so that the charts and the diagrams read alike. */
public final class Palette {

    /** Text, and the lines and boxes of a diagram. */
    public static final Colour TEXT = Colour.hex("#1f2328");

    /** Secondary text: notes, headings of totals, the leaders of a diagram. */
    public static final Colour MUTED = Colour.hex("#57606a");

    private Palette() {
    }
}
