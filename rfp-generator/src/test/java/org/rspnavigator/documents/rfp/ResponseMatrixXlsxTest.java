package org.rspnavigator.documents.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.xlsx.Workbooks;
import org.rspnavigator.procurement.rfp.RfpDocument;

/**
 * The response matrix as a workbook, read back as a bid team's spreadsheet program reads it: rows in
 * print order, requirement cells locked and answer cells open, the answers as a drop-down, dates
 * checked, header frozen and filtered, print layout, and the hidden sheet naming the project.
 */
class ResponseMatrixXlsxTest {

    private static final RfpDocuments DOCUMENTS = new RfpDocuments(RfpFixtures.CATALOG);
    private static final RfpDocument DOC = RfpFixtures.document();

    private static XSSFWorkbook book() throws IOException {
        return Workbooks.open(DOCUMENTS.responseMatrixXlsx(DOC));
    }

    @Test
    void oneRowPerRequirementInPrintOrderWithTheSameWordsAsTheCsv() throws IOException {
        try (XSSFWorkbook book = book()) {
            XSSFSheet sheet = book.getSheet("Responses");
            List<List<String>> rows = Workbooks.rows(sheet);
            assertThat(rows.get(0)).containsExactlyElementsOf(ResponseMatrixXlsx.HEADERS);
            assertThat(rows).hasSize(1 + DOC.requirements().size());
            List<List<String>> csv = org.rspnavigator.documents.portfolio.Csv.parse(new String(
                    DOCUMENTS.responseMatrixCsv(DOC), java.nio.charset.StandardCharsets.UTF_8).substring(1));
            assertThat(rows.stream().skip(1).map(r -> r.get(0)).toList())
                    .isEqualTo(csv.stream().skip(1).map(r -> r.get(0)).toList());
            List<String> pacs01 = rows.stream().filter(r -> r.get(0).equals("PACS-01")).findFirst().orElseThrow();
            assertThat(pacs01.subList(0, 6)).containsExactly("PACS-01", "SHALL", "PACS", "Technical workflow standards",
                    "The proposed PACS SHALL implement IHE SWF.b as Image Manager/Image Archive, with the Availability of "
                            + "PPS-Referenced Instances option.",
                    "IHE SWF.b — Image Manager/Image Archive; options: Availability of PPS-Referenced Instances");
            assertThat(pacs01.subList(6, 10)).as("the bidder's columns start empty").containsOnly("");
            assertThat(pacs01.get(10)).contains("not confirmed against the Technical Framework");
            Workbooks.assertNoFormulas(book);
        }
    }

    @Test
    void theRequirementsAreLockedAndOnlyTheBiddersColumnsAreOpen() throws IOException {
        try (XSSFWorkbook book = book()) {
            XSSFSheet sheet = book.getSheet("Responses");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.isAutoFilterLocked()).as("filtering works on the protected sheet").isFalse();
            assertThat(sheet.isSortLocked()).isFalse();
            for (int r = 1; r <= DOC.requirements().size(); r++) {
                for (int c = 0; c < ResponseMatrixXlsx.HEADERS.size(); c++) {
                    boolean open = c >= ResponseMatrixXlsx.RESPONSE && c <= 9;
                    assertThat(sheet.getRow(r).getCell(c).getCellStyle().getLocked())
                            .as("row %d column %s", r, ResponseMatrixXlsx.HEADERS.get(c)).isEqualTo(!open);
                }
            }
        }
    }

    @Test
    void theResponseIsADropDownOfTheFiveAnswersAndTheRoadmapDateMustBeADate() throws IOException {
        try (XSSFWorkbook book = book()) {
            XSSFSheet sheet = book.getSheet("Responses");
            List<? extends DataValidation> validations = sheet.getDataValidations();
            DataValidation response = validations.stream().filter(v -> v.getRegions().getCellRangeAddress(0)
                    .getFirstColumn() == ResponseMatrixXlsx.RESPONSE).findFirst().orElseThrow();
            assertThat(response.getValidationConstraint().getExplicitListValues())
                    .containsExactly("Comply", "Partial", "Roadmap", "No", "Not applicable");
            assertThat(response.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(response.getShowErrorBox()).isTrue();
            assertThat(response.getRegions().getCellRangeAddress(0).getLastRow()).isEqualTo(DOC.requirements().size());
            DataValidation date = validations.stream().filter(v -> v.getRegions().getCellRangeAddress(0)
                    .getFirstColumn() == ResponseMatrixXlsx.ROADMAP).findFirst().orElseThrow();
            assertThat(date.getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.DATE);
            assertThat(sheet.getRow(1).getCell(ResponseMatrixXlsx.ROADMAP).getCellStyle().getDataFormatString())
                    .isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void theHeaderIsFrozenAndFilteredAndTheSheetPrintsLandscapeOnePageWide() throws IOException {
        try (XSSFWorkbook book = book()) {
            XSSFSheet sheet = book.getSheet("Responses");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K" + (1 + DOC.requirements().size()));
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(sheet.getHeader().getCenter()).contains(DOC.spec().projectName());
        }
    }

    @Test
    void aHiddenSheetNamesTheProjectRevisionAndCatalogEdition() throws IOException {
        try (XSSFWorkbook book = book()) {
            int index = book.getSheetIndex(ResponseMatrixXlsx.ID_SHEET);
            assertThat(book.getSheetVisibility(index)).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(book.getActiveSheetIndex()).isZero();
            List<List<String>> facts = Workbooks.rows(book.getSheetAt(index));
            assertThat(facts).contains(List.of("format", "rsp-navigator/response-matrix"), List.of("formatVersion", "1"),
                    List.of("project", DOC.spec().projectName()), List.of("revision", String.valueOf(DOC.version())),
                    List.of("issued", DOC.issued().toString()),
                    List.of("catalogEdition", RfpFixtures.CATALOG.edition().edition()),
                    List.of("requirements", String.valueOf(DOC.requirements().size())));
            assertThat(Workbooks.rows(book.getSheet("Answers")).stream().map(r -> r.get(0)).toList())
                    .contains("Comply", "Partial", "Roadmap", "No", "Not applicable");
        }
    }
}
