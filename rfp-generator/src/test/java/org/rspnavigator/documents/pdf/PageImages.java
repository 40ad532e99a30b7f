package org.rspnavigator.documents.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * PDFs looked at as pages: each page drawn to an image, kept as a PNG file for a person to look at,
 * and checked for what a reader notices first (a blank page, text running into the paper's edge).
 */
public final class PageImages {

    /** Low enough to be quick, high enough to see ink. */
    public static final float DPI = 40;
    /** Nothing is printed within 6 mm of the paper's edge (most printers cannot print there). */
    private static final int EDGE = Math.round(6 / 25.4f * DPI);

    private PageImages() {
    }

    /**
     * Each page of {@code pdf} as an image, also written to {@code dir} as {@code name-01.png} and so
     * on, in place of the pages an earlier run wrote under that name; the PDF itself is kept beside
     * them as {@code name.pdf}.
     */
    public static List<BufferedImage> render(byte[] pdf, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, name + "-[0-9][0-9].png")) {
            for (Path p : old) {
                Files.delete(p);
            }
        }
        Files.write(dir.resolve(name + ".pdf"), pdf);
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, DPI);
                ImageIO.write(image, "png", dir.resolve("%s-%02d.png".formatted(name, i + 1)).toFile());
                pages.add(image);
            }
        }
        return pages;
    }

    /** How many pixels of ink lie inside the margin band. */
    public static int inkInside(BufferedImage image) {
        int ink = 0;
        for (int y = EDGE; y < image.getHeight() - EDGE; y++) {
            for (int x = EDGE; x < image.getWidth() - EDGE; x++) {
                ink += isInk(image.getRGB(x, y)) ? 1 : 0;
            }
        }
        return ink;
    }

    /** Where ink touches the margin band, as "x,y" in pixels, the first few only. */
    public static List<String> inkAtTheEdges(BufferedImage image) {
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
