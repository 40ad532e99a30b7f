package org.rspnavigator.webapp.rfp;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.rspnavigator.documents.RenderBudget;
import org.rspnavigator.documents.rfp.RfpDocuments;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.procurement.rfp.ResolvedRfp;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.webapp.operations.Timings;
import org.rspnavigator.webapp.platform.DocumentQueue;
import org.rspnavigator.webapp.platform.DocumentsBusyException;
import org.rspnavigator.webapp.platform.Download;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Makes the RFP documents of a draft ({@link RfpFormat}) on the {@link DocumentQueue}, each timed as
 * {@code rsp.documents.render} (tags {@code format}, {@code outcome}).
 */
@Service
public class RfpDocumentService {

    private final RfpDocuments documents;
    private final DocumentQueue queue;
    private final MeterRegistry metrics;

    public RfpDocumentService(Catalog catalog, DocumentQueue queue, MeterRegistry metrics) {
        this.documents = new RfpDocuments(catalog);
        this.queue = queue;
        this.metrics = metrics;
    }

    /**
     * Starts making the document; the future fails with {@link DocumentsBusyException} if the queue
     * is full, with {@link IllegalArgumentException} if the document names what the catalog does not
     * have, and with {@link RenderBudget.ExceededException} if the document is not made within its
     * budget.
     */
    public CompletableFuture<byte[]> renderAsync(RfpFormat format, RfpDocument doc) {
        return queue.submit(() -> timed(format, () -> documents.resolve(doc)));
    }

    /** Makes the document and waits for it. */
    public byte[] render(RfpFormat format, RfpDocument doc) {
        return queue.make(() -> timed(format, () -> documents.resolve(doc)));
    }

    /** The document as a file, made when it is ready (for a view that shows progress meanwhile). */
    public CompletableFuture<Download> prepare(RfpFormat format, RfpDocument doc) {
        return renderAsync(format, doc).thenApply(bytes -> new Download(format.fileName(doc), format.mediaType(),
                () -> bytes));
    }

    /** The document as a file, made when its content is asked for, waiting for a place. */
    public Download download(RfpFormat format, RfpDocument doc) {
        return new Download(format.fileName(doc), format.mediaType(), () -> render(format, doc));
    }

    /** Documents waiting for a place, for the views to tell people they are queued. */
    public int waiting() {
        return queue.waiting();
    }

    /** Finding the catalog entries is part of making the document, and timed with it. */
    private byte[] timed(RfpFormat format, Supplier<ResolvedRfp> content) {
        return Timings.rfpDocument(metrics, format.apiName(), () -> make(format, content.get()));
    }

    private byte[] make(RfpFormat format, ResolvedRfp rfp) {
        return switch (format) {
            case RFP_PDF -> documents.rfpPdf(rfp);
            case RFP_DOCX -> documents.rfpDocx(rfp);
            case CHECKLIST_PDF -> documents.checklistPdf(rfp);
            case MATRIX_CSV -> documents.responseMatrixCsv(rfp);
            case MATRIX_JSON -> documents.responseMatrixJson(rfp).getBytes(StandardCharsets.UTF_8);
        };
    }
}
