package org.rspnavigator.webapp.platform;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.rspnavigator.documents.RenderBudget;
import org.rspnavigator.webapp.rfp.RfpDocumentService;
import org.rspnavigator.webapp.rfp.RfpDocumentService.DocumentsBusyException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A bound on the PDFs made on request threads outside the RFP document pool: the portfolio PDF,
 * statement PDFs, gap reports and bidder evidence matrices. Each needs tens of megabytes of heap
 * while it is made (the largest gap report and matrix about 96 MB, as much as the RFP section;
 * docs/benchmarks.md), and without a bound a burst of them ran a 512 MB heap out of memory. Half
 * as many as the RFP pool's documents (at least one) are made at once, so that both together stay
 * within the heap the pool is sized for; the rest wait, at most {@code rsp.documents.queue} of
 * them and for {@code rsp.documents.wait-seconds}, and beyond that the answer is "busy" (503).
 * Each has the pool's render budget ({@code rsp.documents.render-budget}) to be made, and is stopped
 * with {@link RenderBudget.ExceededException} after it, its place freed for the next.
 */
@Component
public class DocumentPermits {

    private final Semaphore permits;
    private final int concurrency;
    private final int places;
    private final long waitSeconds;
    private final Duration renderBudget;
    private final AtomicInteger waiting = new AtomicInteger();

    @Autowired
    public DocumentPermits(RfpDocumentService rfpDocuments, @Value("${rsp.documents.queue:64}") int places,
            @Value("${rsp.documents.wait-seconds:120}") long waitSeconds) {
        this(Math.max(1, rfpDocuments.concurrency() / 2), places, waitSeconds, rfpDocuments.renderBudget());
    }

    DocumentPermits(int concurrency, int places, long waitSeconds) {
        this(concurrency, places, waitSeconds, Duration.ofMinutes(5));
    }

    DocumentPermits(int concurrency, int places, long waitSeconds, Duration renderBudget) {
        this.concurrency = concurrency;
        this.permits = new Semaphore(concurrency, true);
        this.places = places;
        this.waitSeconds = waitSeconds;
        this.renderBudget = renderBudget;
    }

    /** Documents made at the same time. */
    public int concurrency() {
        return concurrency;
    }

    /**
     * Makes a document when a place is free, within the render budget.
     *
     * @throws DocumentsBusyException if every waiting place is taken or none came free in time
     * @throws RenderBudget.ExceededException if the document was not made within the budget
     */
    public <T> T make(Supplier<T> document) {
        if (!permits.tryAcquire()) {
            if (waiting.incrementAndGet() > places) {
                waiting.decrementAndGet();
                throw new DocumentsBusyException();
            }
            try {
                if (!permits.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
                    throw new DocumentsBusyException();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DocumentsBusyException();
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            return RenderBudget.within(renderBudget, document);
        } finally {
            permits.release();
        }
    }
}
