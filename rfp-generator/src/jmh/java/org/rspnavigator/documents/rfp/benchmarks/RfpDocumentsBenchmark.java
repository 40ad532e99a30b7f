package org.rspnavigator.documents.rfp.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rspnavigator.documents.rfp.RfpDocuments;
import org.rspnavigator.procurement.rfp.RfpDocument;

/**
 * Time to make each document of the largest RFP (every use case, every system type). Run with
 * {@code -t 1} for one document at a time and {@code -t 8} for eight made at once; JMH then
 * reports the average time of one document while the others are being made too.
 */
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RfpDocumentsBenchmark {

    private RfpDocuments documents;
    private RfpDocument largest;

    @Setup(Level.Trial)
    public void prepare() {
        documents = new RfpDocuments(LargestRfp.CATALOG);
        largest = LargestRfp.document();
        System.out.println("\nThe largest RFP: " + LargestRfp.describe(largest));
    }

    @Benchmark
    public byte[] rfpPdf() {
        return documents.rfpPdf(largest);
    }

    @Benchmark
    public byte[] rfpDocx() {
        return documents.rfpDocx(largest);
    }

    @Benchmark
    public byte[] checklistPdf() {
        return documents.checklistPdf(largest);
    }

    @Benchmark
    public byte[] responseMatrixCsv() {
        return documents.responseMatrixCsv(largest);
    }

    @Benchmark
    public String responseMatrixJson() {
        return documents.responseMatrixJson(largest);
    }
}
