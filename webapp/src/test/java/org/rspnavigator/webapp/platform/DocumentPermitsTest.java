package org.rspnavigator.webapp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.RenderBudget;
import org.rspnavigator.webapp.rfp.RfpDocumentService.DocumentsBusyException;

class DocumentPermitsTest {

    @Test
    void makesTheDocumentWhenAPlaceIsFree() {
        assertThat(new DocumentPermits(1, 0, 1).make(() -> "pdf")).isEqualTo("pdf");
    }

    @Test
    void aFullQueueIsBusyAtOnce() throws Exception {
        DocumentPermits permits = new DocumentPermits(1, 0, 60);
        try (Held held = new Held(permits)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> permits.make(() -> "second")).isInstanceOf(DocumentsBusyException.class);
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
        }
        assertThat(permits.make(() -> "after")).isEqualTo("after");
    }

    @Test
    void aWaitingDocumentGivesUpAfterTheWait() throws Exception {
        DocumentPermits permits = new DocumentPermits(1, 5, 1);
        try (Held held = new Held(permits)) {
            assertThatThrownBy(() -> permits.make(() -> "second")).isInstanceOf(DocumentsBusyException.class);
        }
    }

    @Test
    void aWaitingDocumentIsMadeWhenThePlaceComesFree() throws Exception {
        DocumentPermits permits = new DocumentPermits(1, 5, 60);
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
        DocumentPermits permits = new DocumentPermits(1, 0, 60, Duration.ofMillis(200));
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

    /** Takes the only place on another thread until closed. */
    private static final class Held implements AutoCloseable {
        private final CountDownLatch taken = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private final CompletableFuture<String> done;

        Held(DocumentPermits permits) throws InterruptedException {
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
