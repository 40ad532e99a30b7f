package org.rspnavigator.documents.rfp.benchmarks;

import java.util.List;
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
import org.rspnavigator.documents.statement.BidderMatrices;
import org.rspnavigator.documents.statement.GapReportPdf;
import org.rspnavigator.documents.statement.StatementPdf;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.procurement.statement.Bidder;
import org.rspnavigator.procurement.statement.BidderMatrix;
import org.rspnavigator.procurement.statement.GapAnalysis;
import org.rspnavigator.procurement.statement.IntegrationStatement;

/**
 * Time to make the integration statement documents: the largest statement (every profile, every
 * actor, every option) as the Appendix F PDF, its gap report against the largest RFP, and the
 * bidder evidence matrix of the largest RFP with five bidders. Like {@link RfpDocumentsBenchmark},
 * run with {@code -t 1} and {@code -t 8}.
 */
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StatementDocumentsBenchmark {

    private StatementPdf statementPdf;
    private GapReportPdf gapReportPdf;
    private BidderMatrices matrices;
    private GapAnalysis analysis;
    private IntegrationStatement largest;
    private RfpDocument rfp;
    private List<Bidder> bidders;
    private BidderMatrix matrix;

    @Setup(Level.Trial)
    public void prepare() {
        statementPdf = new StatementPdf(LargestRfp.CATALOG);
        gapReportPdf = new GapReportPdf(LargestRfp.CATALOG);
        matrices = new BidderMatrices();
        analysis = new GapAnalysis(LargestRfp.CATALOG);
        largest = LargestStatement.statement();
        rfp = LargestRfp.document();
        bidders = LargestStatement.bidders();
        matrix = analysis.compare(rfp.requirements(), bidders);
        System.out.println("\nThe largest statement: " + LargestStatement.describe(largest) + "; the largest RFP: "
                + LargestRfp.describe(rfp) + "; " + bidders.size() + " bidders");
    }

    @Benchmark
    public byte[] statementPdf() {
        return statementPdf.render(largest);
    }

    /** The analysis and its PDF, as the API makes them on every request. */
    @Benchmark
    public byte[] gapReportPdf() {
        return gapReportPdf.render(new GapAnalysis(LargestRfp.CATALOG).analyse("Largest RFP", largest,
                rfp.requirements()));
    }

    /** The gap analysis alone, every requirement of the largest RFP, IHE, DICOM, HL7 and terminology. */
    @Benchmark
    public Object gapAnalysis() {
        return analysis.analyse("Largest RFP", largest, rfp.requirements());
    }

    /** The matrix of five bidders alone, without its PDF. */
    @Benchmark
    public BidderMatrix bidderMatrix() {
        return analysis.compare(rfp.requirements(), bidders);
    }

    /** The matrix of five bidders and its PDF. */
    @Benchmark
    public byte[] bidderMatrixPdf() {
        return matrices.pdf(analysis.compare(rfp.requirements(), bidders), rfp.spec().projectName());
    }

    @Benchmark
    public byte[] bidderMatrixCsv() {
        return matrices.csv(matrix);
    }
}
