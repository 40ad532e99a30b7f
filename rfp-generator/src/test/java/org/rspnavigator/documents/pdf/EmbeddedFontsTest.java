package org.rspnavigator.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The embedded fonts lose their glyph substitution table and nothing else. */
class EmbeddedFontsTest {

    private static byte[] original(String name) throws IOException {
        try (InputStream in = EmbeddedFontsTest.class.getResourceAsStream("/org/rspnavigator/documents/fonts/" + name)) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"})
    void everyTableButTheSubstitutionsIsKept(String name) throws IOException {
        byte[] before = original(name);
        byte[] after = EmbeddedFonts.open(name).readAllBytes();
        try (TrueTypeFont was = parse(before); TrueTypeFont is = parse(after)) {
            assertThat(was.getTableMap()).containsKey("GSUB");
            assertThat(is.getTableMap()).doesNotContainKey("GSUB");
            assertThat(is.getTableMap().keySet()).hasSize(was.getTableMap().size() - 1);
            assertThat(is.getNumberOfGlyphs()).isEqualTo(was.getNumberOfGlyphs());
            assertThat(is.getName()).isEqualTo(was.getName());
            for (int c : "Fine office flow, Ñandú, ĳ, Ω, ✓".codePoints().toArray()) {
                assertThat(is.getUnicodeCmapLookup().getGlyphId(c)).as("glyph of U+%04X", c)
                        .isEqualTo(was.getUnicodeCmapLookup().getGlyphId(c)).isPositive();
                int glyph = is.getUnicodeCmapLookup().getGlyphId(c);
                assertThat(is.getAdvanceWidth(glyph)).isEqualTo(was.getAdvanceWidth(glyph));
            }
            assertThat(after).hasSameSizeAs(before);
        }
    }

    @Test
    void aFontWithoutTheTableIsGivenBackAsItIs() throws IOException {
        byte[] without = EmbeddedFonts.withoutTable(original("DejaVuSans.ttf"), "GSUB");
        assertThat(EmbeddedFonts.withoutTable(without, "GSUB")).isSameAs(without);
    }

    @Test
    void whatIsNotAFontIsRefused() {
        assertThatThrownBy(() -> EmbeddedFonts.withoutTable(new byte[5], "GSUB"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a TrueType font");
        byte[] cutOff = {0, 1, 0, 0, 0, 20, 0, 0, 0, 0, 0, 0, 'G', 'S', 'U', 'B'};
        assertThatThrownBy(() -> EmbeddedFonts.withoutTable(cutOff, "GSUB"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cut off");
        assertThatThrownBy(() -> EmbeddedFonts.open("NoSuchFont.ttf")).isInstanceOf(IllegalStateException.class);
    }
}
