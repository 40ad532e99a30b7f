package org.rspnavigator.documents.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.StandardQuery;
import org.rspnavigator.model.Standard;

class PortfolioCsvTest {

    private static final Catalog CATALOG = TestCatalogs.REAL;
    private static final List<String> HEADER = List.of("ID", "Table", "Category", "Group", "Position", "Brief name",
            "Formal name", "Maturity", "Product adoption", "Site deployment", "Tooling", "Footnotes", "SDOs",
            "Specification", "Clause", "Provenance");

    private final PortfolioExport export = new PortfolioExport();

    @Test
    void startsWithAByteOrderMarkAndEndsEveryLineWithCrLf() {
        byte[] csv = export.csv(CATALOG, CATALOG.standards());
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r");
    }

    @Test
    void fullCatalogHasAHeaderAndOneRowPerStandardInTheGivenOrder() {
        List<List<String>> rows = parse(export.csv(CATALOG, CATALOG.standards()));
        assertThat(rows.get(0)).isEqualTo(HEADER);
        assertThat(rows).hasSize(1 + 83);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).hasSize(HEADER.size()));
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(0)))
                .containsExactlyElementsOf(CATALOG.standards().stream().map(Standard::id).toList());
    }

    @Test
    void keepsTheCallersOrder() {
        List<Standard> reversed = CATALOG.standards().reversed();
        List<List<String>> rows = parse(export.csv(CATALOG, reversed));
        assertThat(rows.get(1).get(0)).isEqualTo(reversed.get(0).id());
    }

    @Test
    void describesIcd10AsTheTableDoes() {
        Map<String, String> icd10 = row("icd-10");
        assertThat(icd10).containsEntry("Table", "1")
                .containsEntry("Category", "Data standards")
                .containsEntry("Group", "Preferred")
                .containsEntry("Brief name", "ICD-10")
                .containsEntry("Maturity", "Final")
                .containsEntry("Product adoption", "Moderate")
                .containsEntry("Site deployment", "High in US and Canada; Low elsewhere")
                .containsEntry("Footnotes", "Table 1, footnote a: High in US and Canada; Low elsewhere.")
                .containsEntry("SDOs", "WHO")
                .containsEntry("Clause", "5.3.1.6")
                .containsEntry("Provenance", "ISO 21860:2020 Table 1, clause 5.3.1.6");
    }

    @Test
    void spellsOutRatingsWithAFootnoteAndRegionalOnes() {
        assertThat(row("ihe-xds-i-b")).containsEntry("Site deployment",
                "Moderate in Europe and Canada; Low but rising in US; Low elsewhere");
        assertThat(row("dicom-ecg-iods")).containsEntry("Product adoption", "Low (see Table 2, footnote a)");
    }

    @Test
    void withARegionTheRatingsAreThoseOfTheRegionAsTheViewShowsThem() {
        StandardQuery query = StandardQuery.ALL.withRegion(Region.US);
        List<List<String>> rows = parse(export.csv(CATALOG, query.apply(CATALOG), query.region()));
        List<String> header = rows.getFirst();
        assertThat(header).contains("Product adoption in US", "Site deployment in US").doesNotContain("Site deployment");
        Map<String, String> xds = byId(rows, "ihe-xds-i-b");
        assertThat(xds).containsEntry("Site deployment in US", "Low but rising")
                .containsEntry("Footnotes", "Table 3, footnote a: Moderate in Europe and Canada; Low but rising in US; "
                        + "Low elsewhere.");
        assertThat(byId(rows, "icd-10")).containsEntry("Site deployment in US", "High");
        // A rating whose footnote is not regional reads as without a region.
        assertThat(byId(rows, "dicom-ecg-iods")).containsEntry("Product adoption in US", "Low (see Table 2, footnote a)");
        List<List<String>> europe = parse(export.csv(CATALOG, CATALOG.standards(), Optional.of(Region.EUROPE)));
        assertThat(byId(europe, "ihe-xds-i-b")).containsEntry("Site deployment in Europe", "Moderate");
        // Without a region, the export is as before.
        assertThat(parse(export.csv(CATALOG, CATALOG.standards(), Optional.empty())))
                .isEqualTo(parse(export.csv(CATALOG, CATALOG.standards())));
    }

    private static Map<String, String> byId(List<List<String>> rows, String id) {
        List<String> header = rows.getFirst();
        List<String> row = rows.stream().filter(r -> r.getFirst().equals(id)).findFirst().orElseThrow();
        return header.stream().collect(Collectors.toMap(Function.identity(), h -> row.get(header.indexOf(h))));
    }

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaks() {
        Catalog hostile = TestCatalogs.withRenamed(CATALOG.standard("loinc").orElseThrow(), "Say \"hi\", twice",
                "Line one\nline two", "scope");
        String text = new String(export.csv(hostile, hostile.standards()), StandardCharsets.UTF_8);
        assertThat(text).contains(",\"Say \"\"hi\"\", twice\",\"Line one\nline two\",");
        List<String> row = parse(export.csv(hostile, hostile.standards())).get(1);
        assertThat(row.get(5)).isEqualTo("Say \"hi\", twice");
        assertThat(row.get(6)).isEqualTo("Line one\nline two");
    }

    @Test
    void guardsAgainstFormulaInjection() {
        for (String formula : List.of("=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rReturn")) {
            Catalog hostile = TestCatalogs.withRenamed(CATALOG.standard("loinc").orElseThrow(), formula, "Formal", "scope");
            List<String> row = parse(export.csv(hostile, hostile.standards())).get(1);
            assertThat(row.get(5)).as(formula).isEqualTo("'" + formula);
        }
    }

    @Test
    void leavesOrdinaryCellsAlone() {
        assertThat(row("dicom-core-image-iods")).containsEntry("Brief name", "DICOM “Core” Image IODs");
    }

    @Test
    void refusesStandardsFromAnotherCatalog() {
        Catalog other = TestCatalogs.withRenamed(CATALOG.standard("loinc").orElseThrow(), "LOINC", "Changed", "scope");
        assertThatThrownBy(() -> export.csv(CATALOG, other.standards()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loinc");
    }

    @Test
    void emptySelectionGivesTheHeaderOnly() {
        assertThat(parse(export.csv(CATALOG, List.of()))).containsExactly(HEADER);
    }

    private Map<String, String> row(String id) {
        List<String> row = parse(export.csv(CATALOG, List.of(CATALOG.standard(id).orElseThrow()))).get(1);
        return HEADER.stream().collect(Collectors.toMap(Function.identity(), h -> row.get(HEADER.indexOf(h))));
    }

    private static List<List<String>> parse(byte[] csv) {
        return Csv.parse(new String(csv, StandardCharsets.UTF_8).substring(1));
    }
}
