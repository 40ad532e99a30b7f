package org.rspnavigator.documents.rfp.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.rspnavigator.documents.rfp.RfpDocument;
import org.rspnavigator.documents.rfp.RfpDocuments;

/**
 * How much memory making the largest RFP's documents needs, one at a time and eight at once. The
 * honest figure for a Java program is the smallest heap it completes in, so each case is run in a
 * fresh JVM with heaps of increasing size (a binary search over {@link #HEAPS}); the first run, with
 * 1 GB, also reports the wall time of the batch and the bytes allocated per document (most of it
 * short-lived garbage, which says how hard the collector works rather than what must fit).
 */
public final class PeakMemory {

    private static final int[] HEAPS = {48, 64, 96, 128, 160, 192, 256, 320, 384, 512, 768, 1024};

    private PeakMemory() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            child(args[0], Integer.parseInt(args[1]));
            return;
        }
        System.out.println("The largest RFP: " + LargestRfp.describe(LargestRfp.document()));
        System.out.printf("%-14s %8s %10s %12s %15s %14s%n", "document", "at once", "size", "batch time",
                "allocated/doc", "smallest heap");
        for (String format : List.of("rfp.pdf", "rfp.docx", "checklist.pdf")) {
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
                "-cp", System.getProperty("java.class.path"), PeakMemory.class.getName(), format,
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
        Function<RfpDocument, byte[]> make = switch (format) {
            case "rfp.pdf" -> documents::rfpPdf;
            case "rfp.docx" -> documents::rfpDocx;
            case "checklist.pdf" -> documents::checklistPdf;
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
