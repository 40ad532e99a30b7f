package org.rspnavigator.documents.rfp.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.rspnavigator.documents.evaluation.EvaluationReport;
import org.rspnavigator.documents.rfp.ResponseMatrixReader;
import org.rspnavigator.documents.rfp.RfpDocuments;
import org.rspnavigator.procurement.evaluation.Evaluation;
import org.rspnavigator.procurement.evaluation.EvaluationPlan;
import org.rspnavigator.procurement.evaluation.Score;
import org.rspnavigator.procurement.response.BidderResponse;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.procurement.statement.Bidder;
import org.rspnavigator.procurement.statement.BidderMatrix;
import org.rspnavigator.procurement.statement.GapAnalysis;

/**
 * Time to take in and score the bids of the largest RFP: five bidders' filled response matrices
 * (workbooks) read and checked, the evaluation of the five (their statements' evidence, their
 * answers, three evaluators' scores of every answer) and its report. Like the other benchmarks, run
 * with {@code -t 1}.
 */
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EvaluationBenchmark {

    private static final String[] ANSWERS = {"Comply", "Comply", "Comply", "Partial", "No"};
    private static final List<String> EVALUATORS = List.of("ann", "bob", "cat");

    private RfpDocument rfp;
    private List<byte[]> workbooks;
    private BidderMatrix evidence;
    private Map<String, BidderResponse> responses;
    private List<Score> scores;
    private EvaluationReport report;
    private Evaluation evaluation;

    @Setup(Level.Trial)
    public void prepare() {
        rfp = LargestRfp.document();
        List<Bidder> bidders = LargestStatement.bidders();
        evidence = new GapAnalysis(LargestRfp.CATALOG).compare(rfp.requirements(), bidders);
        byte[] blank = new RfpDocuments(LargestRfp.CATALOG).responseMatrixXlsx(rfp.resolve(LargestRfp.CATALOG));
        workbooks = new ArrayList<>();
        for (int b = 0; b < bidders.size(); b++) {
            workbooks.add(filled(blank, b));
        }
        responses = importAll();
        scores = new ArrayList<>();
        for (int b = 0; b < bidders.size(); b++) {
            for (Requirement r : rfp.requirements()) {
                for (int e = 0; e < EVALUATORS.size(); e++) {
                    scores.add(new Score(bidders.get(b).name(), r.number(), EVALUATORS.get(e),
                            Math.floorMod(r.number().hashCode() + b + e, Score.MAX + 1), ""));
                }
            }
        }
        report = new EvaluationReport(LargestRfp.CATALOG);
        evaluation = evaluate();
        System.out.println("\nThe largest RFP: " + LargestRfp.describe(rfp) + "; " + bidders.size() + " bidders, "
                + EVALUATORS.size() + " evaluators, " + scores.size() + " scores; workbooks of "
                + workbooks.stream().mapToInt(w -> w.length / 1024).sum() + " KB in all");
    }

    /** Bidder {@code b}'s workbook: every requirement answered, one in five Partial or No. */
    private static byte[] filled(byte[] blank, int b) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(blank));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheet("Responses");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                row.getCell(6).setCellValue(ANSWERS[(i + b) % ANSWERS.length]);
                row.getCell(8).setCellValue("DICOM Conformance Statement, section " + i);
                row.getCell(9).setCellValue("Bidder " + b + ", requirement row " + i);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, BidderResponse> importAll() {
        Map<String, BidderResponse> read = new LinkedHashMap<>();
        for (int b = 0; b < workbooks.size(); b++) {
            read.put(evidence.bidders().get(b), ResponseMatrixReader.read(workbooks.get(b), rfp));
        }
        return read;
    }

    private Evaluation evaluate() {
        return Evaluation.of(evidence, responses, EvaluationPlan.DEFAULT, scores);
    }

    /** Five filled workbooks read and checked against the revision. */
    @Benchmark
    public Map<String, BidderResponse> importFiveMatrices() {
        return importAll();
    }

    /** The evaluation of five bidders: evidence, answers, 3 × 5 × every requirement's scores. */
    @Benchmark
    public Evaluation evaluateFiveBidders() {
        return evaluate();
    }

    /** The evidence matrix of the five and their evaluation, as the API computes both on a request. */
    @Benchmark
    public Evaluation compareAndEvaluateFiveBidders() {
        BidderMatrix matrix = new GapAnalysis(LargestRfp.CATALOG).compare(rfp.requirements(),
                LargestStatement.bidders());
        return Evaluation.of(matrix, responses, EvaluationPlan.DEFAULT, scores);
    }

    @Benchmark
    public byte[] evaluationPdf() {
        return report.pdf(evaluation, rfp.spec().projectName(), 1);
    }

    @Benchmark
    public byte[] evaluationXlsx() {
        return report.xlsx(evaluation);
    }
}
