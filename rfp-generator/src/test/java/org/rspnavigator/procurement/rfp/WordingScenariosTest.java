package org.rspnavigator.procurement.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;

/**
 * Judged tender scenarios for the wording of requirements (issue 16, items 2, 5 and 6): each asserts
 * the exact sentence and fields a procurement lead would send out, written from the domain rules
 * (ISO 21860 footnotes, DICOM PS3.4 SOP classes, IHE RAD TF transactions as the catalog holds them)
 * rather than copied from the output.
 */
class WordingScenariosTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();
    private static final RequirementProposer PROPOSER = new RequirementProposer(CATALOG);

    private static final String DICOM_EDITION = "the DICOM Standard edition current at the date of issue of this RFP";
    private static final String DICOM_EVIDENCE = "DICOM Conformance Statement (PS3.2), section naming the SOP classes "
            + "and the role (SCU/SCP, creator or consumer) for each";
    private static final String IHE_RAD = "the IHE Radiology Technical Framework revision current at the date of issue "
            + "of this RFP";
    private static final String IHE_EVIDENCE = "IHE Integration Statement; IHE Connectathon results or an IHE Product "
            + "Registry entry for this actor, if available";

    private static List<Requirement> propose(String systemType, Optional<Region> region, String... useCases) {
        return PROPOSER.propose(new RfpSpec("Imaging renewal 2027", "St. Example Hospital", region, List.of(useCases),
                List.of(new ProcuredSystem(systemType, 1, ""))));
    }

    private static Requirement about(List<Requirement> all, RequirementSubject subject) {
        return all.stream().filter(r -> r.subject().equals(subject)).findFirst().orElseThrow(
                () -> new AssertionError("no requirement on " + subject));
    }

    private static final ProfileActor RIS_SWF_B = new ProfileActor("swf-b", "Department System Scheduler/Order Filler",
            List.of("PPS Exception Management"));

    @Test
    void aUsRisGetsSwfBOrAsAnAcceptedTransitionSwfTogetherWithPirOnHl7V231WithADatedPlan() {
        Requirement r = about(propose("ris", Optional.of(Region.US), "device-to-department"), RIS_SWF_B);
        assertThat(r.level()).isEqualTo(RequirementLevel.SHALL);
        assertThat(r.text()).isEqualTo("The proposed RIS / departmental scheduler SHALL implement IHE SWF.b (Scheduled "
                + "Workflow.b) as Department System Scheduler/Order Filler with the “PPS Exception Management” option. "
                + "As an accepted transition, IHE SWF as Department System Scheduler/Order Filler with the “PPS Exception "
                + "Management” option together with IHE PIR as Department System Scheduler/Order Filler on HL7 Version "
                + "2.3.1 meets this requirement, provided that the bidder submits a dated plan for its migration to IHE "
                + "SWF.b, with the release that brings it; the bidder SHALL state which of the two it offers.");
        assertThat(r.alternatives()).containsExactly(new AcceptedAlternative(List.of(
                new ProfileActor("swf", "Department System Scheduler/Order Filler", List.of("PPS Exception Management")),
                new ProfileActor("pir", "Department System Scheduler/Order Filler", List.of())),
                "the bidder submits a dated plan for its migration to IHE SWF.b, with the release that brings it",
                "ISO 21860:2020 Table 5, footnote a: site deployment of IHE SWF.b is Low in US"));
        assertThat(r.rationale()).isEqualTo("ISO 21860:2020 Table 6, row “IHE SWF.b”, device to department integration; "
                + "clause 5.4.3.1. Site deployment Low in US (ISO 21860:2020 Table 5, footnote a).");
        assertThat(r.conformance()).isEqualTo(new Conformance("Department System Scheduler/Order Filler of IHE SWF.b "
                + "with the “PPS Exception Management” option", IHE_RAD, IHE_EVIDENCE, ""));
        // PIR has no Performed Procedure Step Manager: that actor's transition is SWF alone
        Requirement ppsm = about(propose("ris", Optional.of(Region.US), "device-to-department"),
                new ProfileActor("swf-b", "Performed Procedure Step Manager", List.of()));
        assertThat(ppsm.alternatives()).singleElement().extracting(AcceptedAlternative::subjects).isEqualTo(
                List.of(new ProfileActor("swf", "Performed Procedure Step Manager", List.of())));
    }

    @Test
    void aEuropeanRisGetsSwfBAloneAsBefore() {
        Requirement r = about(propose("ris", Optional.of(Region.EUROPE), "device-to-department"), RIS_SWF_B);
        assertThat(r.text()).isEqualTo("The proposed RIS / departmental scheduler SHALL implement IHE SWF.b (Scheduled "
                + "Workflow.b) as Department System Scheduler/Order Filler with the “PPS Exception Management” option.");
        assertThat(r.alternatives()).isEmpty();
        assertThat(r.rationale()).isEqualTo("ISO 21860:2020 Table 6, row “IHE SWF.b”, device to department integration; "
                + "clause 5.4.3.1. Site deployment Moderate in Europe (ISO 21860:2020 Table 5, footnote a).");
        assertThat(r.conformance().evidence()).isEqualTo(IHE_EVIDENCE);
    }

    @Test
    void aCtScannerNamesItsDicomSopClassesAndScuRoles() {
        List<Requirement> ct = propose("modality-ct", Optional.of(Region.EUROPE), "device-to-department");
        Requirement dimse = about(ct, new StandardSupport("dicom-dimse-services"));
        assertThat(dimse.conformance()).isEqualTo(new Conformance("Storage SCU of CT Image Storage; Modality Worklist "
                + "Information Model – FIND SCU; Modality Performed Procedure Step SOP Class SCU; Storage Commitment Push "
                + "Model SOP Class SCU; Verification SOP Class SCU and SCP", DICOM_EDITION, DICOM_EVIDENCE, ""));
        assertThat(dimse.text()).isEqualTo("The proposed CT scanner SHALL implement DICOM DIMSE Services (DICOM Storage "
                + "Service and Query/Retrieve Service) as Storage SCU of CT Image Storage; Modality Worklist Information "
                + "Model – FIND SCU; Modality Performed Procedure Step SOP Class SCU; Storage Commitment Push Model SOP "
                + "Class SCU; Verification SOP Class SCU and SCP.");
        assertThat(about(ct, new StandardSupport("dicom-core-image-iods")).conformance().role())
                .isEqualTo("Storage SCU of CT Image Storage");
        Requirement dose = about(ct, new StandardSupport("dicom-ct-rdsr"));
        assertThat(dose.text()).isEqualTo("The proposed CT scanner SHALL implement DICOM CT RDSR (DICOM CT Radiation "
                + "Dose SR) as creator of X-Ray Radiation Dose SR Storage objects using TID 10011 CT Radiation Dose, one "
                + "per irradiation event series; Storage SCU of X-Ray Radiation Dose SR Storage.");
        assertThat(dose.rationale()).isEqualTo("ISO 21860:2020 Table 6, row “DICOM CT and X-Ray RDSR”, device to "
                + "department integration (of these objects the proposed CT scanner creates DICOM CT RDSR only); clause "
                + "5.3.2.8.");
    }

    @Test
    void aPacsNamesItsDicomScpRoles() {
        List<Requirement> pacs = propose("pacs", Optional.of(Region.EUROPE), "device-to-department");
        assertThat(about(pacs, new StandardSupport("dicom-dimse-services")).conformance()).isEqualTo(new Conformance(
                "Storage SCP and SCU; Study Root Query/Retrieve Information Model – FIND SCP; Study Root Query/Retrieve "
                        + "Information Model – MOVE SCP; Storage "
                        + "Commitment Push Model SOP Class SCP; Modality Performed Procedure Step SOP Class SCP; "
                        + "Verification SOP Class SCU and SCP", DICOM_EDITION, DICOM_EVIDENCE, ""));
        assertThat(about(pacs, new StandardSupport("dicomweb")).text()).isEqualTo("The proposed PACS SHALL implement "
                + "DICOMweb (DICOM RESTful Services) as origin server of the DICOMweb Studies Service: STOW-RS, QIDO-RS "
                + "and WADO-RS.");
        assertThat(about(pacs, new StandardSupport("dicom-xray-rdsr")).conformance().role()).isEqualTo(
                "Storage SCP of X-Ray Radiation Dose SR Storage, kept unchanged and returned on query and retrieval");
        assertThat(about(pacs, new StandardSupport("dicom-tls")).conformance().version()).isEqualTo(DICOM_EDITION);
    }

    @Test
    void anEhrNamesItsHl7MessagesWithVersionDirectionAndTheIheTransactionsTheCatalogConfirms() {
        Requirement adt = PROPOSER.planned("EHR-30", "ehr", RequirementLevel.SHALL, new StandardSupport("hl7-adt"),
                Optional.empty(), "");
        assertThat(adt.text()).isEqualTo("The proposed EHR / order placer SHALL send ADT^A01 and ADT^A04 (IHE SWF.b "
                + "RAD-1 Patient Registration), ADT^A08 and ADT^A40 (IHE SWF.b RAD-12 Patient Update) messages of HL7 ADT "
                + "(HL7v2 Messaging – Patient Administration), in HL7 Version 2.5.1, as IHE SWF.b profiles it.");
        assertThat(adt.conformance().role()).isEqualTo("Sends ADT^A01 and ADT^A04 (IHE SWF.b RAD-1 Patient "
                + "Registration), ADT^A08 and ADT^A40 (IHE SWF.b RAD-12 Patient Update)");
        assertThat(adt.conformance().version()).isEqualTo("HL7 Version 2.5.1, as IHE SWF.b profiles it");
        assertThat(adt.conformance().evidence()).isEqualTo("HL7 v2 interface specification (conformance statement) "
                + "listing each message type and trigger event above with its version and direction; sample messages "
                + "on request");
        // the order placer initiates RAD-2 (cited); it receives filler messages, which the catalog does not tie to RAD-2
        Requirement omg = PROPOSER.planned("EHR-31", "ehr", RequirementLevel.SHALL, new StandardSupport("hl7-omg"),
                Optional.empty(), "");
        assertThat(omg.conformance().role()).isEqualTo("Sends OMG^O19 (IHE SWF.b RAD-2 Placer Order Management); "
                + "receives OMG^O19");
        Requirement oru = about(propose("ehr", Optional.of(Region.US), "department-to-enterprise"),
                new StandardSupport("hl7-oru"));
        assertThat(oru.text()).isEqualTo("The proposed EHR / order placer SHALL receive ORU^R01 messages of HL7 ORU (HL7 "
                + "Observation Result), in HL7 Version 2.5.1, or Version 2.3.1 where the receiving system is on 2.3.1; "
                + "the bidder states which.");
    }

    @Test
    void aModalityCodesNewDataWithSnomedCtConceptIdsAndAcceptsAndMapsOldRtStyleCodes() {
        List<Requirement> ct = propose("modality-ct", Optional.of(Region.EUROPE), "device-to-department");
        Requirement rt = about(ct, new StandardSupport("snomed-ct-rt"));
        assertThat(rt.level()).isEqualTo(RequirementLevel.SHALL);
        assertThat(rt.text()).isEqualTo("The proposed CT scanner SHALL accept SNOMED RT-style codes (coding scheme "
                + "designator SRT) in the data it receives and in the data its archive holds, and map them to the "
                + "equivalent SNOMED CT concept ids with the mapping of DICOM PS3.16 wherever it queries, displays, "
                + "compares or forwards them; and it SHALL create new data with SNOMED CT concept ids only, never with "
                + "SNOMED RT-style codes. SNOMED CT (RT Identifiers) is legacy in ISO 21860:2020 Table 1 and SNOMED CT "
                + "(Numeric Identifiers) supersedes it.");
        Requirement numeric = about(ct, new StandardSupport("snomed-ct-numeric"));
        assertThat(numeric.level()).isEqualTo(RequirementLevel.SHALL);
        assertThat(numeric.text()).isEqualTo("The proposed CT scanner SHALL code the new data it creates with SNOMED CT "
                + "(Numeric Identifiers) (Systematized Nomenclature of Medicine - Clinical Terms): anatomic regions, "
                + "laterality, radiopharmaceuticals and contrast agents in the images and structured reports it creates, "
                + "and the codes it takes over from the worklist.");
        String licence = "The buyer's use of SNOMED CT is licensed through its country's SNOMED International membership "
                + "(the national release centre) or, where the country is not a member, through an affiliate licence held "
                + "by the buyer; the bidder SHALL hold any SNOMED CT affiliate licence its own products and services need "
                + "and SHALL state it. SNOMED CT codes used only as published in the DICOM Standard need no separate "
                + "licence.";
        assertThat(numeric.conformance().licence()).isEqualTo(licence);
        assertThat(rt.conformance().licence()).isEqualTo(licence);
        assertThat(numeric.conformance().version()).isEqualTo("the SNOMED CT International Edition, or the buyer's "
                + "national edition, current at the date of issue of this RFP, and the SNOMED CT codes published in the "
                + "DICOM Standard edition current at that date");
    }
}
