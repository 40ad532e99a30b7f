package org.rspnavigator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.model.load.CatalogLoader;

class StandardQueryTest {

    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.loadFromClasspath();
    }

    private static List<String> briefNames(StandardQuery q) {
        return q.apply(catalog).stream().map(Standard::briefName).toList();
    }

    @Test
    void emergingTechnicalWorkflowStandards() {
        StandardQuery q = StandardQuery.fromParameters(Map.of("group", List.of("emerging"),
                "category", List.of("technical-workflow")));
        assertThat(briefNames(q)).containsExactly("DICOM UPS", "IHE REM-NM", "IHE IRWF.b");
        assertThat(q.toQueryString()).isEqualTo("category=technical-workflow&group=emerging");
        assertThat(q.describe()).isEqualTo("Technical workflow standards; Emerging");
    }

    @Test
    void noFilterSelectsEverythingInTableOrder() {
        assertThat(StandardQuery.ALL.apply(catalog)).isEqualTo(catalog.standards());
        assertThat(StandardQuery.ALL.isEmpty()).isTrue();
        assertThat(StandardQuery.ALL.toQueryString()).isEmpty();
        assertThat(StandardQuery.fromParameters(Map.of())).isEqualTo(StandardQuery.ALL);
    }

    @Test
    void severalValuesMeanAnyOfThem() {
        StandardQuery q = StandardQuery.fromParameters(Map.of("group", List.of("legacy"),
                "category", List.of("data,information-exchange")));
        assertThat(briefNames(q)).containsExactly("SNOMED CT (RT Identifiers)", "ICD-9", "DICOM WADO-URI", "HL7 ORM");
        StandardQuery repeated = StandardQuery.fromParameters(Map.of("group", List.of("legacy"),
                "category", List.of("data", "information-exchange")));
        assertThat(repeated).isEqualTo(q);
    }

    @Test
    void minimumRatingsUseRegionalLevelsWhenARegionIsChosen() {
        StandardQuery highDeployment = StandardQuery.ALL.withMinSiteDeployment(AdoptionLevel.HIGH)
                .withCategories(Set.of(Category.DATA));
        assertThat(briefNames(highDeployment)).contains("ICD-10", "UCUM");
        assertThat(briefNames(highDeployment.withRegion(Region.US))).contains("ICD-10");
        assertThat(briefNames(highDeployment.withRegion(Region.EUROPE))).doesNotContain("ICD-10").contains("UCUM");

        StandardQuery swfb = StandardQuery.ALL.withText("SWF.b").withMinSiteDeployment(AdoptionLevel.MODERATE);
        assertThat(briefNames(swfb.withRegion(Region.JAPAN))).containsExactly("IHE SWF.b");
        assertThat(briefNames(swfb.withRegion(Region.US))).isEmpty();
        assertThat(briefNames(swfb.withRegion(Region.CANADA))).as("the footnote gives no level for Canada").isEmpty();
    }

    @Test
    void toolingMaturitySdoAndExactAdoption() {
        assertThat(briefNames(StandardQuery.ALL.withMaturities(Set.of(Maturity.RETIRED))))
                .containsExactly("SNOMED CT (RT Identifiers)");
        assertThat(briefNames(StandardQuery.ALL.withMaturities(Set.of(Maturity.TRIAL))))
                .containsExactlyInAnyOrder("IHE MRRT", "IHE WIA", "IHE REM-NM");
        assertThat(StandardQuery.ALL.withSdos(Set.of(Sdo.IHE_CARDIOLOGY)).apply(catalog))
                .extracting(Standard::id).containsExactly("ihe-cath", "ihe-echo");
        assertThat(StandardQuery.ALL.withMinTooling(ToolingLevel.HIGH).apply(catalog))
                .allSatisfy(s -> assertThat(s.tooling()).isEqualTo(ToolingLevel.HIGH));
        assertThat(StandardQuery.ALL.withProductAdoptionLevels(Set.of(AdoptionLevel.PILOT)).apply(catalog))
                .extracting(Standard::id).containsExactly("snomed-ct-numeric");
    }

    @Test
    void textMatchesNamesAcronymsAndAliases() {
        assertThat(briefNames(StandardQuery.ALL.withText("xds-i"))).contains("IHE XDS-I.b");
        assertThat(briefNames(StandardQuery.ALL.withText("Nuclear Medicine Image"))).contains("IHE NMI");
    }

    @Test
    void everyQueryRoundTripsThroughParameters() {
        StandardQuery q = StandardQuery.ALL.withCategories(Set.of(Category.CONTENT, Category.DATA))
                .withGroups(Set.of(AssessmentGroup.EMERGING)).withMaturities(Set.of(Maturity.FINAL))
                .withSdos(Set.of(Sdo.DICOM)).withMinProductAdoption(AdoptionLevel.LOW)
                .withMinSiteDeployment(AdoptionLevel.PILOT).withMinTooling(ToolingLevel.LOW)
                .withProductAdoptionLevels(Set.of(AdoptionLevel.LOW)).withRegion(Region.JAPAN).withText("sr & co");
        assertThat(StandardQuery.fromParameters(q.toParameters())).isEqualTo(q);
        assertThat(q.toQueryString()).contains("q=sr+%26+co").startsWith("category=data,content&");
    }

    @Test
    void badValuesAreRefusedWithTheValidOnes() {
        assertThatThrownBy(() -> StandardQuery.fromParameters(Map.of("group", List.of("favourite"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'favourite' is not a valid value of 'group' (expected one of: preferred, legacy, emerging)");
        assertThatThrownBy(() -> StandardQuery.fromParameters(Map.of("region", List.of("us,japan"))))
                .hasMessage("'region' takes one value, not 2");
        assertThatThrownBy(() -> StandardQuery.fromParameters(Map.of("q", List.of("x".repeat(201)))))
                .hasMessage("'q' is longer than 200 characters");
        assertThat(StandardQuery.fromParameters(Map.of("utm_source", List.of("mail"))))
                .as("unknown parameters are someone else's").isEqualTo(StandardQuery.ALL);
        assertThat(StandardQuery.fromParameters(Map.of("group", List.of("EMERGING"))).groups())
                .containsExactly(AssessmentGroup.EMERGING);
    }

    /** IHE SWF.b's site deployment has levels for Europe, Japan and the US only: none for Canada or elsewhere. */
    @Test
    void aStandardWithNoLevelForTheRegionIsNamedNotSilentlyDropped() {
        StandardQuery q = StandardQuery.fromParameters(Map.of("region", List.of("canada"), "deployment", List.of("low")));
        assertThat(briefNames(q)).as("a level filter cannot compare it").doesNotContain("IHE SWF.b");
        assertThat(q.noLevelForRegion(catalog)).extracting(Standard::briefName).contains("IHE SWF.b")
                .allSatisfy(name -> assertThat(briefNames(q)).doesNotContain(name));
        assertThat(q.apply(catalog).size() + q.noLevelForRegion(catalog).size())
                .isEqualTo(q.withNoLevel(StandardQuery.NoLevel.INCLUDE).apply(catalog).size());

        StandardQuery keeping = StandardQuery.fromParameters(Map.of("region", List.of("canada"), "deployment",
                List.of("low"), "no-level", List.of("include")));
        assertThat(keeping.noLevel()).isEqualTo(StandardQuery.NoLevel.INCLUDE);
        assertThat(briefNames(keeping)).contains("IHE SWF.b");
        assertThat(keeping.noLevelForRegion(catalog)).extracting(Standard::briefName).contains("IHE SWF.b");
        assertThat(keeping.toQueryString()).isEqualTo("deployment=low&region=canada&no-level=include");
        assertThat(keeping.describe()).isEqualTo(
                "site deployment at least Low; levels for region Canada; including standards with no level for this region");
        assertThat(StandardQuery.fromParameters(keeping.toParameters())).isEqualTo(keeping);

        Standard swfb = catalog.standard("ihe-swf-b").orElseThrow();
        assertThat(q.hasNoLevelFor(swfb)).isTrue();
        assertThat(swfb.siteDeployment().describeIn(Region.CANADA)).isEqualTo("No level for this region");
        assertThat(swfb.siteDeployment().describeIn(Region.ELSEWHERE)).isEqualTo("No level for this region");
        assertThat(swfb.siteDeployment().describeIn(Region.JAPAN)).isEqualTo("Moderate");
        assertThat(swfb.productAdoption().describeIn(Region.CANADA)).as("a plain level applies everywhere")
                .isEqualTo("Moderate");
    }

    @Test
    void noLevelForRegionArisesOnlyWhenALevelFilterMeetsARegion() {
        Standard swfb = catalog.standard("ihe-swf-b").orElseThrow();
        StandardQuery regionOnly = StandardQuery.ALL.withRegion(Region.CANADA);
        assertThat(regionOnly.apply(catalog)).as("a region alone filters nothing").contains(swfb);
        assertThat(regionOnly.noLevelForRegion(catalog)).isEmpty();
        StandardQuery levelOnly = StandardQuery.ALL.withMinSiteDeployment(AdoptionLevel.LOW);
        assertThat(levelOnly.apply(catalog)).as("without a region, its highest level counts").contains(swfb);
        assertThat(levelOnly.noLevelForRegion(catalog)).isEmpty();
        StandardQuery exact = StandardQuery.ALL.withRegion(Region.ELSEWHERE)
                .withMinSiteDeployment(AdoptionLevel.MODERATE).withText("SWF.b");
        assertThat(exact.apply(catalog)).isEmpty();
        assertThat(exact.noLevelForRegion(catalog)).containsExactly(swfb);
        assertThat(exact.withNoLevel(StandardQuery.NoLevel.INCLUDE).apply(catalog)).containsExactly(swfb);
    }

    @Test
    void noLevelTakesIncludeOrExclude() {
        assertThatThrownBy(() -> StandardQuery.fromParameters(Map.of("no-level", List.of("keep"))))
                .hasMessage("'keep' is not a valid value of 'no-level' (expected one of: exclude, include)");
        assertThat(StandardQuery.fromParameters(Map.of("no-level", List.of("exclude")))).isEqualTo(StandardQuery.ALL);
    }
}
