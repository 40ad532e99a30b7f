package org.rspnavigator.procurement.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileStatus;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;

/** One test per wording rule, on the real catalog and its conformance facts. */
class RequirementWordingTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();
    private static final ConformanceData DATA = ConformanceData.fromClasspath();
    private static final RequirementProposer PROPOSER = new RequirementProposer(CATALOG);

    private static Requirement planned(String system, String standard) {
        return PROPOSER.planned("X-01", system, RequirementLevel.SHALL, new StandardSupport(standard), Optional.empty(), "");
    }

    @Test
    void theCatalogsConformanceFactsAreOnTheClassPath() {
        assertThat(DATA.dicomRoles("dicom-dimse-services", "modality-ct")).first().isEqualTo("Storage SCU of CT Image Storage");
        assertThat(DATA.hl7Version("hl7-orm")).contains("HL7 Version 2.3.1, as IHE SWF profiles it");
        assertThat(DATA.licence("snomed-ct-numeric")).isPresent();
    }

    @Test
    void dicomRolesFallBackFromTheSystemTypeToItsKindWithItsOwnImageSopClasses() {
        assertThat(DATA.dicomRoles("dicom-core-image-iods", "modality-mr")).containsExactly("Storage SCU of MR Image Storage");
        assertThat(DATA.dicomRoles("dicom-core-image-iods", "modality-us"))
                .containsExactly("Storage SCU of Ultrasound Image Storage, Ultrasound Multi-frame Image Storage");
        assertThat(DATA.dicomRoles("dicom-tls", "ris")).singleElement().asString().startsWith("Secure transport (TLS)");
        assertThat(DATA.dicomRoles("dicom-ct-rdsr", "printer")).isEmpty();
    }

    @Test
    void aDicomStandardWithoutRoleDataAsksTheBidderToNameEachSopClassAndRole() {
        Requirement r = PROPOSER.planned("X-01", "printer", RequirementLevel.SHALL, new StandardSupport("dicom-ct-rdsr"),
                Optional.empty(), "");
        assertThat(r.text()).isEqualTo("The proposed Film / paper printer SHALL implement DICOM CT RDSR (DICOM CT "
                + "Radiation Dose SR) in the DICOM roles its function needs, naming each SOP class and role.");
        assertThat(r.conformance().role()).contains("(PS3.16 TID 10011)").contains("named by the bidder");
        assertThat(r.conformance().version()).isEqualTo(RequirementWording.DICOM_EDITION);
        assertThat(r.conformance().evidence()).isEqualTo(RequirementWording.DICOM_EVIDENCE);
    }

    @Test
    void hl7TransactionsAreCitedOnlyWhereTheCatalogPutsTheSystemsActorOnThatSide() {
        // the EHR's Order Placer sends RAD-2 but is not shown receiving it: only the sending side is cited
        assertThat(planned("ehr", "hl7-omg").conformance().role()).isEqualTo(
                "Sends OMG^O19 (IHE SWF.b RAD-2 Placer Order Management); receives OMG^O19");
        // the RIS's DSS/Order Filler receives RAD-1 and RAD-12 in SWF.b: both are cited
        assertThat(planned("ris", "hl7-adt").conformance().role())
                .isEqualTo("Receives ADT^A01 and ADT^A04 (IHE SWF.b RAD-1 Patient Registration), ADT^A08 and ADT^A40 "
                        + "(IHE SWF.b RAD-12 Patient Update)");
        assertThat(planned("ehr", "hl7-adt").conformance().role()).contains("(IHE SWF.b RAD-1 Patient Registration)");
    }

    @Test
    void anHl7StandardWithoutDirectionDataAsksForMessageTypesTriggerEventsAndDirection() {
        Requirement r = planned("modality-ct", "hl7-oru");
        assertThat(r.text()).contains("exchange HL7 ORU (HL7 Observation Result) messages in HL7 Version 2.5.1")
                .endsWith("naming each message type, trigger event and direction.");
        assertThat(r.conformance().evidence()).isEqualTo(RequirementWording.HL7_EVIDENCE);
    }

    @Test
    void aLegacyStandardSaysWhatToDoWithOldDataAndWithNewDataFromTheCatalog() {
        Requirement orm = planned("ris", "hl7-orm");
        assertThat(orm.text()).isEqualTo("The proposed RIS / departmental scheduler SHALL accept ORM^O01 messages from "
                + "the systems that still send them; and it SHALL use OMG^O19 for each new interface whose counterpart "
                + "supports it. HL7 ORM is legacy in ISO 21860:2020 Table 3 and HL7 OMG supersedes it.");
        assertThat(orm.conformance().version()).isEqualTo("HL7 Version 2.3.1, as IHE SWF profiles it");
    }

    @Test
    void withoutCatalogFactsALegacyStandardStillSeparatesOldDataFromNewData() {
        RequirementProposer bare = new RequirementProposer(CATALOG, ConformanceData.empty());
        Requirement rt = bare.planned("X-01", "pacs", RequirementLevel.SHALL, new StandardSupport("snomed-ct-rt"),
                Optional.empty(), "");
        assertThat(rt.text()).isEqualTo("The proposed PACS SHALL accept and process SNOMED CT (RT Identifiers) in the data "
                + "it receives and in the data it holds; and it SHALL create new data with SNOMED CT (Numeric "
                + "Identifiers). SNOMED CT (RT Identifiers) is legacy in ISO 21860:2020 Table 1 and SNOMED CT (Numeric "
                + "Identifiers) supersedes it.");
        assertThat(rt.conformance().complete()).isTrue();
    }

    @Test
    void changingTheLevelOfALegacyRequirementChangesEveryKeyword() {
        Requirement rt = planned("pacs", "snomed-ct-rt").withLevel(RequirementLevel.SHOULD);
        assertThat(rt.text()).doesNotContain("SHALL").contains("SHOULD accept").contains("it SHOULD create new data");
        assertThat(rt.conformance()).isEqualTo(planned("pacs", "snomed-ct-rt").conformance());
    }

    @Test
    void theIheVersionIsTheDomainsTechnicalFrameworkAndATrialImplementationNamesItsSupplement() {
        Profile swfB = CATALOG.profile("swf-b").orElseThrow();
        assertThat(RequirementWording.ihe(swfB)).isEqualTo("the IHE Radiology Technical Framework revision current at "
                + "the date of issue of this RFP");
        Profile trial = CATALOG.profiles().stream().filter(p -> p.status() == ProfileStatus.TRIAL_IMPLEMENTATION)
                .findFirst().orElseThrow();
        assertThat(RequirementWording.ihe(trial)).isEqualTo("the IHE " + trial.domain().label() + " Technical Framework "
                + "and the " + trial.name() + " Trial Implementation supplement revision current at the date of issue "
                + "of this RFP");
        assertThat(CATALOG.profile("atna").map(RequirementWording::ihe)).contains("the IHE IT Infrastructure Technical "
                + "Framework revision current at the date of issue of this RFP");
    }

    @Test
    void aTerminologysBindingReleaseFollowsTheRegionWhereTheCatalogGivesOne() {
        assertThat(DATA.terminologyVersion("icd-10", Optional.of(Region.US)))
                .contains("ICD-10-CM, the edition in force at the date of issue of this RFP");
        assertThat(DATA.terminologyVersion("icd-10", Optional.of(Region.EUROPE))).get().asString()
                .startsWith("the ICD-10 national modification in force in the buyer's country");
    }

    @Test
    void aLowRegionalDeploymentWithoutATransitionAsksForReferenceSitesInTheRegion() {
        List<Requirement> us = PROPOSER.propose(new RfpSpec("X", "", Optional.of(Region.US),
                List.of("enterprise-to-cross-enterprise"), List.of(new ProcuredSystem("vna", 1, ""))));
        Requirement xdsi = us.stream().filter(r -> r.subject() instanceof ProfileActor pa && pa.profile().equals("xds-i-b"))
                .findFirst().orElseThrow();
        assertThat(xdsi.conformance().evidence()).endsWith("; reference sites in US where it is in clinical use");
        assertThat(xdsi.rationale()).endsWith("Site deployment Low in US (ISO 21860:2020 Table 3, footnote a).");
        assertThat(xdsi.alternatives()).isEmpty();
    }

    @Test
    void aRegionalTransitionIsOfferedOnlyInTheRegionsItsFootnoteNames() {
        assertThat(DATA.regionalAlternative("ihe-swf-b", Region.US)).get()
                .satisfies(a -> assertThat(a.actorsIn("swf", "Image Manager/Image Archive"))
                        .containsExactly("Image Manager", "Image Archive"));
        assertThat(DATA.regionalAlternative("ihe-swf-b", Region.EUROPE)).isEmpty();
        assertThat(DATA.regionalAlternative("ihe-swf-b", Region.JAPAN)).isEmpty();
    }

    @Test
    void aRegionTheFootnoteDoesNotRateGetsNoTransitionAndSaysSo() {
        Requirement r = PROPOSER.propose(new RfpSpec("X", "", Optional.of(Region.ELSEWHERE),
                List.of("device-to-department"), List.of(new ProcuredSystem("ris", 1, "")))).stream()
                .filter(x -> x.subject() instanceof ProfileActor pa && pa.profile().equals("swf-b")).findFirst()
                .orElseThrow();
        assertThat(r.rationale()).endsWith("No site deployment level given for Elsewhere (ISO 21860:2020 Table 5, "
                + "footnote a).");
        assertThat(r.alternatives()).isEmpty();
    }

    @Test
    void aPacsInTheUsMayClaimSwfAsImageManagerAndImageArchiveTogetherWithPir() {
        Requirement r = PROPOSER.propose(new RfpSpec("X", "", Optional.of(Region.US), List.of("device-to-department"),
                List.of(new ProcuredSystem("pacs", 1, "")))).stream()
                .filter(x -> x.subject() instanceof ProfileActor pa && pa.profile().equals("swf-b")).findFirst()
                .orElseThrow();
        assertThat(r.alternatives()).singleElement().extracting(AcceptedAlternative::subjects).isEqualTo(List.of(
                new ProfileActor("swf", "Image Manager", List.of("Availability of PPS-Referenced Instances")),
                new ProfileActor("swf", "Image Archive", List.of()),
                new ProfileActor("pir", "Image Manager/Image Archive", List.of())));
    }
}
