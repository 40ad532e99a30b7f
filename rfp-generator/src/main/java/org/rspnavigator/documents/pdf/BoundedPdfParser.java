package org.rspnavigator.documents.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serial;
import java.util.List;
import java.util.zip.InflaterInputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.rspnavigator.documents.io.BoundedInput;

/**
 * PDFBox's parser for a PDF that came from outside, so that no stream in it is unpacked beyond a
 * budget. PDFBox parses lazily (an object when it is first used), but whenever it parses a stream
 * (a cross-reference stream, an object stream, an embedded file) it later unpacks the whole of it
 * into memory before handing out a byte, with no limit. This parser unpacks each stream as it is
 * parsed through {@link BoundedInput}, counting and discarding, and refuses the file when
 * <ul>
 * <li>an embedded file unpacks to more than {@code attachmentLimit} bytes,</li>
 * <li>all streams parsed so far unpack to more than {@code budget} bytes together,</li>
 * <li>a stream is compressed other than with FlateDecode (the only compression RSP Navigator's
 * PDFs use), or</li>
 * <li>the file is encrypted (its streams cannot be checked before PDFBox decrypts them).</li>
 * </ul>
 * It is strict: a damaged file is not repaired by PDFBox's brute-force search, which parses
 * streams with a parser of its own. Streams that are never used (pages, fonts, other attachments)
 * are never parsed, so never unpacked.
 */
final class BoundedPdfParser extends PDFParser {

    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");

    private final long attachmentLimit;
    private final long budget;
    private long unpacked;

    private BoundedPdfParser(byte[] pdf, long attachmentLimit, long budget) throws IOException {
        super(new RandomAccessReadBuffer(pdf), "", null, null, IOUtils.createMemoryOnlyStreamCache());
        this.attachmentLimit = attachmentLimit;
        this.budget = budget;
    }

    /**
     * The document, parsed strictly; its streams are checked as they are parsed, now or later.
     *
     * @throws Refused       when the file breaks one of the rules above (also later, when a stream is
     *                       first used)
     * @throws IOException   when it is not a PDF PDFBox can read
     */
    static PDDocument load(byte[] pdf, long attachmentLimit, long budget) throws IOException {
        return new BoundedPdfParser(pdf, attachmentLimit, budget).parse(false);
    }

    @Override
    protected COSStream parseCOSStream(COSDictionary dictionary) throws IOException {
        COSStream stream = super.parseCOSStream(dictionary);
        boolean attachment = EMBEDDED_FILE.equals(stream.getCOSName(COSName.TYPE));
        long left = budget - unpacked;
        long limit = attachment ? Math.min(attachmentLimit, left) : left;
        try (InputStream in = new BoundedInput(unpacked(stream), limit, "A stream")) {
            unpacked += in.transferTo(OutputStream.nullOutputStream());
        } catch (BoundedInput.TooLargeException e) {
            throw new Refused(attachment && limit == attachmentLimit ? Reason.ATTACHMENT_TOO_LARGE
                    : Reason.TOO_LARGE, e.limit());
        }
        return stream;
    }

    @Override
    protected void prepareDecryption() throws IOException {
        if (document.getEncryptionDictionary() != null) {
            throw new Refused(Reason.ENCRYPTED, 0);
        }
        super.prepareDecryption();
    }

    /** The stream's data as its filters unpack it: FlateDecode only, each stage bounded by the budget. */
    private InputStream unpacked(COSStream stream) throws IOException {
        List<COSName> filters = filters(stream.getFilters());
        InputStream in = stream.createRawInputStream();
        for (COSName filter : filters) {
            if (!COSName.FLATE_DECODE.equals(filter) && !COSName.FLATE_DECODE_ABBREVIATION.equals(filter)) {
                in.close();
                throw new Refused(Reason.UNKNOWN_COMPRESSION, 0);
            }
            in = new BoundedInput(new InflaterInputStream(in), budget - unpacked, "A stream");
        }
        return in;
    }

    private static List<COSName> filters(COSBase filters) throws Refused {
        if (filters == null) {
            return List.of();
        }
        if (filters instanceof COSName name) {
            return List.of(name);
        }
        if (filters instanceof COSArray array && array.toList().stream().allMatch(COSName.class::isInstance)) {
            return array.toList().stream().map(COSName.class::cast).toList();
        }
        throw new Refused(Reason.UNKNOWN_COMPRESSION, 0);
    }

    /** Why a file was not read. */
    enum Reason {
        ATTACHMENT_TOO_LARGE, TOO_LARGE, UNKNOWN_COMPRESSION, ENCRYPTED
    }

    /**
     * The file was refused. Unchecked, so that it passes through PDFBox, which catches
     * {@link IOException}s on its way and would go on.
     */
    static final class Refused extends RuntimeException {

        @Serial
        private static final long serialVersionUID = 1L;

        private final Reason reason;
        private final long limit;

        Refused(Reason reason, long limit) {
            super(reason.name());
            this.reason = reason;
            this.limit = limit;
        }

        Reason reason() {
            return reason;
        }

        /** The limit that was passed, in bytes, for the two reasons that have one. */
        long limit() {
            return limit;
        }
    }
}
