package org.rspnavigator.documents.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * How wide a line of text is in the font every PDF embeds (DejaVu Sans, see {@link PdfRenderer}),
 * so that a column can be made wide enough for the longest identifier it holds instead of
 * breaking it. Glyph advances only: no kerning, which DejaVu applies sparingly and which can only
 * narrow a line.
 */
public final class TextWidth {

    private static final String FONTS = "/org/rspnavigator/documents/fonts/";
    private static final double MM_PER_POINT = 25.4 / 72;

    /** Parsed once, on first use; the font tables are read-only afterwards. */
    private static final class Fonts {
        static final Face REGULAR = load("DejaVuSans.ttf");
        static final Face BOLD = load("DejaVuSans-Bold.ttf");
    }

    private record Face(CmapLookup cmap, float[] advances, int unitsPerEm, int missing) {

        double em(String text) {
            double units = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int gid = cmap.getGlyphId(cp);
                units += advances[gid > 0 && gid < advances.length ? gid : missing];
                i += Character.charCount(cp);
            }
            return units / unitsPerEm;
        }
    }

    private TextWidth() {
    }

    /** The width of {@code text} on one line, in millimetres, at {@code points} in the regular or bold face. */
    public static double millimetres(String text, boolean bold, double points) {
        return (bold ? Fonts.BOLD : Fonts.REGULAR).em(text) * points * MM_PER_POINT;
    }

    private static Face load(String file) {
        try (InputStream in = TextWidth.class.getResourceAsStream(FONTS + file);
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            int glyphs = font.getNumberOfGlyphs();
            float[] advances = new float[glyphs];
            int widest = 0;
            for (int gid = 0; gid < glyphs; gid++) {
                advances[gid] = font.getAdvanceWidth(gid);
                widest = advances[gid] > advances[widest] ? gid : widest;
            }
            // A character the font lacks is counted as its widest glyph: too wide is safe, too narrow breaks.
            return new Face(font.getUnicodeCmapLookup(), advances, font.getUnitsPerEm(), widest);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the embedded font " + file, e);
        }
    }
}
