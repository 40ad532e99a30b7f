package org.rspnavigator.diagrams.portfolio;

import org.rspnavigator.diagrams.Colour;

/** A cell's fill and the text colour that reads on it. */
record Shade(Colour fill, Colour text) {

    /** The lightest tint, for a count of one. */
    private static final double LIGHTEST = 0.14;

    /**
     * The fill of a cell counting {@code n} of at most {@code max}: a tint of {@code base},
     * lightest for one, {@code base} itself for the most, with dark text on light fills and white
     * on dark ones. Mid tones on which neither text reaches a contrast of 4.5:1 are left out of
     * the scale (the counts are spread over what remains), so that more is always darker.
     */
    static Shade of(Colour base, int n, int max) {
        Colour dark = base.mix(Colour.BLACK, 0.65);
        // The tints on which neither text colour would be readable: [gapFrom, gapTo).
        double gapFrom = 1;
        double gapTo = 1;
        for (int i = 0; i <= 1000; i++) {
            double share = LIGHTEST + (1 - LIGHTEST) * i / 1000.0;
            Colour fill = Colour.WHITE.mix(base, share);
            boolean readable = Colour.contrast(textOn(Colour.WHITE, dark, fill), fill) >= Colour.MIN_TEXT_CONTRAST;
            if (!readable && gapFrom == 1) {
                gapFrom = share;
            } else if (readable && gapFrom < 1 && gapTo == 1) {
                gapTo = share;
            }
        }
        double usable = (gapFrom - LIGHTEST) + (1 - gapTo);
        double position = max <= 1 ? 1 : Math.clamp((n - 1) / (double) (max - 1), 0, 1);
        double along = position * usable;
        double share = along <= gapFrom - LIGHTEST ? LIGHTEST + along : gapTo + (along - (gapFrom - LIGHTEST));
        Colour fill = Colour.WHITE.mix(base, Math.min(share, 1));
        return new Shade(fill, textOn(Colour.WHITE, dark, fill));
    }

    /** Whichever of two text colours contrasts more with {@code fill}. */
    static Colour textOn(Colour light, Colour dark, Colour fill) {
        return Colour.contrast(light, fill) >= Colour.contrast(dark, fill) ? light : dark;
    }
}
