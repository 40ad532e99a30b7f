package org.rspnavigator.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The TrueType files the PDFs embed, read from the class path once and kept, without their glyph
 * substitution table ({@code GSUB}).
 *
 * <p>Why without it: Apache PDFBox runs every piece of text through the font's substitution rules
 * when the font has them, compiling regular expressions for each run of text, which took a fifth
 * of the time of the largest RFP PDF. For the Latin script DejaVu Sans's rules only join f with f,
 * i or l into one ligature glyph and place accents over dotless letters; the text reads the same
 * without them, and copied or read-aloud text no longer depends on how a ligature is mapped back
 * to its letters. The embedded subsets never carried the table anyway.
 */
final class EmbeddedFonts {

    private static final String FONTS = "/org/rspnavigator/documents/fonts/";
    /** The table dropped. */
    static final String GLYPH_SUBSTITUTION = "GSUB";

    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    private EmbeddedFonts() {
    }

    /** A new stream over the font file {@code name} (in the fonts folder of the class path), without its GSUB table. */
    static InputStream open(String name) {
        return new ByteArrayInputStream(FILES.computeIfAbsent(name, EmbeddedFonts::load));
    }

    private static byte[] load(String name) {
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is not on the class path");
            }
            return withoutTable(in.readAllBytes(), GLYPH_SUBSTITUTION);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the font " + name, e);
        }
    }

    /**
     * The TrueType or OpenType font {@code font} with the table {@code tag} left out of its table
     * directory (the font itself when it has no such table). The other tables stay where they are:
     * their records give absolute offsets, so only the directory is rewritten, and the bytes the
     * dropped record took are zeroed. The search fields of the directory's header are worked out
     * again for the new number of tables.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        if (font.length < 12) {
            throw new IllegalArgumentException("not a TrueType font: " + font.length + " bytes");
        }
        int tables = Short.toUnsignedInt(in.getShort(4));
        if (font.length < 12 + 16 * tables) {
            throw new IllegalArgumentException("not a TrueType font: its table directory is cut off");
        }
        int wanted = ByteBuffer.wrap(tag.getBytes(StandardCharsets.US_ASCII)).getInt();
        int found = -1;
        for (int i = 0; i < tables; i++) {
            if (in.getInt(12 + 16 * i) == wanted) {
                found = i;
            }
        }
        if (found < 0) {
            return font;
        }
        byte[] out = font.clone();
        int after = 12 + 16 * (found + 1);
        System.arraycopy(font, after, out, after - 16, 12 + 16 * tables - after);
        Arrays.fill(out, 12 + 16 * (tables - 1), 12 + 16 * tables, (byte) 0);
        int remaining = tables - 1;
        int entrySelector = remaining == 0 ? 0 : 31 - Integer.numberOfLeadingZeros(remaining);
        int searchRange = (1 << entrySelector) * 16;
        ByteBuffer header = ByteBuffer.wrap(out);
        header.putShort(4, (short) remaining);
        header.putShort(6, (short) searchRange);
        header.putShort(8, (short) entrySelector);
        header.putShort(10, (short) (remaining * 16 - searchRange));
        return out;
    }
}
