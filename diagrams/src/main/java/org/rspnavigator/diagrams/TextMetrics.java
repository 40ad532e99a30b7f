package org.rspnavigator.diagrams;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * How wide text is in DejaVu Sans, read from the font files with FontBox. The pictures take their
 * font from the page, so this is an estimate for the widest common fallback font: boxes and
 * labels sized with it leave room for narrower ones.
 *
 * <p>Each glyph's advance is taken in thousandths of an em, rounded, as PDF and AFM font metrics
 * state it. A character the font lacks (or one beyond the Basic Multilingual Plane) is drawn
 * from another font; it is guessed at 0.74 em, 0.8 em in bold.
 */
public final class TextMetrics {

    private static final String FONTS = "/org/rspnavigator/diagrams/fonts/";
    private static final Advances REGULAR = Advances.read(FONTS + "DejaVuSans.ttf", 740);
    private static final Advances BOLD = Advances.read(FONTS + "DejaVuSans-Bold.ttf", 800);

    private TextMetrics() {
    }

    /** The width of {@code text} in DejaVu Sans (Bold when {@code bold}) of {@code size} units. */
    public static double width(String text, double size, boolean bold) {
        Advances advances = bold ? BOLD : REGULAR;
        double w = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            w += advances.of(cp);
        }
        return w * size / 1000;
    }

    /** The advances of one font, per mille of the em, for the characters of the Basic Multilingual Plane. */
    private record Advances(short[] perMille, int missing) {

        /** Marks a character the font has no glyph for (a glyph may well be 0 wide). */
        private static final short NONE = -1;

        int of(int codePoint) {
            int advance = codePoint < perMille.length ? perMille[codePoint] : NONE;
            return advance == NONE ? missing : advance;
        }

        static Advances read(String resource, int missing) {
            try (InputStream in = TextMetrics.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the class path");
                }
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                    CmapLookup cmap = font.getUnicodeCmapLookup();
                    double unitsPerEm = font.getUnitsPerEm();
                    short[] perMille = new short[Character.MAX_VALUE + 1];
                    Arrays.fill(perMille, NONE);
                    for (int cp = 0; cp < perMille.length; cp++) {
                        int glyph = cmap.getGlyphId(cp);
                        if (glyph != 0) {
                            perMille[cp] = (short) Math.round(font.getAdvanceWidth(glyph) * 1000 / unitsPerEm);
                        }
                    }
                    return new Advances(perMille, missing);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + resource, e);
            }
        }
    }
}
