package org.rspnavigator.documents.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.RenderBudget;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementOrigin;
import org.rspnavigator.procurement.rfp.RfpDocument;

/** Documents stop when their time is up, wherever they are, and their thread is free again. */
class RfpRenderBudgetTest {

    private static final RfpDocuments DOCUMENTS = new RfpDocuments(RfpFixtures.CATALOG);

    /**
     * Four hundred requirements of 4,000 characters each: a document of hundreds of pages, seconds
     * to lay out on a cold machine and still far more than 50 ms on a warm, fast one.
     */
    static RfpDocument slow() {
        Requirement first = RfpFixtures.requirements().getFirst();
        String text = "The proposed system keeps every study readable for the retention period the law sets. "
                .repeat(50).substring(0, 4_000);
        List<Requirement> many = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            many.add(RfpFixtures.req("PACS-" + (1000 + i), first.level(), first.system(), first.category(),
                    first.subject(), text, text, RequirementOrigin.PLANNER));
        }
        return RfpFixtures.with(many, List.of(), List.of());
    }

    @Test
    void aPdfOrWordDocumentOverItsBudgetIsStoppedSoonAfterIt() {
        RfpDocument slow = slow();
        for (Function<RfpDocument, byte[]> output : List.<Function<RfpDocument, byte[]>>of(DOCUMENTS::rfpPdf,
                DOCUMENTS::rfpDocx)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> RenderBudget.within(Duration.ofMillis(50), () -> output.apply(slow)))
                    .isInstanceOf(RenderBudget.ExceededException.class)
                    .hasMessageStartingWith("The document took longer than 50 ms to make and was stopped.");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
        // The budget ended with the work: nothing is left to stop the next document on this thread.
        RenderBudget.check();
        assertThat(DOCUMENTS.checklistPdf(RfpFixtures.document())).isNotEmpty();
    }

    @Test
    void aDocumentWithinItsBudgetIsMadeAsAlways() {
        byte[] pdf = RenderBudget.within(Duration.ofMinutes(5), () -> DOCUMENTS.rfpPdf(RfpFixtures.document()));
        assertThat(Pdfs.text(pdf)).contains("PACS-01");
    }

    @Test
    void anInterruptedThreadStopsItsDocument() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> DOCUMENTS.rfpPdf(slow())).isInstanceOf(CancellationException.class);
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is left for the thread's owner").isTrue();
        }
    }

    @Test
    void anInnerBudgetEndsNoLaterThanTheOuter() {
        assertThatThrownBy(() -> RenderBudget.within(Duration.ofMillis(20), () -> RenderBudget.within(
                Duration.ofHours(1), () -> {
                    sleep(100);
                    RenderBudget.check();
                    return null;
                }))).isInstanceOf(RenderBudget.ExceededException.class)
                .satisfies(e -> assertThat(((RenderBudget.ExceededException) e).budget()).isEqualTo(Duration.ofMillis(20)));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
