package org.rspnavigator.documents.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rspnavigator.documents.xlsx.Workbooks.assertNoFormulas;
import static org.rspnavigator.documents.xlsx.Workbooks.open;
import static org.rspnavigator.documents.xlsx.Workbooks.rows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.portfolio.Csv;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.UseCaseRow;
import org.rspnavigator.model.load.CatalogLoader;

/** A use case's matrix as CSV and as a workbook read back with Apache POI. */
class UseCaseExportTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();
    private static final UseCase DEVICE = CATALOG.useCase("device-to-department").orElseThrow();
    private static final UseCase DEPARTMENT = CATALOG.useCase("department-to-enterprise").orElseThrow();
    private static final ZonedDateTime AT = ZonedDateTime.of(2026, 3, 9, 14, 30, 0, 0, ZoneId.of("Europe/Paris"));
    private static final List<String> FIXED = List.of("Row", "Standard", "Portfolio entries", "Portfolio IDs",
            "Assessment group", "Category", "Purpose", "Notes");

    private final UseCaseExport export = new UseCaseExport();

    private static List<List<String>> csv(byte[] csv) {
        return Csv.parse(new String(csv, StandardCharsets.UTF_8).substring(1));
    }

    private static Map<String, String> byRow(List<List<String>> rows, int number) {
        List<String> header = rows.getFirst();
        List<String> row = rows.stream().filter(r -> r.getFirst().equals(String.valueOf(number))).findFirst().orElseThrow();
        return header.stream().collect(Collectors.toMap(Function.identity(), h -> row.get(header.indexOf(h)), (a, b) -> a));
    }

    @Test
    void everyRowWithAColumnPerPrintedSystem() {
        List<List<String>> rows = csv(export.csv(CATALOG, DEVICE, DEVICE.rows(), DEVICE.systems()));
        List<String> header = rows.getFirst();
        assertThat(header.subList(0, FIXED.size())).isEqualTo(FIXED);
        assertThat(header.subList(FIXED.size(), header.size())).isEqualTo(DEVICE.systems()).hasSize(34);
        assertThat(rows).hasSize(1 + 27);

        Map<String, String> snomed = byRow(rows, 1);
        assertThat(snomed).containsEntry("Standard", "SNOMED CT")
                .containsEntry("Portfolio entries", "SNOMED CT (Numeric Identifiers); SNOMED CT (RT Identifiers)")
                .containsEntry("Portfolio IDs", "snomed-ct-numeric; snomed-ct-rt")
                .containsEntry("Assessment group", "Emerging; Legacy")
                .containsEntry("Category", "Data standards")
                .containsEntry("RIS", "●").containsEntry("Modalities", "●").containsEntry("PACS", "");
        assertThat(snomed.get("Purpose")).startsWith("Supplies clinical codes");
        assertThat(byRow(rows, 2)).containsEntry("Assessment group", "Preferred");
        assertThat(byRow(rows, 3).get("Notes")).startsWith("Corrected: Table 6 prints “Modalities, Clinical "
                + "Applications, Reporting Systems Creators” in the Devices/Systems column.");
    }

    @Test
    void keepsTheRowsAndSystemsChosen() throws IOException {
        List<UseCaseRow> pacs = DEPARTMENT.rows().stream()
                .filter(r -> r.concerns("PACS") || r.concerns("All DICOM systems")).toList();
        List<String> systems = List.of("PACS", "All DICOM systems");
        List<List<String>> csv = csv(export.csv(CATALOG, DEPARTMENT, pacs, systems));
        assertThat(csv.getFirst().subList(FIXED.size(), csv.getFirst().size())).isEqualTo(systems);
        assertThat(csv).hasSize(1 + pacs.size());
        assertThat(byRow(csv, 18)).containsEntry("PACS", "").containsEntry("All DICOM systems", "●");
        Map<String, String> swfB = byRow(csv, pacs.stream().filter(r -> r.label().equals("IHE SWF.b")).findFirst()
                .orElseThrow().number());
        assertThat(swfB).containsEntry("PACS", "●");
        assertThat(swfB.get("Notes")).startsWith("Note a: A radiology information system used to be");

        try (XSSFWorkbook book = open(export.xlsx(CATALOG, DEPARTMENT, pacs, systems, "Rows that concern the PACS", AT))) {
            assertThat(rows(book.getSheet("Matrix"))).isEqualTo(csv);
        }
    }

    @Test
    void theWorkbookHasTheCsvsRowsWithItsHeaderFrozenAndFiltered() throws IOException {
        List<List<String>> csv = csv(export.csv(CATALOG, DEVICE, DEVICE.rows(), DEVICE.systems()));
        try (XSSFWorkbook book = open(export.xlsx(CATALOG, DEVICE, DEVICE.rows(), DEVICE.systems(), "All rows", AT))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Matrix");
            XSSFSheet sheet = book.getSheet("Matrix");
            assertThat(rows(sheet)).isEqualTo(csv);
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            // 8 columns and 34 systems: A to AP; the header and 27 rows.
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:AP28");
            assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);

            Map<String, String> about = rows(book.getSheet("About")).stream().filter(r -> r.size() > 1)
                    .collect(Collectors.toMap(List::getFirst, r -> r.get(1), (a, b) -> a));
            assertThat(about.get("Source")).startsWith("ISO 21860:2020 Table 6, clause 6.2");
            assertThat(about.get("Filter")).isEqualTo("All rows");
            assertThat(about.get("Contents")).contains("27 of 27");
            assertThat(about.get("Catalog edition")).startsWith(CATALOG.edition().edition());
            assertThat(about.get("Generated")).isEqualTo("9 March 2026, 14:30 CET");
        }
    }

    @Test
    void theUseCasesFootnotesAreOnTheAboutSheet() throws IOException {
        try (XSSFWorkbook book = open(export.xlsx(CATALOG, DEPARTMENT, DEPARTMENT.rows(), DEPARTMENT.systems(),
                "All rows", AT))) {
            assertThat(rows(book.getSheet("About"))).anySatisfy(r -> assertThat(r).startsWith("Note a",
                    DEPARTMENT.footnotes().getFirst().text()));
        }
    }

    @Test
    void aDerivedRowGivesTheClauseItRestsOn() {
        UseCase derived = CATALOG.useCase("enterprise-to-cross-enterprise").orElseThrow();
        List<List<String>> rows = csv(export.csv(CATALOG, derived, derived.rows(), derived.systems()));
        assertThat(byRow(rows, 1).get("Notes")).isEqualTo("Based on ISO 21860 clause "
                + derived.rows().getFirst().basis().orElseThrow() + ".");
    }

    @Test
    void aTextThatLooksLikeAFormulaIsTextInTheWorkbookAndGuardedInTheCsv() throws IOException {
        UseCaseRow first = DEVICE.rows().getFirst();
        UseCaseRow hostileRow = new UseCaseRow(first.useCaseId(), first.number(), "=HYPERLINK(\"http://evil\")",
                first.standards(), first.systems(), "@SUM(A1)", List.of(), first.basis());
        UseCase hostile = new UseCase(DEVICE.id(), DEVICE.name(), DEVICE.clause(), DEVICE.table(), false, List.of(),
                List.of(), List.of(hostileRow), DEVICE.description(), DEVICE.source());
        Catalog catalog = new Catalog(CATALOG.edition(), CATALOG.tables(), CATALOG.standards(), List.of(),
                List.of(hostile));

        List<String> csvRow = csv(export.csv(catalog, hostile, hostile.rows(), hostile.systems())).get(1);
        assertThat(csvRow.get(1)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(csvRow.get(6)).isEqualTo("'@SUM(A1)");

        try (XSSFWorkbook book = open(export.xlsx(catalog, hostile, hostile.rows(), hostile.systems(), "=1+1", AT))) {
            Row row = book.getSheet("Matrix").getRow(1);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("@SUM(A1)");
            assertNoFormulas(book);
        }
    }

    @Test
    void refusesRowsSystemsAndUseCasesFromElsewhere() {
        assertThatThrownBy(() -> export.csv(CATALOG, DEVICE, DEPARTMENT.rows(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("device-to-department");
        assertThatThrownBy(() -> export.csv(CATALOG, DEVICE, DEVICE.rows(), List.of("Toasters")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Toasters");
        Catalog empty = new Catalog(CATALOG.edition(), CATALOG.tables(), CATALOG.standards(), List.of(), List.of());
        assertThatThrownBy(() -> export.xlsx(empty, DEVICE, DEVICE.rows(), DEVICE.systems(), "All rows", AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not part of catalog edition");
    }
}
