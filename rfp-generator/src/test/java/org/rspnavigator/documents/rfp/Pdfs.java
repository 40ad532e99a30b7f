package org.rspnavigator.documents.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading the PDFs back, as a reader and a screen reader would meet them. */
public final class Pdfs {

    private Pdfs() {
    }

    /**
     * The text in content-stream order (a table is read cell by cell; a bold word may come after the
     * rest of its line), with runs of white space made single spaces.
     */
    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text read line by line from the top of each page, as a reader sees prose. */
    public static String textByPosition(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of each page in content-stream order, white space made single spaces, without the
     * "Page x of y" of its footer (which the stream writes first).
     */
    public static List<String> pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " ").strip()
                        .replaceFirst("^Page " + p + " of " + doc.getNumberOfPages() + " ", ""));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bookmarks as "title" at the top level and "parent > child" below it. */
    public static List<String> outline(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            collect(doc.getDocumentCatalog().getDocumentOutline(), "", out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(PDOutlineNode node, String prefix, List<String> out) {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            String path = prefix.isEmpty() ? item.getTitle() : prefix + " > " + item.getTitle();
            out.add(path);
            collect(item, path, out);
        }
    }

    /** Tagged, structured, A4 portrait, every font embedded. */
    public static void assertTaggedA4WithEmbeddedFonts(byte[] pdf) {
        assertTaggedWithEmbeddedFonts(pdf, 595f, 842f);
    }

    /** Tagged, structured, in English, every page {@code width} by {@code height} points, every font embedded. */
    public static void assertTaggedWithEmbeddedFonts(byte[] pdf, float width, float height) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(width, org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(height, org.assertj.core.data.Offset.offset(1f));
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    assertThat(resources.getFont(name).isEmbedded()).as(resources.getFont(name).getName()).isTrue();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pageCount(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
