package org.rspnavigator.webapp.catalog;

import org.rspnavigator.webapp.shell.NotFoundView;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Standard;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.router.RouterLink;

/** View logic without a browser: what each view shows for an address, and how it reacts. */
@SpringBootTest
public class ViewsTest extends SpringBrowserlessTest {

    @SuppressWarnings("unchecked")
    private Grid<Standard> grid() {
        return $(Grid.class).id("standards-grid");
    }

    private List<String> gridBriefNames() {
        Grid<Standard> grid = grid();
        return test(grid).size() == 0 ? List.of()
                : java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).briefName())
                        .toList();
    }

    /** Opens an address with a query string, as following a link would. */
    private void open(String address) {
        String[] parts = address.split("\\?", 2);
        com.vaadin.flow.component.UI.getCurrent().navigate(parts[0],
                com.vaadin.flow.router.QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
    }

    @Test
    void catalogReadsItsFilterFromTheAddress() {
        open("catalog?group=emerging&category=technical-workflow");
        assertThat(gridBriefNames()).containsExactly("DICOM UPS", "IHE REM-NM", "IHE IRWF.b");
        assertThat($(Span.class).id("standards-count").getText()).isEqualTo("3 of 83 standards");
    }

    @Test
    void aSystemTypePageSaysWhatItPlaysAndWhichRowsConcernIt() {
        open("system-types");
        assertThat($(com.vaadin.flow.router.RouterLink.class).all()).extracting(com.vaadin.flow.router.RouterLink::getText)
                .contains("PACS", "EHR / order placer");
        open("system-types/pacs");
        assertThat($(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("PACS");
        String plays = $(com.vaadin.flow.component.html.NativeTable.class).id("system-type-plays").getElement()
                .getTextRecursively();
        assertThat(plays).contains("SWF.b (Scheduled Workflow.b)", "Image Manager/Image Archive",
                "IID (Invoke Image Display)", "Not rated by ISO 21860");
        String rows = $(com.vaadin.flow.component.html.UnorderedList.class).id("system-type-rows").getElement()
                .getTextRecursively();
        assertThat(rows).contains("IHE SWF.b");
        open("system-types/toaster");
        assertThat(getCurrentView()).isNotInstanceOf(SystemTypeView.class);
    }

    @Test
    void catalogShowsEverythingWithoutAFilter() {
        navigate(CatalogView.class);
        assertThat(test(grid()).size()).isEqualTo(83);
        assertThat($(Span.class).id("standards-count").getText()).isEqualTo("83 standards");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAGroupNarrowsTheCatalog() {
        navigate(CatalogView.class);
        CheckboxGroup<AssessmentGroup> groups = $(CheckboxGroup.class).single();
        test(groups).selectItem("Legacy");
        assertThat(gridBriefNames()).containsExactly("SNOMED CT (RT Identifiers)", "ICD-9", "DICOM WADO-URI",
                "HL7 ORM", "IHE SWF", "IHE PIR");
    }

    @Test
    void aBadFilterValueIsExplainedAndLeftOut() {
        open("catalog?group=favourite");
        assertThat(test(grid()).size()).isEqualTo(83);
        var notification = $(com.vaadin.flow.component.notification.Notification.class).single();
        assertThat(test(notification).getText()).isEqualTo("The address has a filter that was left out: 'favourite' "
                + "is not a valid value of 'group' (expected one of: preferred, legacy, emerging)");
    }

    @Test
    void standardDetailLinksRelationsBothWays() {
        navigate("standards/ihe-swf", StandardView.class);
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getHref).contains("standards/ihe-swf-b",
                "standards/ihe-cath", "standards/ihe-echo");
        navigate("standards/ihe-swf-b", StandardView.class);
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getHref).contains("standards/ihe-swf",
                "standards/ihe-pir", "standards/dicom-mwl");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("provenance").getText())
                .isEqualTo("Source: ISO 21860:2020 Table 5, clause 5.4.3.1");
    }

    @Test
    void catalogReadsItsSortOrderFromTheAddress() {
        open("catalog?group=legacy&sort=-standard");
        assertThat(gridBriefNames()).containsExactly("SNOMED CT (RT Identifiers)", "IHE SWF", "IHE PIR", "ICD-9",
                "HL7 ORM", "DICOM WADO-URI");
    }

    @Test
    void theBackLinkOfAStandardReturnsToTheCatalogAsItWasLeft() {
        navigate("standards/ihe-swf", StandardView.class);
        assertThat($(RouterLink.class).id("back-to-catalog").getHref()).isEqualTo("catalog");

        open("catalog?group=legacy&sort=-standard");
        navigate("standards/ihe-swf", StandardView.class);
        assertThat($(RouterLink.class).id("back-to-catalog").getHref()).isEqualTo("catalog?group=legacy&sort=-standard");
    }

    @Test
    void anUnknownStandardShowsTheNotFoundView() {
        navigate("standards/ihe-nonsense", NotFoundView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all())
                .anySatisfy(p -> assertThat(p.getText()).contains("no standard with the id 'ihe-nonsense'"));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<UseCaseSystems.Choice> systemFilter() {
        return $(ComboBox.class).id("system-filter");
    }

    private String rowCount() {
        return $(Paragraph.class).id("use-case-row-count").getText();
    }

    private List<String> matrixRows() {
        return $(com.vaadin.flow.component.html.NativeTableRow.class).all().stream()
                .map(r -> r.getId().orElse("")).filter(id -> id.startsWith("row-")).toList();
    }

    private List<String> systemColumns() {
        return $(com.vaadin.flow.component.html.NativeTableHeaderCell.class).withClassName("rsp-system").all().stream()
                .map(c -> c.getElement().getTextRecursively()).toList();
    }

    private String currentAddress() {
        return com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation()
                .getPathWithQueryParameters();
    }

    @Test
    void useCaseNarrowsToASystem() {
        navigate("use-cases/device-to-department", UseCaseView.class);
        assertThat(rowCount()).isEqualTo("27 rows");
        assertThat(systemColumns()).hasSize(34).contains("Displays", "Image Displays", "All DICOM systems");
        assertThat(systemFilter().getValue()).isNull();

        open("use-cases/department-to-enterprise?system=pacs");
        assertThat(systemFilter().getValue().name()).isEqualTo("PACS");
        assertThat(rowCount()).isEqualTo("16 of 21 rows concern the PACS (listed as “PACS” or “All DICOM systems”)");
        assertThat(systemColumns()).containsExactly("PACS", "All DICOM systems");
        // DICOM TLS is printed for "All DICOM systems" only: a PACS is one of them.
        assertThat(matrixRows()).hasSize(16).contains("row-18").doesNotContain("row-1", "row-12");
    }

    private String href(String id) {
        return $(com.vaadin.flow.component.html.Anchor.class).id(id).getHref();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePortfolioDownloadsCarryTheCurrentFilters() {
        open("portfolio?group=emerging&region=europe");
        String query = href("export-csv").substring(href("export-csv").indexOf('?'));
        assertThat(query).contains("group=emerging", "region=europe");
        assertThat(href("export-xlsx")).isEqualTo("/api/v1/portfolio.xlsx" + query);
        assertThat(href("export-pdf")).isEqualTo("/api/v1/portfolio.pdf" + query);

        // A filter changed on the page changes the links at once.
        test($(CheckboxGroup.class).single()).selectItem("Legacy");
        assertThat(href("export-xlsx")).startsWith("/api/v1/portfolio.xlsx?").contains("region=europe")
                .containsPattern("group=[a-z,]*legacy");
        assertThat(href("export-csv")).isEqualTo(href("export-xlsx").replace(".xlsx?", ".csv?"));

        open("portfolio");
        assertThat(href("export-xlsx")).isEqualTo("/api/v1/portfolio.xlsx");
    }

    @Test
    void theUseCaseDownloadsCarryTheSystemChosen() {
        navigate("use-cases/device-to-department", UseCaseView.class);
        assertThat(href("use-case-csv")).isEqualTo("/api/v1/use-cases/device-to-department/matrix.csv");
        assertThat(href("use-case-xlsx")).isEqualTo("/api/v1/use-cases/device-to-department/matrix.xlsx");

        test(systemFilter()).selectItem("Image display / diagnostic viewer");
        assertThat(href("use-case-csv"))
                .isEqualTo("/api/v1/use-cases/device-to-department/matrix.csv?system=image-display");
        assertThat(href("use-case-xlsx"))
                .isEqualTo("/api/v1/use-cases/device-to-department/matrix.xlsx?system=image-display");

        // An older link with a printed name: the files are of the system type it means.
        open("use-cases/department-to-enterprise?system=PACS");
        assertThat(href("use-case-xlsx")).isEqualTo("/api/v1/use-cases/department-to-enterprise/matrix.xlsx?system=pacs");
        open("use-cases/department-to-enterprise?system=All%20DICOM%20systems");
        assertThat(href("use-case-xlsx"))
                .isEqualTo("/api/v1/use-cases/department-to-enterprise/matrix.xlsx?system=All+DICOM+systems");
        // A system the use case does not name: all rows are shown, and the files have them all.
        open("use-cases/department-to-enterprise?system=toaster");
        assertThat(href("use-case-csv")).isEqualTo("/api/v1/use-cases/department-to-enterprise/matrix.csv");
    }

    @Test
    void theSystemFilterOffersKindsOfSystemNotPrintedNames() {
        navigate("use-cases/device-to-department", UseCaseView.class);
        List<String> offered = test(systemFilter()).getSuggestions();
        assertThat(offered).contains("PACS", "Image display / diagnostic viewer", "CT scanner")
                .doesNotContain("Displays", "Image Displays", "All DICOM systems", "Modalities")
                .doesNotHaveDuplicates();

        test(systemFilter()).selectItem("Image display / diagnostic viewer");
        assertThat(currentAddress()).isEqualTo("use-cases/device-to-department?system=image-display");
        assertThat(rowCount()).startsWith("21 of 27 rows concern the image display / diagnostic viewer (listed as "
                + "“Clinical Applications”, “Image Displays”, “Displays”, ");
        assertThat(systemColumns()).contains("Image Displays", "Displays", "QA Workstations")
                .doesNotContain("PACS", "RIS");
    }

    @Test
    void anOlderLinkWithAPrintedNameStillWorks() {
        open("use-cases/department-to-enterprise?system=PACS");
        assertThat(systemFilter().getValue().id()).isEqualTo("pacs");
        assertThat(rowCount()).startsWith("16 of 21 rows concern the PACS");

        open("use-cases/device-to-department?system=image%20displays");
        assertThat(systemFilter().getValue().id()).isEqualTo("image-display");
        assertThat(rowCount()).startsWith("21 of 27 rows concern the image display / diagnostic viewer");

        // A name printed for several kinds of system stands for none of them: the rows that print it.
        open("use-cases/department-to-enterprise?system=All%20DICOM%20systems");
        assertThat(systemFilter().getValue().name()).isEqualTo("All DICOM systems");
        assertThat(rowCount()).isEqualTo("1 of 21 rows list “All DICOM systems”");
        assertThat(matrixRows()).containsExactly("row-18");
    }

    @Test
    void aSystemTheUseCaseDoesNotNameIsSaidAndAllRowsAreShown() {
        open("use-cases/department-to-enterprise?system=toaster");
        assertThat($(Paragraph.class).id("system-not-found").getText())
                .isEqualTo("No row of this use case names the system “toaster”; all rows are shown.");
        assertThat(systemFilter().getValue()).isNull();
        assertThat(rowCount()).isEqualTo("21 rows");
        assertThat(matrixRows()).hasSize(21);

        open("use-cases/department-to-enterprise?system=printer");
        assertThat($(Paragraph.class).id("system-not-found").getText())
                .isEqualTo("No row of this use case concerns the film / paper printer; all rows are shown.");
        assertThat(rowCount()).isEqualTo("21 rows");

        open("use-cases/department-to-enterprise?system=pacs");
        assertThat($(Paragraph.class).withId("system-not-found").all()).isEmpty();
    }

    @Test
    void linksToAUseCaseNameTheKindOfSystem() {
        navigate("standards/ihe-kin", StandardView.class);
        List<String> chips = $(com.vaadin.flow.component.html.Anchor.class).withClassName("rsp-chip").all().stream()
                .map(a -> a.getText() + " " + a.getHref()).toList();
        assertThat(chips).contains("PACS use-cases/department-to-enterprise?system=pacs",
                "Enterprise Viewers use-cases/department-to-enterprise?system=image-display");
        navigate("standards/dicom-tls", StandardView.class);
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withClassName("rsp-chip").all())
                .extracting(com.vaadin.flow.component.html.Anchor::getHref)
                .contains("use-cases/department-to-enterprise?system=All+DICOM+systems");

        open("system-types/pacs");
        assertThat($(UnorderedList.class).id("system-type-rows").getChildren()
                .map(c -> c.getChildren().findFirst().orElseThrow()).map(a -> ((com.vaadin.flow.component.html.Anchor) a).getHref()))
                .contains("use-cases/department-to-enterprise?system=pacs#row-18");
    }

    @Test
    void theDerivedUseCaseSaysSo() {
        navigate("use-cases/enterprise-to-cross-enterprise", UseCaseView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class).id("derived-notice").getElement().getTextRecursively())
                .startsWith("Derived by RSP Navigator.").contains("not part of ISO 21860");
        navigate("use-cases/device-to-department", UseCaseView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("derived-notice").all()).isEmpty();
    }

    /** IHE SWF.b has no site-deployment level for Canada: the catalog says so instead of dropping it silently. */
    @Test
    void aStandardWithNoLevelForTheRegionIsNamedAndCanBeKept() {
        open("catalog?region=canada&deployment=low");
        assertThat(gridBriefNames()).doesNotContain("IHE SWF.b");
        Paragraph notice = $(Paragraph.class).id("no-level-notice");
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("IHE SWF.b", "no level for Canada", "leave");
        assertThat($(Checkbox.class).id("no-level-filter").getValue()).isFalse();

        open("catalog?region=canada&deployment=low&no-level=include");
        assertThat(gridBriefNames()).contains("IHE SWF.b");
        assertThat($(Checkbox.class).id("no-level-filter").getValue()).isTrue();
        assertThat($(Paragraph.class).id("no-level-notice").getText()).contains("keep");

        open("portfolio?region=canada&deployment=low&no-level=include&q=SWF.b");
        assertThat($(Span.class).all()).extracting(Span::getText).contains("No level for this region");

        open("catalog?region=us&deployment=low");
        assertThat($(Paragraph.class).withId("no-level-notice").all()).as("every standard has a level in the US")
                .isEmpty();
    }

    @Test
    void standardDetailGivesTheRatingInEveryRegion() {
        navigate("standards/ihe-swf-b", StandardView.class);
        assertThat($(ListItem.class).all()).extracting(ListItem::getText)
                .contains("Canada: No level for this region", "Elsewhere: No level for this region", "US: Low",
                        "Europe: Moderate", "Japan: Moderate");
    }

    @Test
    void standardDetailShowsTheNewRelationsWithWhereTheyAreStated() {
        navigate("standards/ihe-pir", StandardView.class);
        assertThat(relationTexts()).contains("Used with IHE SWF (stated in ISO 21860:2020 Table 5)");
        navigate("standards/ihe-swf", StandardView.class);
        assertThat(relationTexts()).contains("Used with IHE PIR (stated in ISO 21860:2020 Table 5)")
                .anySatisfy(t -> assertThat(t).startsWith("Depends on IHE PIR: ")
                        .endsWith("(stated in ISO 21860:2020 clause 5.4.3.16)"));
        navigate("standards/loinc", StandardView.class);
        assertThat(relationTexts()).anySatisfy(t -> assertThat(t).startsWith("Publishes RadLex Playbook: ")
                .endsWith("(stated in ISO 21860:2020 clause 5.3.1.7)"));
    }

    private List<String> relationTexts() {
        return $(UnorderedList.class).id("relations").getChildren()
                .map(c -> c.getElement().getTextRecursively()).toList();
    }

    @Test
    void correctionsAreMarkedBesideTheRowAndTheEntry() {
        navigate("use-cases/device-to-department", UseCaseView.class);
        assertThat($(Div.class).id("correction-3").getElement().getTextRecursively())
                .startsWith("Corrected")
                .contains("Table 6 prints “Modalities, Clinical Applications, Reporting Systems Creators”",
                        "Devices/Systems");
        assertThat($(Div.class).withId("correction-1").all()).isEmpty();
        navigate("standards/dicom-wado-uri", StandardView.class);
        assertThat($(Div.class).id("correction").getElement().getTextRecursively())
                .startsWith("Corrected").contains("Table 3 prints “DICOM WA-DO-URI”");
    }
}
