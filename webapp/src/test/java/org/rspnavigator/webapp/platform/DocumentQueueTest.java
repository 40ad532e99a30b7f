package org.rspnavigator.webapp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.RenderBudget;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The bounded document queue: how many are made at once, and that a full queue is refused, not piled up. */
class DocumentQueueTest {

    private final List<DocumentQueue> made = new ArrayList<>();

    private DocumentQueue queue(int concurrency, int places, long waitSeconds) {
        return queue(concurrency, places, waitSeconds, Duration.ofMinutes(5));
    }

    private DocumentQueue queue(int concurrency, int places, long waitSeconds, Duration renderBudget) {
        DocumentQueue queue = new DocumentQueue(concurrency, places, waitSeconds, renderBudget, new SimpleMeterRegistry());
        made.add(queue);
        return queue;
    }

    @AfterEach
    void stop() {
        made.forEach(DocumentQueue::stop);
    }

    @Test
    void makesTheDocumentWhenAPlaceIsFree() {
        assertThat(queue(1, 0, 1).make(() -> "pdf")).isEqualTo("pdf");
    }

    @Test
    void aFullQueueIsBusyAtOnce() throws Exception {
        DocumentQueue permits = queue(1, 0, 60);
        try (Held held = new Held(permits)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> permits.make(() -> "second")).isInstanceOf(DocumentsBusyException.class);
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
        }
        assertThat(permits.make(() -> "after")).isEqualTo("after");
    }

    @Test
    void aWaitingDocumentGivesUpAfterTheWait() throws Exception {
        DocumentQueue permits = queue(1, 5, 1);
        try (Held held = new Held(permits)) {
            assertThatThrownBy(() -> permits.make(() -> "second")).isInstanceOf(DocumentsBusyException.class);
        }
    }

    @Test
    void aWaitingDocumentIsMadeWhenThePlaceComesFree() throws Exception {
        DocumentQueue permits = queue(1, 5, 60);
        CompletableFuture<String> second;
        try (Held held = new Held(permits)) {
            second = CompletableFuture.supplyAsync(() -> permits.make(() -> "second"));
            Thread.sleep(200);
            assertThat(second).isNotDone();
        }
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
    }

    @Test
    void aDocumentOverItsBudgetIsStoppedAndItsPlaceFreed() {
        DocumentQueue permits = queue(1, 0, 60, Duration.ofMillis(200));
        long start = System.nanoTime();
        assertThatThrownBy(() -> permits.make(() -> {
            while (true) {
                RenderBudget.check(); // as the renderers do
                Thread.onSpinWait();
            }
        })).isInstanceOf(RenderBudget.ExceededException.class).hasMessageContaining("longer than 200 ms");
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(10));
        assertThat(permits.make(() -> "after")).isEqualTo("after");
    }

    @Test
    void aFullQueueIsRefusedAtOnceInTheAsyncWayToo() throws Exception {
        DocumentQueue queue = queue(1, 1, 60);
        try (Held held = new Held(queue)) {
            CompletableFuture<String> queued = queue.submit(() -> "queued");
            assertThat(queue.waiting()).isEqualTo(1);
            CompletableFuture<String> refused = queue.submit(() -> "refused");
            assertThat(refused).isCompletedExceptionally();
            assertThatThrownBy(refused::get).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(DocumentsBusyException.class).hasMessageContaining("try again");
            assertThat(queued).isNotDone();
            held.close();
            assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("queued");
        }
        assertThat(queue.waiting()).isZero();
    }

    @Test
    void concurrencyFollowsTheCpusAndTheHeapUnlessConfigured() {
        long mb = 1L << 20;
        assertThat(DocumentQueue.automaticConcurrency(2, 512 * mb)).isEqualTo(2);
        assertThat(DocumentQueue.automaticConcurrency(8, 512 * mb)).isEqualTo(2);
        assertThat(DocumentQueue.automaticConcurrency(8, 4096 * mb)).isEqualTo(4);
        assertThat(DocumentQueue.automaticConcurrency(1, 4096 * mb)).isEqualTo(1);
        assertThat(DocumentQueue.automaticConcurrency(8, 256 * mb)).isEqualTo(1);
        assertThat(queue(3, 10, 120).concurrency()).isEqualTo(3);
        DocumentQueue configured = new DocumentQueue(new DocumentLimits(3, 10, 120, Duration.ofMinutes(5)),
                new SimpleMeterRegistry());
        try {
            assertThat(configured.concurrency()).isEqualTo(3);
        } finally {
            configured.stop();
        }
    }

    /** Takes the only place on another thread until closed. */
    private static final class Held implements AutoCloseable {
        private final CountDownLatch taken = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private final CompletableFuture<String> done;

        Held(DocumentQueue permits) throws InterruptedException {
            done = CompletableFuture.supplyAsync(() -> permits.make(() -> {
                taken.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "first";
            }));
            assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
        }

        @Override
        public void close() throws Exception {
            release.countDown();
            assertThat(done.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        }
    }
}
