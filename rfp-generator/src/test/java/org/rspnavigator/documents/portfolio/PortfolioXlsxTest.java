package org.rspnavigator.documents.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rspnavigator.documents.xlsx.Workbooks.assertNoFormulas;
import static org.rspnavigator.documents.xlsx.Workbooks.open;
import static org.rspnavigator.documents.xlsx.Workbooks.rows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rspnavigator.model.AdoptionLevel;
import org.rspnavigator.model.AdoptionRating;
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Maturity;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.StandardQuery;
import org.rspnavigator.model.ToolingLevel;

/** The portfolio as a workbook, read back with Apache POI as a spreadsheet program would open it. */
class PortfolioXlsxTest {

    private static final Catalog CATALOG = TestCatalogs.REAL;
    private static final ZonedDateTime AT = ZonedDateTime.of(2026, 3, 9, 14, 30, 0, 0, ZoneId.of("Europe/Paris"));

    private final PortfolioExport export = new PortfolioExport();

    private byte[] xlsx(StandardQuery query) {
        return export.xlsx(CATALOG, query.apply(CATALOG), query.describe(), AT, query.region());
    }

    private static List<List<String>> csv(byte[] csv) {
        return Csv.parse(new String(csv, StandardCharsets.UTF_8).substring(1));
    }

    @Test
    void hasTheCsvsColumnsAndRowsForTheSameFilterAndRegion() throws IOException {
        StandardQuery query = StandardQuery.ALL.withGroups(List.of(AssessmentGroup.PREFERRED, AssessmentGroup.EMERGING))
                .withMinSiteDeployment(AdoptionLevel.LOW).withRegion(Region.CANADA)
                .withNoLevel(StandardQuery.NoLevel.INCLUDE);
        List<List<String>> csv = csv(export.csv(CATALOG, query.apply(CATALOG), query.region()));
        try (XSSFWorkbook book = open(xlsx(query))) {
            List<List<String>> sheet = rows(book.getSheet("Portfolio"));
            assertThat(sheet.getFirst()).isEqualTo(csv.getFirst())
                    .contains("Product adoption in Canada", "Site deployment in Canada");
            assertThat(sheet).hasSameSizeAs(csv).hasSizeGreaterThan(10).hasSizeLessThan(84);
            List<String> header = csv.getFirst();
            List<Integer> ranked = List.of(header.indexOf("Maturity"), header.indexOf("Product adoption in Canada"),
                    header.indexOf("Site deployment in Canada"), header.indexOf("Tooling"));
            for (int r = 1; r < csv.size(); r++) {
                for (int c = 0; c < header.size(); c++) {
                    String cell = sheet.get(r).get(c);
                    String expected = csv.get(r).get(c);
                    // The workbook's levels are the CSV's with a rank in front; every other cell is the CSV's.
                    assertThat(ranked.contains(c) ? cell.replaceFirst("^\\d ", "") : cell)
                            .as("row %d, %s", r, header.get(c)).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void theHeaderRowIsBoldFrozenAndFilteredOverEveryRow() throws IOException {
        try (XSSFWorkbook book = open(xlsx(StandardQuery.ALL))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Portfolio");
            XSSFSheet sheet = book.getSheet("Portfolio");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).as("rows frozen").isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).as("columns frozen").isEqualTo((short) 0);
            // 16 columns, A to P; the header and 83 standards.
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:P84");
            for (Cell cell : sheet.getRow(0)) {
                assertThat(book.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).as(cell.getStringCellValue())
                        .isTrue();
            }
            assertThat(book.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
            int formal = rows(sheet).getFirst().indexOf("Formal name");
            assertThat(sheet.getRow(1).getCell(formal).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getColumnWidth(formal)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void tableAndPositionAreNumbers() throws IOException {
        try (XSSFWorkbook book = open(xlsx(StandardQuery.ALL.withText("ICD-10")))) {
            Row icd10 = book.getSheet("Portfolio").getRow(1);
            assertThat(icd10.getCell(0).getStringCellValue()).isEqualTo("icd-10");
            assertThat(icd10.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(icd10.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(icd10.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void levelsStartWithTheirRank() throws IOException {
        try (XSSFWorkbook book = open(xlsx(StandardQuery.ALL))) {
            Map<String, String> icd10 = byId(rows(book.getSheet("Portfolio")), "icd-10");
            assertThat(icd10).containsEntry("Maturity", "1 Final").containsEntry("Product adoption", "3 Moderate")
                    .containsEntry("Site deployment", "2 High in US and Canada; Low elsewhere")
                    .containsEntry("Tooling", "2 Moderate");
            assertThat(byId(rows(book.getSheet("Portfolio")), "dicom-ecg-iods"))
                    .containsEntry("Product adoption", "4 Low (see Table 2, footnote a)");
        }
        StandardQuery canada = StandardQuery.ALL.withRegion(Region.CANADA);
        try (XSSFWorkbook book = open(xlsx(canada))) {
            Map<String, String> swfB = byId(rows(book.getSheet("Portfolio")), "ihe-swf-b");
            assertThat(swfB).containsEntry("Site deployment in Canada", "7 No level for this region");
            assertThat(byId(rows(book.getSheet("Portfolio")), "icd-10")).containsEntry("Site deployment in Canada", "2 High");
        }
    }

    /**
     * A spreadsheet sorts the level columns as text: sorted so, each column must list its levels
     * from the highest down, "no level for this region" last, as the catalog's filters compare them.
     */
    @Test
    void sortingALevelColumnAsTextPutsTheLevelsInTheirOrder() throws IOException {
        for (StandardQuery query : List.of(StandardQuery.ALL, StandardQuery.ALL.withRegion(Region.CANADA),
                StandardQuery.ALL.withRegion(Region.US))) {
            String in = query.region().map(r -> " in " + r.label()).orElse("");
            try (XSSFWorkbook book = open(xlsx(query))) {
                List<List<String>> rows = rows(book.getSheet("Portfolio"));
                assertSortsAs(rows, "Maturity", s -> List.of(Maturity.FINAL, Maturity.TRIAL, Maturity.PUBLISHED_DRAFT,
                        Maturity.RETIRED).indexOf(s.maturity()));
                assertSortsAs(rows, "Tooling", s -> ToolingLevel.HIGH.ordinal() - s.tooling().ordinal());
                assertSortsAs(rows, "Product adoption" + in, s -> adoptionOrder(query, s.productAdoption()));
                assertSortsAs(rows, "Site deployment" + in, s -> adoptionOrder(query, s.siteDeployment()));
            }
        }
    }

    /** Where a rating belongs from the top: Universal 0 … None 5, no level for the region 6. */
    private static int adoptionOrder(StandardQuery query, AdoptionRating rating) {
        return query.levelOf(rating).map(l -> AdoptionLevel.UNIVERSAL.ordinal() - l.ordinal())
                .orElse(AdoptionLevel.values().length);
    }

    private static void assertSortsAs(List<List<String>> rows, String column, Function<Standard, Integer> order) {
        int c = rows.getFirst().indexOf(column);
        assertThat(c).as(column).isNotNegative();
        // Text order as a spreadsheet sorts A to Z: by characters, letter case aside.
        List<List<String>> sorted = rows.subList(1, rows.size()).stream()
                .sorted(Comparator.comparing(r -> r.get(c), String.CASE_INSENSITIVE_ORDER)).toList();
        List<Integer> orders = sorted.stream().map(r -> order.apply(CATALOG.standard(r.getFirst()).orElseThrow()))
                .toList();
        assertThat(orders).as(column + " sorted A to Z").isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(orders.stream().distinct().count()).as(column + " has several levels").isGreaterThan(2);
    }

    @Test
    void aTextThatLooksLikeAFormulaStaysText() throws IOException {
        for (String formula : List.of("=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)")) {
            Catalog hostile = TestCatalogs.withRenamed(CATALOG.standard("loinc").orElseThrow(), formula, "=1+1", "scope");
            byte[] xlsx = export.xlsx(hostile, hostile.standards(), formula, AT, Optional.empty());
            try (XSSFWorkbook book = open(xlsx)) {
                Row row = book.getSheet("Portfolio").getRow(1);
                Cell brief = row.getCell(5);
                assertThat(brief.getCellType()).as(formula).isEqualTo(CellType.STRING);
                assertThat(brief.getStringCellValue()).isEqualTo(formula);
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo("=1+1");
                assertNoFormulas(book);
            }
        }
    }

    @Test
    void theAboutSheetSaysWhatMadeTheTable() throws IOException {
        StandardQuery query = StandardQuery.ALL.withGroups(List.of(AssessmentGroup.EMERGING)).withRegion(Region.EUROPE);
        try (XSSFWorkbook book = open(xlsx(query))) {
            Map<String, String> about = rows(book.getSheet("About")).stream().filter(r -> r.size() > 1)
                    .collect(Collectors.toMap(List::getFirst, r -> r.get(1), (a, b) -> a));
            assertThat(about.get("Source")).contains("ISO 21860:2020", "Tables 1–5");
            assertThat(about.get("Filter")).isEqualTo(query.describe());
            assertThat(about.get("Region")).startsWith("Europe:");
            assertThat(about.get("Catalog edition")).isEqualTo(CATALOG.edition().edition());
            assertThat(about.get("Generated")).isEqualTo("9 March 2026, 14:30 CET");
            assertThat(about.get("Contents")).contains(query.apply(CATALOG).size() + " of 83");
            assertThat(about.get("Maturity")).startsWith("1 Final, 2 Trial, 3 Published draft, 4 Retired");
            assertThat(about.get("Adoption, deployment"))
                    .startsWith("1 Universal, 2 High, 3 Moderate, 4 Low, 5 Pilot, 6 None, 7 No level for this region");
            assertThat(about.get("Tooling")).startsWith("1 High, 2 Moderate, 3 Low, 4 None");
            assertThat(book.getProperties().getCoreProperties().getCreator()).isEqualTo("RSP Navigator");
        }
    }

    @Test
    void anEmptySelectionGivesTheHeaderAlone() throws IOException {
        try (XSSFWorkbook book = open(export.xlsx(CATALOG, List.of(), "Nothing", AT, Optional.empty()))) {
            XSSFSheet sheet = book.getSheet("Portfolio");
            assertThat(rows(sheet)).hasSize(1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:P1");
        }
    }

    @Test
    void refusesStandardsFromAnotherCatalog() {
        Catalog other = TestCatalogs.withRenamed(CATALOG.standard("loinc").orElseThrow(), "LOINC", "Changed", "scope");
        assertThatThrownBy(() -> export.xlsx(CATALOG, other.standards(), "All", AT, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loinc");
    }

    private static Map<String, String> byId(List<List<String>> rows, String id) {
        List<String> header = rows.getFirst();
        List<String> row = rows.stream().filter(r -> r.getFirst().equals(id)).findFirst().orElseThrow();
        return header.stream().collect(Collectors.toMap(Function.identity(), h -> row.get(header.indexOf(h))));
    }
}
