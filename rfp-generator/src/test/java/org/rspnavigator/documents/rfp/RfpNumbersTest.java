package org.rspnavigator.documents.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.pdf.TextWidth;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementProposer;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.procurement.rfp.RfpSpec;

/**
 * Requirement numbers are references: a number broken across two lines ("MODALIT / Y-CT-01")
 * cannot be found or quoted. Checked on the largest RFP the catalog can give: every system type,
 * every use case.
 */
class RfpNumbersTest {

    private static final RfpDocuments DOCUMENTS = new RfpDocuments(RfpFixtures.CATALOG);

    private static RfpDocument largest;
    private static List<String> numbers;
    private static byte[] pdf;

    /** Every system type bought, every use case chosen, in a region with regional ratings. */
    static RfpDocument largest() {
        List<ProcuredSystem> systems = RfpFixtures.CATALOG.systemTypes().stream()
                .map(t -> new ProcuredSystem(t.id(), 1, "")).toList();
        RfpSpec spec = new RfpSpec("Every system, every use case", "Test Health", Optional.of(Region.US),
                RfpFixtures.CATALOG.useCases().stream().map(UseCase::id).toList(), systems);
        List<Requirement> requirements = new RequirementProposer(RfpFixtures.CATALOG).propose(spec);
        return new RfpDocument(spec, requirements, List.of(), List.of(), 1, LocalDate.of(2026, 12, 1));
    }

    @BeforeAll
    static void render() throws IOException {
        largest = largest();
        numbers = largest.requirements().stream().map(Requirement::number).toList();
        // Within the budget the application gives one document (rsp.documents.render-budget).
        pdf = org.rspnavigator.documents.RenderBudget.within(java.time.Duration.ofSeconds(60),
                () -> DOCUMENTS.rfpPdf(largest));
        // Kept for a person to look at, beside the page images of RfpPageImagesTest.
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/rfp-pages"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/rfp-pages/largest-rfp.pdf"), pdf);
    }

    @Test
    void theLargestRfpHasEverySystemTypeAndItsLongestNumbers() {
        assertThat(largest.requirements().stream().map(Requirement::system).distinct().count())
                .isEqualTo(RfpFixtures.CATALOG.systemTypes().size());
        String longestId = RfpFixtures.CATALOG.systemTypes().stream().map(SystemType::id)
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        assertThat(numbers).anyMatch(n -> n.startsWith(longestId.toUpperCase(java.util.Locale.ROOT) + "-"));
        assertThat(numbers).contains("MODALITY-CT-01");
    }

    @Test
    void theLargestRfpIsStillTaggedPdfUaAndPdfA() {
        Pdfs.assertTaggedA4WithEmbeddedFonts(pdf);
        assertThat(org.rspnavigator.documents.pdf.VeraPdf.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1))
                .isEmpty();
        assertThat(org.rspnavigator.documents.pdf.VeraPdf.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_3_U))
                .isEmpty();
    }

    @Test
    void noNumberIsBrokenAcrossLinesInTheRfpPdf() {
        assertWholeOnOneLine(lines(pdf), numbers);
        // Each number is in the requirements, the matrix (and, for profile requirements, nowhere else).
        String joined = String.join("\n", lines(pdf));
        for (String n : numbers) {
            assertThat(count(joined, n)).as(n).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void noNumberIsBrokenAcrossLinesInTheChecklist() {
        // The checklist names the requirements on profile actors only.
        List<String> onActors = largest.requirements().stream()
                .filter(r -> r.subject() instanceof RequirementSubject.ProfileActor).map(Requirement::number).toList();
        List<String> lines = lines(DOCUMENTS.checklistPdf(largest));
        assertThat(onActors).anyMatch(n -> n.startsWith("MODALITY-CT-"));
        assertWholeOnOneLine(lines, onActors);
    }

    @Test
    void theMatrixNumberColumnIsAsWideAsTheWidestNumber() {
        RfpContent c = RfpContent.of(DOCUMENTS.resolve(largest));
        RfpPdf.MatrixColumns big = RfpPdf.MatrixColumns.of(c);
        double widest = numbers.stream().mapToDouble(n -> TextWidth.millimetres(n, true, big.numberPoints())).max()
                .orElseThrow();
        assertThat(big.number()).isGreaterThan(widest);
        // Long numbers are printed smaller, and the subject keeps room to be read.
        assertThat(big.numberPoints()).isEqualTo(7);
        assertThat(big.subject()).isGreaterThanOrEqualTo(42);
        // Columns, padding and borders fill the 182 mm between the margins, and no more.
        assertThat(big.number() + big.level() + big.subject() + big.answer() + big.comment() + big.evidence()
                + 6 * RfpPdf.MatrixColumns.CELL_EXTRA).isCloseTo(182, org.assertj.core.data.Offset.offset(0.01));
        // The fixture's short numbers keep a narrow column at the usual size.
        RfpContent small = RfpContent.of(DOCUMENTS.resolve(RfpFixtures.document()));
        assertThat(RfpPdf.MatrixColumns.of(small).number()).isLessThan(20);
        assertThat(RfpPdf.MatrixColumns.of(small).numberPoints()).isEqualTo(8);
    }

    @Test
    void wordUsesNonBreakingHyphensInNumbersAndAColumnWideEnoughForThem() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.rfpDocx(largest)))) {
            XWPFTable matrix = docx.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("No.")).findFirst().orElseThrow();
            List<String> inMatrix = new ArrayList<>();
            for (XWPFTableRow row : matrix.getRows().subList(1, matrix.getRows().size())) {
                if (row.getTableCells().size() > 1) {
                    String number = row.getCell(0).getText();
                    assertThat(number).as("a number with ordinary hyphens could wrap").doesNotContain("-");
                    inMatrix.add(number.replace('\u2011', '-'));
                }
            }
            assertThat(inMatrix).containsExactlyInAnyOrderElementsOf(numbers);
            double widest = numbers.stream().mapToDouble(n -> TextWidth.millimetres(n, true, 7)).max().orElseThrow();
            int twips = Integer.parseInt(matrix.getRow(1 + 1).getCell(0).getWidth() + "");
            assertThat(twips / 1440.0 * 25.4).isGreaterThan(widest);
            // In the requirement headings too.
            String body = String.join("\n", docx.getParagraphs().stream().map(p -> p.getText()).toList());
            assertThat(body).contains("MODALITY\u2011CT\u201101").doesNotContain("MODALITY-CT-01");
        }
    }

    /** Every number occurs on some line whole, and at least as often line by line as in the joined text. */
    private static void assertWholeOnOneLine(List<String> lines, List<String> numbers) {
        // A cell's lines come one after another in content-stream order: joining them without a
        // separator mends any number that was broken at the end of a line.
        String mended = String.join("", lines);
        String kept = String.join("\n", lines);
        for (String n : numbers) {
            assertThat(count(kept, n)).as("%s whole on one line", n).isPositive()
                    .isGreaterThanOrEqualTo(count(mended, n));
        }
    }

    private static int count(String text, String number) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(number) + "(?![\\p{L}\\p{N}])").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The text line by line, in content-stream order. */
    private static List<String> lines(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return List.of(new PDFTextStripper().getText(doc).split("\\R"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
