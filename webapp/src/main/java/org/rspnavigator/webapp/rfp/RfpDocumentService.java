package org.rspnavigator.webapp.rfp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.rspnavigator.documents.RenderBudget;
import org.rspnavigator.documents.rfp.RfpDocuments;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.procurement.rfp.ResolvedRfp;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.webapp.operations.Timings;
import org.rspnavigator.webapp.platform.DocumentQueue;
import org.rspnavigator.webapp.platform.DocumentsBusyException;
import org.rspnavigator.webapp.platform.Download;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Makes the RFP documents of a draft ({@link RfpFormat}) on the {@link DocumentQueue}, each timed as
 * {@code rsp.documents.render} (tags {@code format}, {@code outcome}), one at a time or all of them
 * in one ZIP.
 */
@Service
public class RfpDocumentService {

    static final String README = "README.txt";
    static final String ZIP = "application/zip";

    private final RfpDocuments documents;
    private final Catalog catalog;
    private final DocumentQueue queue;
    private final MeterRegistry metrics;
    private final Clock clock;

    public RfpDocumentService(Catalog catalog, DocumentQueue queue, MeterRegistry metrics, Clock clock) {
        this.documents = new RfpDocuments(catalog);
        this.catalog = catalog;
        this.queue = queue;
        this.metrics = metrics;
        this.clock = clock;
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

    /**
     * Every document of {@code doc} in one ZIP, with a README.txt that lists them, made when its
     * content is asked for. Each document is made on the queue in turn, as if asked for alone: it
     * waits for a place and has its own render budget, so that a ZIP takes no more of the queue at
     * once than one document does, and all of them are made before the first byte of the ZIP is
     * written, so that a refusal is an error answer rather than a cut-off file.
     */
    public Download downloadAll(RfpDocument doc) {
        return new Download(RfpFormat.allFileName(doc), ZIP, () -> {
            Map<RfpFormat, byte[]> made = new EnumMap<>(RfpFormat.class);
            for (RfpFormat format : RfpFormat.values()) {
                made.put(format, render(format, doc));
            }
            return zip(doc, made);
        });
    }

    /**
     * The ZIP of {@link #downloadAll}, made when it is ready (for a view that shows progress
     * meanwhile): each document goes on the queue when the one before it is made, so the ZIP holds
     * at most one place at a time. The future fails as {@link #renderAsync} does, at the first
     * document that fails.
     */
    public CompletableFuture<Download> prepareAll(RfpDocument doc) {
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        CompletableFuture<Map<RfpFormat, byte[]>> made = CompletableFuture.completedFuture(new EnumMap<>(RfpFormat.class));
        for (RfpFormat format : RfpFormat.values()) {
            made = made.thenCompose(soFar -> withLogContext(logContext, () -> renderAsync(format, doc))
                    .thenApply(bytes -> {
                        soFar.put(format, bytes);
                        return soFar;
                    }));
        }
        return made.thenApply(all -> {
            byte[] zip = zip(doc, all);
            return new Download(RfpFormat.allFileName(doc), ZIP, () -> zip);
        });
    }

    /** The next document is queued from the thread that made the one before: with the caller's log context. */
    private static <T> T withLogContext(Map<String, String> context, Supplier<T> action) {
        if (context == null) {
            return action.get();
        }
        Map<String, String> before = MDC.getCopyOfContextMap();
        MDC.setContextMap(context);
        try {
            return action.get();
        } finally {
            if (before == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(before);
            }
        }
    }

    /** The documents with the README first, each entry dated when the ZIP was made. */
    private byte[] zip(RfpDocument doc, Map<RfpFormat, byte[]> made) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, README, readme(doc, now).getBytes(StandardCharsets.UTF_8), now);
            for (Map.Entry<RfpFormat, byte[]> document : made.entrySet()) {
                put(zip, document.getKey().fileName(doc), document.getValue(), now);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content, Instant at) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(at.toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** What the ZIP holds and what it was made from, for whoever opens it later. */
    String readme(RfpDocument doc, Instant made) {
        StringBuilder text = new StringBuilder();
        text.append("RFP documents of ").append(doc.spec().projectName()).append("\r\n\r\n");
        text.append("Project:  ").append(doc.spec().projectName()).append("\r\n");
        if (!doc.spec().organization().isBlank()) {
            text.append("Buyer:    ").append(doc.spec().organization()).append("\r\n");
        }
        text.append("Revision: ").append(doc.version()).append(" (issued ").append(doc.issued()).append(")\r\n");
        text.append("Catalog:  ").append(catalog.edition().edition()).append(", from ")
                .append(catalog.edition().sourceDocument()).append("\r\n");
        text.append("Made:     ").append(made).append(" (UTC)\r\n\r\nFiles:\r\n");
        int width = 0;
        for (RfpFormat format : RfpFormat.values()) {
            width = Math.max(width, format.fileName(doc).length());
        }
        for (RfpFormat format : RfpFormat.values()) {
            String name = format.fileName(doc);
            text.append("  ").append(name).append(" ".repeat(width - name.length() + 2)).append(format.label())
                    .append("\r\n");
        }
        return text.toString();
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
            case MATRIX_XLSX -> documents.responseMatrixXlsx(rfp);
            case MATRIX_JSON -> documents.responseMatrixJson(rfp).getBytes(StandardCharsets.UTF_8);
        };
    }
}
