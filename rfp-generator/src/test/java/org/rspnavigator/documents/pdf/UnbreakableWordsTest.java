package org.rspnavigator.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A document's unbreakable words stay on one line where the line breaker would split them at a hyphen. */
class UnbreakableWordsTest {

    /**
     * A paragraph just wide enough for "Requirement MODALITY-" on its first line, so that the line
     * breaker, left alone, splits the number after its first hyphen.
     */
    private static final String BODY = "<p style=\"width: " + String.format(Locale.ROOT, "%.1f",
            TextWidth.millimetres("Requirement MODALITY-", false, 9) + 1.5) + "mm; font-size: 9pt\">Requirement "
            + "MODALITY-CT-01 and PPS-Referenced-Instances-Option-Long follow.</p>";

    private static List<String> lines(Set<String> unbreakable) throws IOException {
        byte[] pdf = new PdfRenderer().render(new PdfDocument("Numbers", "RSP Navigator", "A test document",
                Locale.ENGLISH, "", BODY, unbreakable));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return List.of(new PDFTextStripper().getText(doc).split("\\R"));
        }
    }

    @Test
    void aNumberIsSplitAtItsHyphenUnlessItIsUnbreakable() throws IOException {
        // Without it, the breaker splits the number (the behaviour this guards against)...
        assertThat(lines(Set.of())).noneMatch(l -> l.contains("MODALITY-CT-01"));
        // ...with it, the number moves to the next line whole, and other hyphenated words still break.
        List<String> kept = lines(Set.of("MODALITY-CT-01"));
        assertThat(kept).anyMatch(l -> l.strip().startsWith("MODALITY-CT-01"));
        assertThat(kept).noneMatch(l -> l.contains("PPS-Referenced-Instances-Option-Long"));
    }

    @Test
    void widthsAreMeasuredInTheEmbeddedFont() {
        // Wider in bold than in the regular face, proportional to the size, and zero for nothing.
        double regular = TextWidth.millimetres("MODALITY-CT-01", false, 8);
        assertThat(TextWidth.millimetres("MODALITY-CT-01", true, 8)).isGreaterThan(regular);
        assertThat(TextWidth.millimetres("MODALITY-CT-01", false, 16)).isCloseTo(2 * regular,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TextWidth.millimetres("", true, 8)).isZero();
        // DejaVu Sans's "M" is 0.863 em wide: 8 pt × 0.863 = 6.9 pt = 2.44 mm.
        assertThat(TextWidth.millimetres("M", false, 8)).isCloseTo(2.44, org.assertj.core.data.Offset.offset(0.02));
    }
}
