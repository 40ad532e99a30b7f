package org.rspnavigator.documents.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.rfp.ResponseMatrixReader.Problem;
import org.rspnavigator.documents.rfp.ResponseMatrixReader.ResponseMatrixException;
import org.rspnavigator.documents.xlsx.Workbooks;
import org.rspnavigator.procurement.response.Answer;
import org.rspnavigator.procurement.response.BidderAnswer;
import org.rspnavigator.procurement.response.BidderResponse;
import org.rspnavigator.procurement.rfp.RfpDocument;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bidder fills in the response matrix the RFP gave it, with a spreadsheet library as a bid team's
 * program would, and the matrix is read back: the answers, every problem by its place, and nothing
 * from a file with a problem, whatever the file holds.
 */
class ResponseMatrixReaderTest {

    private static final RfpDocuments DOCUMENTS = new RfpDocuments(RfpFixtures.CATALOG);
    private static final RfpDocument DOC = RfpFixtures.document();

    /** The workbook with the bidder's answers typed into rows (1-based data rows: 1 is PACS-07, the first printed). */
    private static byte[] filled(Filler filler) throws IOException {
        try (XSSFWorkbook book = Workbooks.open(DOCUMENTS.responseMatrixXlsx(DOC));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(book.getSheet("Responses"));
            book.write(out);
            return out.toByteArray();
        }
    }

    @FunctionalInterface
    interface Filler {
        void fill(XSSFSheet sheet) throws IOException;
    }

    private static void answer(XSSFSheet sheet, int row, String response, Object date, String evidence, String comment) {
        Row r = sheet.getRow(row);
        r.getCell(ResponseMatrixXlsx.RESPONSE).setCellValue(response);
        if (date instanceof LocalDate d) {
            r.getCell(ResponseMatrixXlsx.ROADMAP).setCellValue(d);
        } else if (date instanceof String s) {
            r.getCell(ResponseMatrixXlsx.ROADMAP).setCellValue(s);
        }
        r.getCell(8).setCellValue(evidence);
        r.getCell(9).setCellValue(comment);
    }

    private static String number(XSSFSheet sheet, int row) {
        return sheet.getRow(row).getCell(0).getStringCellValue();
    }

    private static List<Problem> problems(byte[] file) {
        try {
            ResponseMatrixReader.read(file, DOC);
            throw new AssertionError("expected the file to be refused");
        } catch (ResponseMatrixException e) {
            return e.problems();
        }
    }

    @Test
    void theAnswersAreTheFiveTheRfpSectionDefines() {
        assertThat(List.of(Answer.values()).stream().map(Answer::label).toList())
                .isEqualTo(RfpWording.ANSWERS.stream().map(RfpWording.Answer::word).toList());
        assertThat(Answer.of(" not applicable ")).contains(Answer.NOT_APPLICABLE);
        assertThat(Answer.of("roadmap")).contains(Answer.ROADMAP);
        assertThat(Answer.of("Maybe")).isEmpty();
    }

    @Test
    void aWorkbookFilledInAsABidderWouldIsReadWithEveryAnswer() throws IOException {
        String[] numbers = new String[4];
        byte[] file = filled(sheet -> {
            answer(sheet, 1, "Comply", null, "DICOM Conformance Statement 4.2.1", "");
            answer(sheet, 2, "Roadmap", LocalDate.of(2027, 9, 30), "", "release 8");
            answer(sheet, 3, "Not applicable", null, "", "The PACS stores no dose reports.");
            answer(sheet, 4, "Partial", null, "IHE Integration Statement", "PIR only");
            for (int i = 0; i < 4; i++) {
                numbers[i] = number(sheet, i + 1);
            }
        });
        BidderResponse response = ResponseMatrixReader.read(file, DOC);
        assertThat(response.answeredRevision()).isEqualTo(DOC.version());
        assertThat(response.answers()).containsExactly(
                new BidderAnswer(numbers[0], Answer.COMPLY, Optional.empty(), "DICOM Conformance Statement 4.2.1", ""),
                new BidderAnswer(numbers[1], Answer.ROADMAP, Optional.of(LocalDate.of(2027, 9, 30)), "", "release 8"),
                new BidderAnswer(numbers[2], Answer.NOT_APPLICABLE, Optional.empty(), "", "The PACS stores no dose reports."),
                new BidderAnswer(numbers[3], Answer.PARTIAL, Optional.empty(), "IHE Integration Statement", "PIR only"));
        assertThat(response.unanswered()).hasSize(DOC.requirements().size() - 4).doesNotContain(numbers);
        assertThat(response.changed()).isEmpty();
    }

    @Test
    void everyProblemIsNamedBySheetRowAndColumnAndNothingIsRead() throws IOException {
        byte[] file = filled(sheet -> {
            answer(sheet, 1, "Maybe", null, "", "");
            answer(sheet, 2, "Roadmap", null, "", "");
            answer(sheet, 3, "Roadmap", "next spring", "", "");
            answer(sheet, 4, "Not applicable", null, "", "");
            answer(sheet, 5, "Comply", LocalDate.of(2027, 1, 1), "", "");
            sheet.getRow(6).getCell(ResponseMatrixXlsx.RESPONSE).setCellFormula("\"Com\"&\"ply\"");
            sheet.getRow(7).getCell(0).setCellValue("PACS-99");
            answer(sheet, 7, "Comply", null, "", "");
            sheet.getRow(8).getCell(0).setCellValue(number(sheet, 1));
            answer(sheet, 8, "Comply", null, "", "");
        });
        List<Problem> problems = problems(file);
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "sheet Responses, row 7, column Response: a formula is not an answer: type the value",
                "sheet Responses, row 2: the response \"Maybe\" is not one of Comply, Partial, Roadmap, No or Not applicable",
                "sheet Responses, row 3: a Roadmap answer needs the committed delivery date",
                "sheet Responses, row 4: the roadmap date \"next spring\" is not a date written yyyy-mm-dd",
                "sheet Responses, row 5: a Not applicable answer needs the reason, in the comment",
                "sheet Responses, row 6: a roadmap date goes with a Roadmap answer only",
                "sheet Responses, row 8: the requirement \"PACS-99\" is not in revision " + DOC.version() + " of this RFP",
                "sheet Responses, row 9: " + "PACS-07 is answered already, at sheet Responses, row 2");
    }

    @Test
    void theCsvAndJsonFormsAreReadLikeTheWorkbook() throws IOException {
        String csv = new String(DOCUMENTS.responseMatrixCsv(DOC), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        String first = lines.get(1);
        String number = first.substring(0, first.indexOf(','));
        // The bidder types into the empty Response, Roadmap date, Evidence and Comment columns (11th to 14th).
        String answered = first.replaceFirst(",,,,,(\"[^\"]*\"|[^,]*)$", ",Roadmap,2027-06-30,Roadmap letter,Q2 release,$1");
        String filledCsv = String.join("\r\n", List.of(lines.get(0), answered)) + "\r\n";
        BidderResponse fromCsv = ResponseMatrixReader.read(filledCsv.getBytes(StandardCharsets.UTF_8), DOC);
        assertThat(fromCsv.answers()).containsExactly(new BidderAnswer(number, Answer.ROADMAP,
                Optional.of(LocalDate.of(2027, 6, 30)), "Roadmap letter", "Q2 release"));

        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = (ObjectNode) json.readTree(DOCUMENTS.responseMatrixJson(DOC));
        ObjectNode r0 = (ObjectNode) root.get("requirements").get(0);
        r0.put("response", "No");
        r0.put("comment", "not offered");
        ObjectNode r1 = (ObjectNode) root.get("requirements").get(1);
        r1.put("response", 5);
        List<Problem> problems = problems(json.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
        assertThat(problems).containsExactly(new Problem("requirements[1].response", "it must be a string"));
        r1.putNull("response");
        BidderResponse fromJson = ResponseMatrixReader.read(json.writeValueAsString(root).getBytes(StandardCharsets.UTF_8),
                DOC);
        assertThat(fromJson.answers()).containsExactly(new BidderAnswer(r0.get("number").asString(), Answer.NO,
                Optional.empty(), "", "not offered"));
        assertThat(fromJson.answeredRevision()).isEqualTo(DOC.version());
    }

    @Test
    void aMatrixOfAnotherRevisionIsMatchedByNumberAndTheChangesAreListed() throws IOException {
        String[] changedNumber = new String[1];
        byte[] file = filled(sheet -> {
            Row id = sheet.getWorkbook().getSheet(ResponseMatrixXlsx.ID_SHEET).getRow(4);
            id.getCell(1).setCellValue(String.valueOf(DOC.version() - 1));
            sheet.getRow(1).getCell(4).setCellValue("An older wording of the requirement.");
            changedNumber[0] = number(sheet, 1);
            answer(sheet, 1, "Comply", null, "", "");
        });
        BidderResponse response = ResponseMatrixReader.read(file, DOC);
        assertThat(response.answeredRevision()).isEqualTo(DOC.version() - 1);
        assertThat(response.changed()).containsExactly(changedNumber[0]);
        assertThat(response.answers()).hasSize(1);
    }

    @Test
    void hostileFilesAreRefusedWithoutBeingUnpacked() throws IOException {
        // A zip bomb: an "xlsx" whose one entry is 200 MB of zeros, a fifth of a megabyte packed.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(problems(bomb.toByteArray())).singleElement().satisfies(p -> {
            assertThat(p.place()).isEqualTo("the workbook");
            assertThat(p.message()).startsWith("it cannot be read safely as an XLSX workbook");
        });
        StringBuilder huge = new StringBuilder("Number,Response\r\n");
        for (int i = 0; i < ResponseMatrixReader.MAX_ROWS + 1; i++) {
            huge.append("X-").append(i).append(",Comply\r\n");
        }
        assertThat(problems(huge.toString().getBytes(StandardCharsets.UTF_8))).singleElement()
                .extracting(Problem::message).asString().contains("a response matrix has at most 5000");
        assertThat(problems(new byte[] {(byte) 0xC3, (byte) 0x28, 0x41})).singleElement().extracting(Problem::message)
                .isEqualTo("it is neither a workbook (XLSX) nor UTF-8 text (CSV or JSON)");
        assertThat(problems("{\"requirements\": 3}".getBytes(StandardCharsets.UTF_8))).singleElement()
                .extracting(Problem::message).asString().startsWith("it has no \"requirements\" array");
        assertThatThrownBy(() -> ResponseMatrixReader.read("Name,Colour\r\nx,y\r\n".getBytes(StandardCharsets.UTF_8), DOC))
                .isInstanceOf(ResponseMatrixException.class).hasMessageContaining("\"Number\" and \"Response\"");
    }
}
