package org.rspnavigator.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.rspnavigator.documents.io.BoundedInput;

/**
 * Files attached to a finished PDF the way PDF/A-3 allows: as an associated file of the whole
 * document, so that a machine-readable copy of what the pages show travels with them. The file is
 * listed in the document's embedded files (where PDF readers show attachments) and in the catalog's
 * {@code /AF} array, with its MIME type, modification date, relationship and description, as PDF/A-3
 * and PDF/UA-1 ask.
 */
public final class PdfAttachments {

    /**
     * A file to attach.
     *
     * @param relationship how it relates to the document, as PDF/A-3 names it: Data, Source, Alternative,
     *                     Supplement or Unspecified
     */
    public record Attachment(String fileName, String mimeType, String relationship, String description, byte[] data) {
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mimeType, "mimeType");
            Objects.requireNonNull(relationship, "relationship");
            Objects.requireNonNull(description, "description");
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }

    private PdfAttachments() {
    }

    /** {@code pdf} with {@code attachment} added, saved anew. */
    public static byte[] attach(byte[] pdf, Attachment attachment) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            byte[] data = attachment.data();
            PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(data), COSName.FLATE_DECODE);
            file.setSubtype(attachment.mimeType());
            file.setSize(data.length);
            Calendar now = Calendar.getInstance();
            file.setCreationDate(now);
            file.setModDate(now);

            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(attachment.fileName());
            spec.setFileUnicode(attachment.fileName());
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            spec.setFileDescription(attachment.description());
            spec.getCOSObject().setName(COSName.AF_RELATIONSHIP, attachment.relationship());

            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDDocumentNameDictionary names = Optional.ofNullable(catalog.getNames())
                    .orElseGet(() -> new PDDocumentNameDictionary(catalog));
            PDEmbeddedFilesNameTreeNode tree = Optional.ofNullable(names.getEmbeddedFiles())
                    .orElseGet(PDEmbeddedFilesNameTreeNode::new);
            Map<String, PDComplexFileSpecification> files = new HashMap<>(
                    Optional.ofNullable(tree.getNames()).orElse(Map.of()));
            files.put(attachment.fileName(), spec);
            tree.setNames(files);
            names.setEmbeddedFiles(tree);
            catalog.setNames(names);

            COSArray associated = Optional.ofNullable(catalog.getCOSObject().getCOSArray(COSName.AF))
                    .orElseGet(COSArray::new);
            associated.add(spec);
            catalog.getCOSObject().setItem(COSName.AF, associated);

            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + data.length + 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not attach " + attachment.fileName(), e);
        }
    }

    /**
     * What the other streams read on the way to an attachment (cross-reference and object streams)
     * may unpack to, together: a statement PDF's need a few kilobytes.
     */
    static final long STRUCTURE_BUDGET = 16L * 1024 * 1024;

    /**
     * The content of the file attached under {@code fileName}, if {@code pdf} is a PDF that has one;
     * empty for anything else, including bytes that are not a PDF. The PDF comes from outside, so it
     * is read as {@link BoundedPdfParser} reads: only the parts on the way to the file are unpacked,
     * the file to at most {@code maxBytes} and those parts to at most {@link #STRUCTURE_BUDGET}
     * together, each stopped as soon as it passes its limit.
     *
     * @throws IllegalArgumentException saying why the PDF was not read: the attached file is larger
     *         than {@code maxBytes} when unpacked, the other parts larger than their budget, it is
     *         encrypted, or compressed other than with FlateDecode
     */
    public static Optional<byte[]> read(byte[] pdf, String fileName, int maxBytes) {
        long budget = maxBytes + STRUCTURE_BUDGET;
        String attached = "The attached file " + fileName;
        try (PDDocument doc = BoundedPdfParser.load(pdf, maxBytes, budget)) {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
            PDComplexFileSpecification spec = tree == null ? null : tree.getValue(fileName);
            PDEmbeddedFile file = spec == null ? null
                    : Optional.ofNullable(spec.getEmbeddedFileUnicode()).orElse(spec.getEmbeddedFile());
            if (file == null) {
                return Optional.empty();
            }
            try (InputStream in = new BoundedInput(file.createInputStream(), maxBytes, attached)) {
                return Optional.of(in.readAllBytes());
            }
        } catch (BoundedInput.TooLargeException e) {
            throw new IllegalArgumentException(refusal(BoundedPdfParser.Reason.ATTACHMENT_TOO_LARGE, attached, maxBytes,
                    budget), e);
        } catch (BoundedPdfParser.Refused e) {
            throw new IllegalArgumentException(refusal(e.reason(), attached, maxBytes, budget), e);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String refusal(BoundedPdfParser.Reason reason, String attached, long maxBytes, long budget) {
        return switch (reason) {
            case ATTACHMENT_TOO_LARGE -> attached + " is larger than " + BoundedInput.size(maxBytes)
                    + " when unpacked, so it was not read.";
            case TOO_LARGE -> "The compressed parts of this PDF unpack to more than " + BoundedInput.size(budget)
                    + ", so it was not read.";
            case UNKNOWN_COMPRESSION -> "This PDF is compressed in a way that is not read here (only FlateDecode is), "
                    + "so it was not read.";
            case ENCRYPTED -> "This PDF is encrypted, so it was not read.";
        };
    }
}
