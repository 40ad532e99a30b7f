package org.rspnavigator.documents.rfp.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.rspnavigator.documents.portfolio.PortfolioExport;
import org.rspnavigator.documents.rfp.RfpDocuments;
import org.rspnavigator.documents.statement.BidderMatrices;
import org.rspnavigator.documents.statement.GapReportPdf;
import org.rspnavigator.documents.statement.StatementPdf;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.procurement.statement.Bidder;
import org.rspnavigator.procurement.statement.GapAnalysis;
import org.rspnavigator.procurement.statement.IntegrationStatement;

/**
 * How much memory making the largest RFP's documents needs, one at a time and eight at once. The
 * honest figure for a Java program is the smallest heap it completes in, so each case is run in a
 * fresh JVM with heaps of increasing size (a binary search over {@link #HEAPS}); the first run, with
 * 1 GB, also reports the wall time of the batch and the bytes allocated per document (most of it
 * short-lived garbage, which says how hard the collector works rather than what must fit).
 * Arguments name the documents to measure (default: all of {@link #DOCUMENTS}).
 */
public final class PeakMemory {

    private static final int[] HEAPS = {48, 64, 96, 128, 160, 192, 256, 320, 384, 512, 768, 1024};
    private static final List<String> DOCUMENTS = List.of("rfp.pdf", "rfp.docx", "checklist.pdf", "statement.pdf",
            "gaps.pdf", "matrix.pdf", "evaluation.pdf", "portfolio.pdf");

    private PeakMemory() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--child")) {
            child(args[1], Integer.parseInt(args[2]));
            return;
        }
        List<String> formats = args.length == 0 ? DOCUMENTS : List.of(args);
        for (String format : formats) {
            if (!DOCUMENTS.contains(format)) {
                throw new IllegalArgumentException(format + " is not one of " + DOCUMENTS);
            }
        }
        System.out.println("The largest RFP: " + LargestRfp.describe(LargestRfp.document()));
        System.out.println("The largest statement: " + LargestStatement.describe(LargestStatement.statement())
                + "; gaps.pdf: its gap report against the largest RFP; matrix.pdf: the largest RFP with "
                + LargestStatement.bidders().size() + " bidders; evaluation.pdf: the same bidders' answers, "
                + "scored by three evaluators; portfolio.pdf: all "
                + LargestRfp.CATALOG.standards().size() + " standards");
        System.out.printf("%-14s %8s %10s %12s %15s %14s%n", "document", "at once", "size", "batch time",
                "allocated/doc", "smallest heap");
        for (String format : formats) {
            for (int atOnce : new int[] {1, 8}) {
                Map<String, String> first = runChild(format, atOnce, 1024);
                if (first == null) {
                    System.out.printf("%-14s %8d   does not complete in a 1024 MB heap%n", format, atOnce);
                    continue;
                }
                int low = 0;
                int high = HEAPS.length - 1; // HEAPS[high] is known to be enough
                while (low < high) {
                    int mid = (low + high) / 2;
                    if (runChild(format, atOnce, HEAPS[mid]) != null) {
                        high = mid;
                    } else {
                        low = mid + 1;
                    }
                }
                System.out.printf("%-14s %8d %7s KB %9s ms %12s MB %11d MB%n", format, atOnce, first.get("kb"),
                        first.get("ms"), first.get("allocatedMb"), HEAPS[high]);
            }
        }
    }

    /** Runs one case in a fresh JVM; its figures, or null when it ran out of memory. */
    private static Map<String, String> runChild(String format, int atOnce, int heapMb)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError",
                "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider",
                "-cp", System.getProperty("java.class.path"), PeakMemory.class.getName(), "--child", format,
                String.valueOf(atOnce)).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            return null;
        }
        String[] f = out.lines().reduce((a, b) -> b).orElseThrow().split(" ");
        return Map.of("kb", f[0], "ms", f[1], "allocatedMb", f[2]);
    }

    /** In the child JVM: make the document once to warm up, then {@code atOnce} at the same time. */
    private static void child(String format, int atOnce) throws Exception {
        RfpDocuments documents = new RfpDocuments(LargestRfp.CATALOG);
        RfpDocument largest = LargestRfp.document();
        IntegrationStatement statement = LargestStatement.statement();
        List<Bidder> bidders = LargestStatement.bidders();
        StatementPdf statementPdf = new StatementPdf(LargestRfp.CATALOG);
        GapReportPdf gapReportPdf = new GapReportPdf(LargestRfp.CATALOG);
        BidderMatrices matrices = new BidderMatrices();
        Function<RfpDocument, byte[]> make = switch (format) {
            case "rfp.pdf" -> documents::rfpPdf;
            case "rfp.docx" -> documents::rfpDocx;
            case "checklist.pdf" -> documents::checklistPdf;
            case "statement.pdf" -> rfp -> statementPdf.render(statement);
            case "gaps.pdf" -> rfp -> gapReportPdf.render(new GapAnalysis(LargestRfp.CATALOG)
                    .analyse("Largest RFP", statement, rfp.requirements()));
            case "matrix.pdf" -> rfp -> matrices.pdf(
                    new GapAnalysis(LargestRfp.CATALOG).compare(rfp.requirements(), bidders), rfp.spec().projectName());
            case "evaluation.pdf" -> {
                EvaluationBenchmark bids = new EvaluationBenchmark();
                bids.prepare();
                yield rfp -> bids.evaluationPdf();
            }
            case "portfolio.pdf" -> rfp -> new PortfolioExport().pdf(LargestRfp.CATALOG,
                    LargestRfp.CATALOG.standards(), "All standards", ZonedDateTime.now());
            default -> throw new IllegalArgumentException(format);
        };
        make.apply(largest);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long allocated = 0;
        int size = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(atOnce)) {
            List<Future<long[]>> results = new ArrayList<>();
            for (int i = 0; i < atOnce; i++) {
                results.add(pool.submit(() -> {
                    long before = threads.getCurrentThreadAllocatedBytes();
                    byte[] out = make.apply(largest);
                    return new long[] {threads.getCurrentThreadAllocatedBytes() - before, out.length};
                }));
            }
            for (Future<long[]> result : results) {
                long[] r = result.get();
                allocated += r[0];
                size = (int) r[1];
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println((size >> 10) + " " + millis + " " + ((allocated / atOnce) >> 20));
    }
}
