package org.rspnavigator.webapp.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.rspnavigator.documents.RenderBudget;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;

/**
 * The one bounded queue every document is made on: RFP documents, statement PDFs, gap reports,
 * bidder evidence matrices, the portfolio PDF and the XLSX workbooks of the portfolio and the use
 * cases. Most need tens of megabytes of heap while they are made (the largest about 96 MB;
 * docs/benchmarks.md), and without a bound a burst of them ran a
 * 512 MB heap out of memory. At most {@code rsp.documents.max-concurrent} are made at once; the
 * rest wait in {@code rsp.documents.queue} places, and one more is refused at once
 * ({@link DocumentsBusyException}) rather than piling up in memory. Each document has
 * {@code rsp.documents.render-budget} (60 s) to be made: one still being made then is stopped
 * where the renderers next check ({@link RenderBudget}), with {@link RenderBudget.ExceededException},
 * and its place is free for the next.
 *
 * <p>Two ways to ask: {@link #submit} for a view that shows progress and offers the file when it is
 * ready, and {@link #make} for a request that waits for its document (for a place, at most
 * {@code rsp.documents.wait-seconds}). The services that render call these themselves, so that no
 * renderer can be reached around the bound; they load what the document shows on the caller's
 * thread and hand the queue only the rendering.
 *
 * <p>Metrics: {@code rsp.documents.queued} and {@code rsp.documents.active} are the documents
 * waiting and being made now; the services time their documents ({@code rsp.documents.render},
 * {@code rsp.statements.render}).
 */
@Component
@EnableConfigurationProperties(DocumentLimits.class)
public class DocumentQueue {

    /** Heap the application needs besides documents: catalog, search index, sessions. */
    static final long BASE_HEAP = 256L << 20;
    /** Heap one document of the largest RFP needs while it is made (docs/benchmarks.md). */
    static final long HEAP_PER_DOCUMENT = 96L << 20;

    private final ThreadPoolExecutor pool;
    /** Documents being made or waiting: at most the concurrency plus the waiting places. */
    private final Semaphore places;
    private final long waitSeconds;
    private final Duration renderBudget;

    @Autowired
    public DocumentQueue(DocumentLimits limits, MeterRegistry metrics) {
        this(limits.maxConcurrent() > 0 ? limits.maxConcurrent()
                : automaticConcurrency(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory()),
                limits.queue(), limits.waitSeconds(), limits.renderBudget(), metrics);
    }

    public DocumentQueue(int concurrency, int queue, long waitSeconds, Duration renderBudget, MeterRegistry metrics) {
        if (concurrency < 1 || queue < 0) {
            throw new IllegalArgumentException("A document queue makes at least one document at once and has no "
                    + "negative number of places: " + concurrency + ", " + queue);
        }
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "documents-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.places = new Semaphore(concurrency + queue);
        this.waitSeconds = waitSeconds;
        this.renderBudget = renderBudget;
        Gauge.builder("rsp.documents.queued", pool, p -> p.getQueue().size())
                .description("Documents waiting for a place in the document queue").register(metrics);
        Gauge.builder("rsp.documents.active", pool, ThreadPoolExecutor::getActiveCount)
                .description("Documents being made now").register(metrics);
    }

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

    /** Documents waiting for a place, for the views to tell people they are queued. */
    public int waiting() {
        return pool.getQueue().size();
    }

    /**
     * Starts making a document when a place is free; the future fails with
     * {@link DocumentsBusyException} if every waiting place is taken, and with
     * {@link RenderBudget.ExceededException} if the document is not made within its budget.
     */
    public <T> CompletableFuture<T> submit(Supplier<T> document) {
        Job<T> job = enqueue(document);
        return job == null ? CompletableFuture.failedFuture(new DocumentsBusyException()) : job.result;
    }

    /**
     * Makes a document when a place is free and waits for it: at most
     * {@code rsp.documents.wait-seconds} for the place, then for as long as the document takes,
     * which its render budget bounds.
     *
     * @throws DocumentsBusyException if every waiting place is taken or none came free in time
     * @throws RenderBudget.ExceededException if the document was not made within its budget
     */
    public <T> T make(Supplier<T> document) {
        Job<T> job = enqueue(document);
        if (job == null) {
            throw new DocumentsBusyException();
        }
        try {
            if (!job.started.await(waitSeconds, TimeUnit.SECONDS) && giveUp(job)) {
                throw new DocumentsBusyException();
            }
            return job.result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            giveUp(job);
            throw new DocumentsBusyException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private <T> Job<T> enqueue(Supplier<T> document) {
        if (!places.tryAcquire()) {
            return null;
        }
        Job<T> job = new Job<>(document, MDC.getCopyOfContextMap());
        try {
            pool.execute(job);
        } catch (RejectedExecutionException e) {
            places.release();
            return null;
        }
        return job;
    }

    /** Takes a document nobody waits for any more out of the queue, unless it has started; whether it was. */
    private boolean giveUp(Job<?> job) {
        if (!pool.remove(job)) {
            return false;
        }
        places.release();
        job.result.cancel(false);
        return true;
    }

    @PreDestroy
    public void stop() {
        pool.shutdownNow();
    }

    /** One document on the queue; its place is freed before its result is told, so the next finds it free. */
    private final class Job<T> implements Runnable {

        final Supplier<T> work;
        /** The caller's log context (the user's name), so that what the rendering logs says whose it was. */
        final Map<String, String> logContext;
        final CompletableFuture<T> result = new CompletableFuture<>();
        final CountDownLatch started = new CountDownLatch(1);

        Job(Supplier<T> work, Map<String, String> logContext) {
            this.work = work;
            this.logContext = logContext;
        }

        @Override
        public void run() {
            started.countDown();
            T value = null;
            Throwable failure = null;
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                if (!result.isDone()) {
                    value = RenderBudget.within(renderBudget, work);
                }
            } catch (Throwable t) {
                failure = t;
            } finally {
                MDC.clear();
                places.release();
            }
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
        }
    }
}
