package org.rspnavigator.webapp.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.rspnavigator.documents.RenderBudget;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.webapp.platform.DocumentQueue;
import org.rspnavigator.webapp.platform.DocumentsBusyException;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementProposer;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.procurement.rfp.RfpSpec;

/** RFP documents on the bounded document queue: a full queue is refused, not piled up; a slow document is stopped. */
class RfpDocumentServiceTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();

    private static RfpDocument largest() {
        RfpSpec spec = new RfpSpec("Everything", "", Optional.of(Region.EUROPE),
                CATALOG.useCases().stream().map(UseCase::id).toList(),
                CATALOG.systemTypes().stream().map(t -> new ProcuredSystem(t.id(), 1, "")).toList());
        return RfpDraft.proposed(spec, new RequirementProposer(CATALOG)).toDocument(1, LocalDate.of(2026, 11, 22));
    }

    @Test
    void aFullQueueIsRefusedAtOnceAndTheQueuedDocumentsStillArrive() throws Exception {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        DocumentQueue queue = new DocumentQueue(1, 1, 120, Duration.ofMinutes(5), metrics);
        RfpDocumentService service = new RfpDocumentService(CATALOG, queue, metrics, java.time.Clock.systemUTC());
        try {
            RfpDocument document = largest();
            CompletableFuture<byte[]> running = service.renderAsync(RfpFormat.RFP_PDF, document);
            CompletableFuture<byte[]> queued = service.renderAsync(RfpFormat.RFP_PDF, document);
            assertThat(service.waiting()).isEqualTo(1);
            assertThat(metrics.get("rsp.documents.queued").gauge().value()).isEqualTo(1);
            CompletableFuture<byte[]> refused = service.renderAsync(RfpFormat.RFP_PDF, document);
            assertThat(refused).isCompletedExceptionally();
            assertThatThrownBy(refused::get).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(DocumentsBusyException.class)
                    .hasMessageContaining("try again");
            assertThat(new String(running.get(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(new String(queued.get(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(service.waiting()).isZero();
            assertThat(metrics.get("rsp.documents.queued").gauge().value()).isZero();
            assertThat(metrics.get("rsp.documents.render").tag("format", "rfp.pdf").tag("outcome", "success").timer()
                    .count()).isEqualTo(2);
        } finally {
            queue.stop();
        }
    }

    /** Four hundred requirements of 4,000 characters: hundreds of pages, minutes to lay out. */
    static RfpDocument slow() {
        RfpSpec spec = new RfpSpec("Slow", "", Optional.empty(), List.of("device-to-department"),
                List.of(new ProcuredSystem("pacs", 1, "")));
        Requirement first = RfpDraft.proposed(spec, new RequirementProposer(CATALOG)).requirements().getFirst();
        String text = "The proposed PACS keeps every study readable for the retention period the law sets. "
                .repeat(60).substring(0, 4_000);
        List<Requirement> many = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            many.add(new Requirement("PACS-" + (1000 + i), first.level(), first.system(), first.category(),
                    first.subject(), text, text, first.origin()));
        }
        return new RfpDraft(spec, many, List.of(), List.of(), List.of()).toDocument(1, LocalDate.of(2026, 11, 22));
    }

    @Test
    void aDocumentOverItsBudgetIsStoppedSaysSoAndFreesItsPlace() {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        DocumentQueue queue = new DocumentQueue(1, 4, 120, Duration.ofMillis(500), metrics);
        RfpDocumentService service = new RfpDocumentService(CATALOG, queue, metrics, java.time.Clock.systemUTC());
        try {
            long start = System.nanoTime();
            assertThatThrownBy(() -> service.render(RfpFormat.RFP_PDF, slow()))
                    .isInstanceOf(RenderBudget.ExceededException.class)
                    .hasMessageStartingWith("The document took longer than 500 ms to make and was stopped.");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
            assertThat(metrics.get("rsp.documents.render").tag("format", "rfp.pdf").tag("outcome", "stopped").timer()
                    .count()).isEqualTo(1);
            // The pool's only place is free again at once.
            assertThat(service.waiting()).isZero();
            assertThat(new String(service.render(RfpFormat.MATRIX_CSV, slow()), StandardCharsets.UTF_8))
                    .contains("PACS-1399");
        } finally {
            queue.stop();
        }
    }

    /** A ZIP of every document goes through the same queue and budgets: it cannot jump a full queue or outlast a budget. */
    @Test
    void aZipOfAllDocumentsIsHeldToTheSameLimitsAsEachDocument() throws Exception {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        DocumentQueue full = new DocumentQueue(1, 0, 120, Duration.ofMinutes(5), metrics);
        RfpDocumentService service = new RfpDocumentService(CATALOG, full, metrics, java.time.Clock.systemUTC());
        try {
            CompletableFuture<byte[]> running = service.renderAsync(RfpFormat.RFP_PDF, largest());
            assertThatThrownBy(() -> service.downloadAll(largest()).bytes()).isInstanceOf(DocumentsBusyException.class);
            assertThatThrownBy(() -> service.prepareAll(largest()).get()).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(DocumentsBusyException.class);
            running.get();
            assertThat(service.prepareAll(largest()).get().fileName()).isEqualTo("everything-documents-r1.zip");
        } finally {
            full.stop();
        }

        DocumentQueue quick = new DocumentQueue(1, 4, 120, Duration.ofMillis(500), metrics);
        RfpDocumentService budgeted = new RfpDocumentService(CATALOG, quick, metrics, java.time.Clock.systemUTC());
        try {
            assertThatThrownBy(() -> budgeted.downloadAll(slow()).bytes())
                    .isInstanceOf(RenderBudget.ExceededException.class);
            assertThatThrownBy(() -> budgeted.prepareAll(slow()).get()).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(RenderBudget.ExceededException.class);
            assertThat(budgeted.waiting()).isZero();
        } finally {
            quick.stop();
        }
    }
}
