package org.rspnavigator.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.io.Zeros;

/**
 * Reading a file attached to a PDF that came from outside: only the parts on the way to the file
 * are unpacked, and none of them further than its limit, however small the PDF is.
 */
class PdfAttachmentsTest {

    private static final int MB = 1024 * 1024;
    private static final long BOMB = 200L * MB;

    @Test
    void readsAnAttachmentWithinTheLimit() {
        byte[] pdf = PdfAttachments.attach(blankPdf(), new PdfAttachments.Attachment("data.json", "application/json",
                "Data", "Some data", "{\"ok\": true}".getBytes(StandardCharsets.UTF_8)));
        assertThat(PdfAttachments.read(pdf, "data.json", 4 * MB)).map(b -> new String(b, StandardCharsets.UTF_8))
                .contains("{\"ok\": true}");
        assertThat(PdfAttachments.read(pdf, "other.json", 4 * MB)).isEmpty();
    }

    @Test
    void anAttachmentThatUnpacksPastTheLimitIsRefusedWithoutBeingUnpacked() {
        byte[] pdf = withAttachment("data.json", Zeros.stream(BOMB), null);
        assertThat(pdf.length).isLessThan(MB);
        long allocated = Zeros.allocatedHere();
        long start = System.nanoTime();
        assertThatThrownBy(() -> PdfAttachments.read(pdf, "data.json", 4 * MB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The attached file data.json is larger than 4 MB when unpacked, so it was not read.");
        assertThat(Zeros.allocatedHere() - allocated).as("bytes allocated while reading").isLessThan(64L * MB);
        assertThat(System.nanoTime() - start).as("sanity: nanoseconds").isLessThan(20_000_000_000L);
    }

    @Test
    void aCompressedPartOfThePdfItselfThatUnpacksPastItsBudgetIsRefused() {
        byte[] pdf = xrefStreamBomb(BOMB);
        assertThat(pdf.length).isLessThan(MB);
        long allocated = Zeros.allocatedHere();
        assertThatThrownBy(() -> PdfAttachments.read(pdf, "data.json", 4 * MB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("compressed parts of this PDF unpack to more than");
        assertThat(Zeros.allocatedHere() - allocated).as("bytes allocated while reading").isLessThan(64L * MB);
    }

    @Test
    void aBombWhereNothingIsReadIsNeverUnpacked() {
        byte[] pdf = withAttachment("data.json", new java.io.ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)),
                Zeros.stream(BOMB));
        long allocated = Zeros.allocatedHere();
        assertThat(PdfAttachments.read(pdf, "data.json", 4 * MB)).map(String::new).contains("{}");
        assertThat(Zeros.allocatedHere() - allocated).as("bytes allocated while reading").isLessThan(64L * MB);
    }

    @Test
    void anEncryptedPdfIsRefused() throws IOException {
        byte[] plain = PdfAttachments.attach(blankPdf(), new PdfAttachments.Attachment("data.json", "application/json",
                "Data", "Some data", "{}".getBytes(StandardCharsets.UTF_8)));
        byte[] encrypted;
        try (PDDocument doc = Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            encrypted = out.toByteArray();
        }
        assertThatThrownBy(() -> PdfAttachments.read(encrypted, "data.json", 4 * MB))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("encrypted");
    }

    @Test
    void otherFilesAreNoPdfWithAnAttachment() {
        assertThat(PdfAttachments.read("not a PDF".getBytes(StandardCharsets.US_ASCII), "data.json", MB)).isEmpty();
        assertThat(PdfAttachments.read(new byte[0], "data.json", MB)).isEmpty();
        assertThat(PdfAttachments.read(blankPdf(), "data.json", MB)).isEmpty();
    }

    private static byte[] blankPdf() {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A one-page PDF, saved with object and cross-reference streams as PDFBox saves, carrying
     * {@code data} as the attached file {@code name}, and {@code pageContent} (if any) as the page's
     * content stream; both compressed with FlateDecode.
     */
    private static byte[] withAttachment(String name, InputStream data, InputStream pageContent) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            if (pageContent != null) {
                page.setContents(new PDStream(doc, pageContent, COSName.FLATE_DECODE));
            }
            PDEmbeddedFile file = new PDEmbeddedFile(doc, data, COSName.FLATE_DECODE);
            file.setSubtype("application/json");
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(name);
            spec.setFileUnicode(name);
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of(name, spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A PDF whose cross-reference stream, read before anything else, holds its four entries and then
     * {@code zeros} zero bytes, compressed: a decompression bomb in the structure of the file.
     */
    static byte[] xrefStreamBomb(long zeros) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        int catalog = out.size();
        write(out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        int pages = out.size();
        write(out, "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n");
        int xref = out.size();
        ByteBuffer entries = ByteBuffer.allocate(4 * 7);
        entries.put((byte) 0).putInt(0).putShort((short) 0xFFFF);
        for (int offset : new int[] {catalog, pages, xref}) {
            entries.put((byte) 1).putInt(offset).putShort((short) 0);
        }
        byte[] data = Zeros.deflated(entries.array(), zeros);
        write(out, "3 0 obj\n<< /Type /XRef /Size 4 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length " + data.length
                + " >>\nstream\n");
        out.writeBytes(data);
        write(out, "\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
