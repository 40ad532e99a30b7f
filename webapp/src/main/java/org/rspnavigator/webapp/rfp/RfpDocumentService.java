package org.rspnavigator.webapp.rfp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.rspnavigator.documents.RenderBudget;
import org.rspnavigator.documents.rfp.RfpDocuments;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.procurement.rfp.ResolvedRfp;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.webapp.operations.Timings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;

/**
 * Renders RFP documents on a bounded pool: at most {@code rsp.documents.max-concurrent} at once,
 * the rest waiting in a queue of {@code rsp.documents.queue} places. A full queue is refused at
 * once ({@link DocumentsBusyException}) rather than letting requests pile up in memory. Each
 * document has {@code rsp.documents.render-budget} (60 s) to be made: one still being made then is
 * stopped where the renderers next check ({@link RenderBudget}), with
 * {@link RenderBudget.ExceededException}, so that one planner's enormous draft cannot hold a place
 * of the pool for minutes.
 *
 * <p>Metrics: {@code rsp.documents.render} times each document (tags {@code format}, {@code outcome});
 * {@code rsp.documents.queued} and {@code rsp.documents.active} are the pool's queue and the
 * documents being made now.
 */
@Service
public class RfpDocumentService {

    private final RfpDocuments documents;
    private final ThreadPoolExecutor pool;
    private final long waitSeconds;
    private final Duration renderBudget;
    private final MeterRegistry metrics;

    public RfpDocumentService(Catalog catalog,
            @Value("${rsp.documents.max-concurrent:0}") int maxConcurrent,
            @Value("${rsp.documents.queue:64}") int queue,
            @Value("${rsp.documents.wait-seconds:120}") long waitSeconds,
            @Value("${rsp.documents.render-budget:60s}") Duration renderBudget,
            MeterRegistry metrics) {
        this.documents = new RfpDocuments(catalog);
        int threads = maxConcurrent > 0 ? maxConcurrent
                : automaticConcurrency(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "rfp-documents-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.waitSeconds = waitSeconds;
        this.renderBudget = renderBudget;
        this.metrics = metrics;
        Gauge.builder("rsp.documents.queued", pool, p -> p.getQueue().size())
                .description("RFP documents waiting for a place in the document pool").register(metrics);
        Gauge.builder("rsp.documents.active", pool, ThreadPoolExecutor::getActiveCount)
                .description("RFP documents being made now").register(metrics);
    }

    /** Heap the application needs besides documents: catalog, search index, sessions. */
    static final long BASE_HEAP = 256L << 20;
    /** Heap one document of the largest RFP needs while it is made (docs/benchmarks.md). */
    static final long HEAP_PER_DOCUMENT = 96L << 20;

    /**
     * Documents made at once unless configured: one per CPU, at most four (making a document is
     * CPU-bound), and no more than the heap left beside the application's own holds.
     */
    static int automaticConcurrency(int cpus, long maxHeap) {
        long byHeap = Math.max(1, (maxHeap - BASE_HEAP) / HEAP_PER_DOCUMENT);
        return (int) Math.max(1, Math.min(Math.min(4, cpus), byHeap));
    }

    /** Documents made at the same time. */
    public int concurrency() {
        return pool.getMaximumPoolSize();
    }

    /** The time one document has to be made. */
    public Duration renderBudget() {
        return renderBudget;
    }

    /**
     * Starts rendering; the future fails with {@link DocumentsBusyException} if the queue is full,
     * with {@link IllegalArgumentException} if the document names what the catalog does not have,
     * and with {@link RenderBudget.ExceededException} if the document is not made within its budget.
     */
    public CompletableFuture<byte[]> renderAsync(RfpFormat format, RfpDocument doc) {
        return start(format, () -> documents.resolve(doc));
    }

    /** As {@link #renderAsync(RfpFormat, RfpDocument)}, for an RFP whose catalog entries were found already. */
    public CompletableFuture<byte[]> renderAsync(RfpFormat format, ResolvedRfp rfp) {
        return start(format, () -> rfp);
    }

    /** Renders and waits for the result. */
    public byte[] render(RfpFormat format, RfpDocument doc) {
        return await(renderAsync(format, doc));
    }

    /** Renders an RFP whose catalog entries were found already, and waits for the result. */
    public byte[] render(RfpFormat format, ResolvedRfp rfp) {
        return await(renderAsync(format, rfp));
    }

    private CompletableFuture<byte[]> start(RfpFormat format, Supplier<ResolvedRfp> content) {
        try {
            return CompletableFuture.supplyAsync(() -> renderNow(format, content), pool);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new DocumentsBusyException());
        }
    }

    private byte[] await(CompletableFuture<byte[]> document) {
        try {
            return document.get(waitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentsBusyException();
        } catch (TimeoutException e) {
            throw new DocumentsBusyException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Documents waiting for a place, for the views to tell people they are queued. */
    public int waiting() {
        return pool.getQueue().size();
    }

    /** Finding the catalog entries is part of making the document: timed, and within its budget. */
    private byte[] renderNow(RfpFormat format, Supplier<ResolvedRfp> content) {
        return Timings.rfpDocument(metrics, format.apiName(), () -> RenderBudget.within(renderBudget,
                () -> make(format, content.get())));
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

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** Every place in the document queue is taken. */
    public static class DocumentsBusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DocumentsBusyException() {
            super("Many documents are being generated right now. Please try again in a minute.");
        }
    }
}
