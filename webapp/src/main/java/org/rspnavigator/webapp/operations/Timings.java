package org.rspnavigator.webapp.operations;

import java.time.Duration;
import java.util.function.Supplier;

import org.rspnavigator.documents.RenderBudget;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * The application's own timers, all in one place. Each has a percentiles histogram, so that
 * Prometheus can compute p95 and p99 over all instances, and an {@code outcome} tag
 * ({@code success}, {@code error}, or {@code stopped} for a document stopped at its render budget)
 * saying how the work ended. Prometheus shows a dotted name
 * such as {@code rsp.documents.render} as {@code rsp_documents_render_seconds}.
 */
public final class Timings {

    /** An RFP document made on the document pool; tag {@code format} ({@code rfp.pdf}, ...). */
    public static final String DOCUMENTS_RENDER = "rsp.documents.render";
    /** A statement, gap report or bidder-matrix document; tag {@code document}. */
    public static final String STATEMENTS_RENDER = "rsp.statements.render";
    /** A catalog search; tag {@code kind} ({@code search} or {@code suggest}). */
    public static final String SEARCH = "rsp.search";

    public static final String SUCCESS = "success";
    public static final String ERROR = "error";
    public static final String STOPPED = "stopped";

    private Timings() {
    }

    /** @param format the document's API name: {@code rfp.pdf}, {@code response-matrix.csv}, ... */
    public static <T> T rfpDocument(MeterRegistry registry, String format, Supplier<T> work) {
        return time(registry, DOCUMENTS_RENDER, "Time to make one RFP document", Tags.of("format", format),
                Duration.ofMinutes(2), work);
    }

    /** @param document what is made: {@code statement.pdf}, {@code gap-report.pdf}, {@code bidder-matrix.csv}, ... */
    public static <T> T statementDocument(MeterRegistry registry, String document, Supplier<T> work) {
        return time(registry, STATEMENTS_RENDER, "Time to make one statement, gap report or bidder-matrix document",
                Tags.of("document", document), Duration.ofMinutes(1), work);
    }

    /** @param kind {@code search} (ranked hits with facets) or {@code suggest} (autocomplete) */
    public static <T> T search(MeterRegistry registry, String kind, Supplier<T> work) {
        return time(registry, SEARCH, "Time to answer one catalog search", Tags.of("kind", kind),
                Duration.ofSeconds(5), work);
    }

    private static <T> T time(MeterRegistry registry, String name, String description, Tags tags, Duration longest,
            Supplier<T> work) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = ERROR;
        try {
            T result = work.get();
            outcome = SUCCESS;
            return result;
        } catch (RenderBudget.ExceededException e) {
            outcome = STOPPED;
            throw e;
        } finally {
            sample.stop(Timer.builder(name).description(description).tags(tags).tag("outcome", outcome)
                    .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(longest).register(registry));
        }
    }
}
