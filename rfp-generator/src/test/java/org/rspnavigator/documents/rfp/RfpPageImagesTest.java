package org.rspnavigator.documents.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documents looked at as pages: each page is drawn to an image (kept in
 * {@code target/rfp-pages} for a person to look at) and checked for what a reader would notice
 * first: a blank page, or text running into the paper's edge. The hostile document (a 20,000
 * character word, 40,000 nested quotes, control characters) must look as orderly as the real one.
 */
class RfpPageImagesTest {

    private static final RfpDocuments DOCUMENTS = new RfpDocuments(RfpFixtures.CATALOG);
    private static final float DPI = 40;
    /** Nothing is printed within 6 mm of the paper's edge (most printers cannot print there). */
    private static final int EDGE = Math.round(6 / 25.4f * DPI);

    @ParameterizedTest
    @ValueSource(strings = {"rfp", "checklist", "hostile"})
    void everyPageHasContentAndNothingRunsIntoTheEdge(String name) throws IOException {
        byte[] pdf = switch (name) {
            case "rfp" -> DOCUMENTS.rfpPdf(RfpFixtures.document());
            case "checklist" -> DOCUMENTS.checklistPdf(RfpFixtures.document());
            default -> DOCUMENTS.rfpPdf(hostile());
        };
        Path dir = Files.createDirectories(Path.of("target/rfp-pages"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, DPI);
                ImageIO.write(image, "png", dir.resolve("%s-%02d.png".formatted(name, i + 1)).toFile());
                assertThat(inkInside(image)).as("%s page %d has content", name, i + 1).isGreaterThan(200);
                assertThat(inkAtTheEdges(image)).as("%s page %d: ink at the paper's edge", name, i + 1).isEmpty();
            }
        }
    }

    private static RfpDocument hostile() {
        return RfpFixtures.with(RfpFixtures.requirements(), List.of(), List.of(
                new CustomClause("Quotes", ">".repeat(40_000) + " deep"),
                new CustomClause("Lists", "- ".repeat(20_000) + "deep"),
                new CustomClause("One long word", "x".repeat(20_000)),
                new CustomClause("Controls", "bell \u0007 nul \u0000 escape \u001B unpaired \uD800 end")));
    }

    private static int inkInside(BufferedImage image) {
        int ink = 0;
        for (int y = EDGE; y < image.getHeight() - EDGE; y++) {
            for (int x = EDGE; x < image.getWidth() - EDGE; x++) {
                ink += isInk(image.getRGB(x, y)) ? 1 : 0;
            }
        }
        return ink;
    }

    /** Where ink touches the margin band, as "x,y" in pixels, the first few only. */
    private static List<String> inkAtTheEdges(BufferedImage image) {
        List<String> ink = new ArrayList<>();
        for (int y = 0; y < image.getHeight() && ink.size() < 5; y++) {
            for (int x = 0; x < image.getWidth() && ink.size() < 5; x++) {
                boolean edge = x < EDGE || y < EDGE || x >= image.getWidth() - EDGE || y >= image.getHeight() - EDGE;
                if (edge && isInk(image.getRGB(x, y))) {
                    ink.add(x + "," + y);
                }
            }
        }
        return ink;
    }

    private static boolean isInk(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return r + g + b < 3 * 200;
    }
}
