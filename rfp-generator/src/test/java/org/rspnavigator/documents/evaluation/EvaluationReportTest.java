package org.rspnavigator.documents.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.procurement.statement.Statements.CATALOG;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.portfolio.Csv;
import org.rspnavigator.documents.xlsx.Workbooks;
import org.rspnavigator.procurement.evaluation.Evaluation;

/** The evaluation of {@link Evaluations#scenario()} as CSV and as a workbook. */
class EvaluationReportTest {

    static final EvaluationReport REPORT = new EvaluationReport(CATALOG,
            Clock.fixed(LocalDate.of(2027, 3, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    static Evaluation evaluation;

    @BeforeAll
    static void evaluate() {
        evaluation = Evaluations.scenario();
    }

    static List<List<String>> csv(Evaluation e) {
        String text = new String(REPORT.csv(e), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return Csv.parse(text.substring(1));
    }

    @Test
    void theCsvHasARowPerBidderAndRequirementInRankOrderThenTheTotals() {
        List<List<String>> rows = csv(evaluation);
        assertThat(rows).hasSize(1 + 15 + 1 + 1 + 3);
        assertThat(rows.getFirst()).containsExactly("Bidder", "System", "No.", "Level", "Knock-out", "Weight", "Answer",
                "Roadmap date", "Evidence fit", "Evidence flag", "Mean score", "Spread", "alice", "bob",
                "Knock-out failure");
        // Northwind first (73.3%), Fabrikam (71.1%), then Contoso, which fails a knock-out despite 88.9%.
        assertThat(rows.subList(1, 16)).extracting(r -> r.getFirst()).containsExactly(
                "Northwind Imaging", "Northwind Imaging", "Northwind Imaging", "Northwind Imaging", "Northwind Imaging",
                "Fabrikam Health", "Fabrikam Health", "Fabrikam Health", "Fabrikam Health", "Fabrikam Health",
                "Contoso Medical", "Contoso Medical", "Contoso Medical", "Contoso Medical", "Contoso Medical");
        // PACS-05 is taken off the knock-outs by the plan; PACS-13 and 15 weigh 2 by their category.
        assertThat(rows.get(1)).containsExactly("Northwind Imaging", "PACS", "PACS-05", "SHALL", "no", "1", "Comply", "",
                "Not assessed", "", "4.5", "1", "4", "5", "");
        assertThat(rows.get(4)).containsExactly("Northwind Imaging", "PACS", "PACS-16", "SHALL", "yes", "1", "Comply",
                "", "Partly met", "Comply not supported by the statements", "2", "0", "2", "2", "");
        assertThat(rows.get(5)).containsExactly("Northwind Imaging", "PACS", "PACS-25", "SHOULD", "no", "3", "Roadmap",
                "2027-06-30", "Not met", "", "2.5", "3", "1", "4", "");
        // No statement: no fit; an evaluator who has not scored leaves the cell empty.
        assertThat(rows.get(9)).containsExactly("Fabrikam Health", "PACS", "PACS-16", "SHALL", "yes", "1", "Comply", "",
                "", "", "4", "0", "", "4", "");
        assertThat(rows.get(13)).containsExactly("Contoso Medical", "PACS", "PACS-15", "SHALL", "yes", "2", "No", "",
                "Not met", "", "3", "0", "3", "3", "Answers No.");
        assertThat(rows.get(16)).containsExactly("");
        assertThat(rows.subList(17, 21)).containsExactly(
                List.of("Rank", "Bidder", "Weighted total", "Standing", "Knock-outs failed", "Scored", "Flags",
                        "Disputes"),
                List.of("1", "Northwind Imaging", "73.3%", "Qualifies", "0", "5 of 5", "1", "1"),
                List.of("2", "Fabrikam Health", "71.1%", "Qualifies", "0", "5 of 5", "0", "0"),
                List.of("", "Contoso Medical", "88.9%", "Fails 1 knock-out", "1", "5 of 5", "1", "0"));
    }

    @Test
    void theCsvLeavesOutTheSystemsABidderDoesNotBidForAndGuardsFormulas() {
        List<List<String>> rows = csv(Evaluations.scenario(List.of("=HYPERLINK(\"https://evil.example\")")));
        assertThat(rows.stream().filter(r -> r.getFirst().startsWith("'=HYPERLINK"))).hasSize(5);
        assertThat(rows.get(rows.size() - 2)).startsWith("3", "'=HYPERLINK(\"https://evil.example\")", "60.0%");

        // A PACS-only bidder is not evaluated on the display requirement at the top.
        Evaluation pacsOnly = Evaluations.pacsOnly();
        List<List<String>> only = csv(pacsOnly);
        assertThat(pacsOnly.requirements()).hasSize(6);
        assertThat(only.subList(1, only.size() - 3)).extracting(r -> r.get(2)).containsExactly("PACS-05", "PACS-13",
                "PACS-15", "PACS-16", "PACS-25");
        // Nobody has scored, so the total is 0; the SHALLs left unanswered fail; the Comply to PACS-25,
        // which its statements do not claim, is flagged.
        assertThat(only.getLast()).containsExactly("", "Northwind Imaging", "0.0%", "Fails 3 knock-outs", "3", "0 of 5",
                "1", "0");
    }

    @Test
    void equalTotalsShareARank() {
        Evaluation e = Evaluations.scenario(List.of("Tailspin One", "Tailspin Two"));
        List<List<String>> rows = csv(e);
        List<List<String>> summary = rows.subList(rows.size() - 5, rows.size());
        assertThat(summary).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2)).containsExactly(
                "1 Northwind Imaging 73.3%", "2 Fabrikam Health 71.1%", "3 Tailspin One 60.0%",
                "3 Tailspin Two 60.0%", " Contoso Medical 88.9%");
    }

    @Test
    void theWorkbookHasASummaryAndTheScoresAsNumbersWithoutFormulas() throws IOException {
        try (XSSFWorkbook book = Workbooks.open(REPORT.xlsx(evaluation))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetName(0)).isEqualTo("Summary");
            assertThat(book.getSheetName(1)).isEqualTo("Scores");
            assertThat(book.getSheetName(2)).isEqualTo("Rules");
            Workbooks.assertNoFormulas(book);

            XSSFSheet summary = book.getSheet("Summary");
            assertThat(Workbooks.rows(summary)).containsExactly(
                    List.of("Rank", "Bidder", "Weighted total (%)", "Standing", "Knock-outs failed",
                            "Requirements scored", "Requirements bid for", "Flags", "Disputes"),
                    List.of("1", "Northwind Imaging", "73.3", "Qualifies", "0", "5", "5", "1", "1"),
                    List.of("2", "Fabrikam Health", "71.1", "Qualifies", "0", "5", "5", "0", "0"),
                    List.of("", "Contoso Medical", "88.9", "Fails 1 knock-out", "1", "5", "5", "1", "0"));
            assertThat(summary.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(summary.getRow(1).getCell(2).getNumericCellValue()).isCloseTo(73.333, within(0.001));
            assertThat(summary.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(summary.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(summary.getRow(3).getCell(0)).isNull();
            assertTable(summary, 4, 9);

            XSSFSheet scores = book.getSheet("Scores");
            List<List<String>> rows = Workbooks.rows(scores);
            List<List<String>> csv = csv(evaluation);
            assertThat(rows).hasSize(16);
            assertThat(rows.getFirst()).isEqualTo(csv.getFirst());
            assertThat(rows.get(5)).containsExactly("Northwind Imaging", "PACS", "PACS-25", "SHOULD", "no", "3",
                    "Roadmap", "2027-06-30", "Not met", "", "2.5", "3", "1", "4", "");
            assertThat(rows.get(13).getLast()).isEqualTo("Answers No.");
            // Weight, mean, spread and each evaluator's score are numbers; a missing score is no cell.
            for (int column : new int[] {5, 10, 11, 12, 13}) {
                assertThat(scores.getRow(5).getCell(column).getCellType()).as("column " + column)
                        .isEqualTo(CellType.NUMERIC);
            }
            assertThat(scores.getRow(9).getCell(12)).isNull();
            assertThat(scores.getRow(5).getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertTable(scores, 16, 15);
        }
    }

    @Test
    void theWorkbookWritesHostileNamesAsText() throws IOException {
        Evaluation e = Evaluations.scenario(List.of("=1+1", "@SUM(A1)"));
        try (XSSFWorkbook book = Workbooks.open(REPORT.xlsx(e))) {
            Workbooks.assertNoFormulas(book);
            assertThat(Workbooks.rows(book.getSheet("Summary"))).extracting(r -> r.get(1)).contains("=1+1", "@SUM(A1)");
        }
    }

    private static void assertTable(XSSFSheet sheet, int rows, int columns) {
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                .isEqualTo("A1:" + org.apache.poi.ss.util.CellReference.convertNumToColString(columns - 1) + rows);
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getLandscape()).isTrue();
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }
}
