package org.rspnavigator.procurement.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rspnavigator.procurement.rfp.RequirementLevel.SHALL;
import static org.rspnavigator.procurement.rfp.RequirementLevel.SHOULD;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;

/**
 * The proposer on the real catalog. The first test spells out a whole proposal so that a change
 * to the catalog or the rules that alters what buyers are asked to cite shows up here, reviewed.
 */
class RequirementProposerTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();

    private final RequirementProposer proposer = new RequirementProposer(CATALOG);

    private record Row(String number, RequirementLevel level, RequirementSubject subject) {
    }

    private static Row row(String number, RequirementLevel level, RequirementSubject subject) {
        return new Row(number, level, subject);
    }

    private static RequirementSubject std(String id) {
        return new StandardSupport(id);
    }

    private static RequirementSubject actor(String profile, String actor, String... options) {
        return new ProfileActor(profile, actor, Arrays.asList(options));
    }

    private static RfpSpec spec(Optional<Region> region, List<String> useCases, ProcuredSystem... systems) {
        return new RfpSpec("Imaging renewal 2027", "St. Example Hospital", region, useCases, List.of(systems));
    }

    private static final RfpSpec PACS_AND_VIEWERS = spec(Optional.of(Region.EUROPE), List.of("device-to-department"),
            new ProcuredSystem("pacs", 1, ""), new ProcuredSystem("image-display", 20, "Reading rooms"));

    @Test
    void proposesTheStandardsAndActorsOfTheUseCaseForEachSystemBought() {
        List<Row> rows = proposer.propose(PACS_AND_VIEWERS).stream()
                .map(r -> row(r.number(), r.level(), r.subject())).toList();
        assertThat(rows).containsExactly(
                row("PACS-01", SHOULD, std("radlex-playbook")),
                row("PACS-02", SHALL, std("dicom-core-image-iods")),
                row("PACS-03", SHALL, std("dicom-encapsulated-pdf")),
                row("PACS-04", SHALL, std("dicom-sr")),
                row("PACS-05", SHALL, std("dicom-ct-rdsr")),
                row("PACS-06", SHALL, std("dicom-xray-rdsr")),
                row("PACS-07", SHALL, std("dicom-echo-sr")),
                row("PACS-08", SHALL, std("dicom-mammo-cad")),
                row("PACS-09", SHALL, actor("kin", "Image Manager/Image Archive")),
                row("PACS-10", SHALL, actor("kin", "Image Display")),
                row("PACS-11", SHALL, std("dicom-dimse-services")),
                row("PACS-12", SHALL, std("dicomweb")),
                row("PACS-13", SHALL, actor("atna", "Secure Node", "Radiology Audit Trail", "STX: TLS 1.2 Floor using BCP195", "ATX: TLS Syslog")),
                row("PACS-14", SHALL, std("dicom-tls")),
                row("PACS-15", SHALL, actor("ct", "Time Client")),
                row("PACS-16", SHALL, actor("swf-b", "Image Manager/Image Archive", "Availability of PPS-Referenced Instances")),
                row("PACS-17", SHALL, actor("cath", "Image Manager/Image Archive", "Cardiac Cath", "HL7 v2.5.1")),
                row("PACS-18", SHALL, actor("echo", "Image Manager/Image Archive", "Echocardiography", "Intermittently Connected Modality")),
                row("PACS-19", SHALL, actor("mammo", "Image Manager/Image Archive")),
                row("PACS-20", SHALL, actor("nmi", "Image Manager/Image Archive")),
                row("PACS-21", SHALL, actor("rem", "Image Manager/Image Archive")),
                row("PACS-22", SHALL, actor("cpi", "Image Manager/Image Archive")),
                row("PACS-23", SHALL, actor("cpi", "Image Display")),
                row("PACS-24", SHALL, actor("tce", "Export Selector")),
                row("PACS-25", SHOULD, actor("rem-nm", "Image Manager/Image Archive")),
                row("IMAGE-DISPLAY-01", SHALL, std("loinc")),
                row("IMAGE-DISPLAY-02", SHALL, std("ucum")),
                row("IMAGE-DISPLAY-03", SHALL, std("dicom-codes")),
                row("IMAGE-DISPLAY-04", SHALL, std("dicom-context-groups")),
                row("IMAGE-DISPLAY-05", SHALL, std("snomed-ct-rt")),
                row("IMAGE-DISPLAY-06", SHALL, std("snomed-ct-numeric")), // new data: at the legacy RT codes' level
                row("IMAGE-DISPLAY-07", SHOULD, std("radlex-playbook")),
                row("IMAGE-DISPLAY-08", SHALL, std("dicom-core-image-iods")),
                row("IMAGE-DISPLAY-09", SHALL, std("dicom-encapsulated-pdf")),
                row("IMAGE-DISPLAY-10", SHALL, std("dicom-sr")),
                row("IMAGE-DISPLAY-11", SHALL, actor("kin", "Image Display")),
                row("IMAGE-DISPLAY-12", SHALL, actor("kin", "Evidence Creator")),
                row("IMAGE-DISPLAY-13", SHALL, std("dicom-dimse-services")),
                row("IMAGE-DISPLAY-14", SHALL, std("dicomweb")),
                row("IMAGE-DISPLAY-15", SHALL, actor("atna", "Secure Application", "Radiology Audit Trail", "STX: TLS 1.2 Floor using BCP195", "ATX: TLS Syslog")),
                row("IMAGE-DISPLAY-16", SHALL, std("dicom-tls")),
                row("IMAGE-DISPLAY-17", SHALL, actor("ct", "Time Client")),
                row("IMAGE-DISPLAY-18", SHALL, actor("swf-b", "Image Display")),
                row("IMAGE-DISPLAY-19", SHALL, actor("swf-b", "Evidence Creator", "Creator Performed Procedure Step")),
                // Actor-level since issue 16: the image display plays CATH's and ECHO's Image Display.
                row("IMAGE-DISPLAY-20", SHALL, actor("cath", "Image Display")),
                row("IMAGE-DISPLAY-21", SHALL, actor("echo", "Image Display")),
                row("IMAGE-DISPLAY-22", SHALL, actor("mammo", "Image Display", "Partial View")),
                row("IMAGE-DISPLAY-23", SHALL, actor("nmi", "Image Display", "Review", "Cardiac NM")),
                row("IMAGE-DISPLAY-24", SHALL, actor("nmi", "Evidence Creator", "Result Screen Export")),
                row("IMAGE-DISPLAY-25", SHALL, actor("cpi", "Image Display")),
                row("IMAGE-DISPLAY-26", SHALL, actor("cpi", "Print Composer")),
                row("IMAGE-DISPLAY-27", SHALL, actor("tce", "Export Selector")));
    }

    @Test
    void everyRequirementSaysInOneLineWhichRowAndClausePutItThereAndNoLongerRepeatsTheRatings() {
        Requirement swf = find(proposer.propose(PACS_AND_VIEWERS), "PACS-16");
        assertThat(swf.text()).isEqualTo("The proposed PACS SHALL implement IHE SWF.b (Scheduled Workflow.b) as "
                + "Image Manager/Image Archive with the “Availability of PPS-Referenced Instances” option.");
        assertThat(swf.rationale()).isEqualTo("ISO 21860:2020 Table 6, row “IHE SWF.b”, device to department "
                + "integration; clause 5.4.3.1. Site deployment Moderate in Europe (ISO 21860:2020 Table 5, footnote a).");
        assertThat(proposer.propose(PACS_AND_VIEWERS)).allSatisfy(r -> assertThat(r.rationale())
                .doesNotContain("maturity").doesNotContain("tooling").doesNotContain("\n"));
        // the ratings are still available, once, for the glossary
        assertThat(proposer.ratings(CATALOG.standard("ihe-swf-b").orElseThrow(), Optional.of(Region.EUROPE)))
                .contains("Preferred in ISO 21860:2020 Table 5")
                .contains("site deployment Moderate in Europe (Moderate in Europe and Japan; Low in US)");
        assertThat(swf.origin()).isEqualTo(RequirementOrigin.PORTFOLIO);
        assertThat(swf.system()).isEqualTo("pacs");
        assertThat(swf.category()).isEqualTo("technical-workflow");
    }

    @Test
    void withoutARegionTheRatingsAreGivenForEveryRegion() {
        RfpSpec anywhere = spec(Optional.empty(), List.of("device-to-department"), new ProcuredSystem("pacs", 1, ""));
        Requirement swf = find(proposer.propose(anywhere), "PACS-16");
        assertThat(swf.rationale()).endsWith("Regional levels (ISO 21860:2020 Table 5, footnote a) not applied: "
                + "no region given.");
        assertThat(swf.alternatives()).isEmpty();
        assertThat(proposer.ratings(CATALOG.standard("ihe-swf-b").orElseThrow(), Optional.empty()))
                .contains("site deployment Moderate in Europe and Japan; Low in US;").doesNotContain("Moderate in Europe (");
    }

    @Test
    void theAtnaRadiologyOptionEntryBecomesAnOptionOfTheAtnaActor() {
        List<Requirement> all = proposer.propose(PACS_AND_VIEWERS);
        assertThat(all).noneMatch(r -> r.subject().equals(std("ihe-atna-radiology-option")));
        Requirement atna = find(all, "PACS-13");
        assertThat(atna.text()).contains("as Secure Node with the “Radiology Audit Trail”,");
        assertThat(atna.rationale()).contains("The “Radiology Audit Trail” option is IHE ATNA – Radiology Option: "
                + "ISO 21860:2020 Table 6, row “IHE ATNA with Radiology Option”");
    }

    @Test
    void aLegacyStandardSaysWhatToDoWithOldDataAndItsSuccessorCarriesTheNewData() {
        List<Requirement> all = proposer.propose(PACS_AND_VIEWERS);
        Requirement rt = find(all, "IMAGE-DISPLAY-05");
        assertThat(rt.subject()).isEqualTo(std("snomed-ct-rt"));
        assertThat(rt.text()).startsWith("The proposed Image display / diagnostic viewer SHALL accept SNOMED RT-style codes")
                .contains("and it SHALL create new data with SNOMED CT concept ids only")
                .doesNotContain("support").doesNotContain("on the way to");
        Requirement numeric = find(all, "IMAGE-DISPLAY-06");
        assertThat(numeric.origin()).isEqualTo(RequirementOrigin.SUCCESSOR);
        assertThat(numeric.level()).isEqualTo(SHALL); // emerging in Table 1, but new data goes nowhere else
        assertThat(numeric.rationale()).startsWith("New data in place of legacy SNOMED CT (RT Identifiers)");
    }

    @Test
    void requiredGroupingsBringRequirementsOfTheirOwnOnce() {
        RfpSpec sharing = spec(Optional.empty(), List.of("department-to-enterprise", "enterprise-to-cross-enterprise"),
                new ProcuredSystem("vna", 2, ""));
        List<Requirement> all = proposer.propose(sharing);
        Requirement time = all.stream().filter(r -> r.subject().equals(actor("ct", "Time Client"))).findFirst()
                .orElseThrow();
        assertThat(time.origin()).isEqualTo(RequirementOrigin.GROUPING);
        assertThat(time.level()).isEqualTo(SHALL);
        assertThat(time.text()).isEqualTo("The proposed VNA SHALL implement IHE CT (Consistent Time) as Time Client, "
                + "grouped with its IHE XDS-I.b Imaging Document Source.");
        // ATNA is already asked for from the security row, so the XDS-I.b grouping does not repeat it.
        assertThat(all).filteredOn(r -> r.subject() instanceof ProfileActor p && p.profile().equals("atna"))
                .singleElement().satisfies(r -> assertThat(r.origin()).isEqualTo(RequirementOrigin.PORTFOLIO));
    }

    @Test
    void numbersAreSequentialPerSystemAndTheSameSpecGivesTheSameRequirements() {
        List<Requirement> first = proposer.propose(PACS_AND_VIEWERS);
        assertThat(proposer.propose(PACS_AND_VIEWERS)).isEqualTo(first);
        List<String> pacs = first.stream().filter(r -> r.system().equals("pacs")).map(Requirement::number).toList();
        for (int i = 0; i < pacs.size(); i++) {
            assertThat(pacs.get(i)).isEqualTo(String.format("PACS-%02d", i + 1));
        }
        assertThat(first.stream().filter(r -> r.system().equals("pacs")).map(Requirement::subject).distinct().count())
                .isEqualTo(pacs.size());
    }

    @Test
    void aSpecWithProblemsIsRejectedWithEveryProblemNamed() {
        RfpSpec bad = new RfpSpec(" ", "", Optional.empty(), List.of("device-to-moon"),
                List.of(new ProcuredSystem("pacs", 1, ""), new ProcuredSystem("teleporter", 1, ""),
                        new ProcuredSystem("pacs", 2, "")));
        assertThatThrownBy(() -> proposer.propose(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The project needs a name.")
                .hasMessageContaining("The catalog has no use case 'device-to-moon'.")
                .hasMessageContaining("The catalog has no system type 'teleporter'.")
                .hasMessageContaining("The system type 'pacs' is listed twice");
        RfpSpec empty = new RfpSpec("Empty", "", Optional.empty(), List.of(), List.of());
        assertThatThrownBy(() -> proposer.propose(empty)).hasMessageContaining("Choose at least one use case.")
                .hasMessageContaining("Choose at least one system being procured.");
    }

    @Test
    void aSystemTheChosenUseCasesDoNotConcernGetsNoRequirements() {
        RfpSpec printers = spec(Optional.empty(), List.of("enterprise-to-cross-enterprise"),
                new ProcuredSystem("printer", 1, ""));
        assertThat(proposer.propose(printers)).isEmpty();
    }

    private static Requirement find(List<Requirement> all, String number) {
        return all.stream().filter(r -> r.number().equals(number)).findFirst().orElseThrow();
    }
}
