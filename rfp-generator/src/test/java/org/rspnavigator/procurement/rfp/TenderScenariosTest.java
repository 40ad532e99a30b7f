package org.rspnavigator.procurement.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.procurement.rfp.RequirementProposer.Proposal;
import org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;

/**
 * Judged tender scenarios: what an imaging procurement lead expects the proposer to ask of one
 * system bought for a given clinical scope, written from the rules (clause 5.1 where its scope
 * applies; each modality asked only for the objects it creates; every IHE requirement on an actor)
 * and then checked against the catalog. Each asserts the whole proposal (numbers, levels and
 * subjects) and everything left out, with its kind.
 *
 * <p>Common to all: the SNOMED CT row brings the legacy RT identifiers as SHALL and the numeric
 * ones as their emerging successor (SHOULD); RadLex Playbook is emerging (SHOULD); IHE ATNA brings
 * IHE CT Time Client as a required grouping; numbers run per system in portfolio-category order.
 */
class TenderScenariosTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();
    private static final RequirementProposer PROPOSER = new RequirementProposer(CATALOG);
    private static final String D2D = "device-to-department";
    private static final String D2E = "department-to-enterprise";
    private static final String E2E = "enterprise-to-cross-enterprise";
    private static final String ATNA_MODALITY = "atna:Secure Node:Radiology Audit Trail|STX: TLS 1.2 Floor using BCP195"
            + "|ATX: TLS Syslog";
    private static final String WORKLIST = "swf-b:Acquisition Modality:Patient Based Worklist Query|Broad Worklist Query";

    private static Proposal propose(Optional<Region> region, List<String> useCases, String system,
            String... services) {
        return PROPOSER.proposal(new RfpSpec("Scenario", "Example Hospital", region, useCases,
                List.of(new ProcuredSystem(system, 1, "")), List.of(services)));
    }

    /** "PACS-05 shall dicom-ct-rdsr" or "PACS-14 shall swf-b:Image Manager/Image Archive:Option A|Option B". */
    private static List<String> lines(Proposal p) {
        return p.requirements().stream().map(r -> r.number() + " " + r.level().slug() + " " + subject(r.subject()))
                .toList();
    }

    /** "out-of-scope cath:Image Manager/Image Archive:..." or "not-created dicom-xray-rdsr". */
    private static List<String> leftOut(Proposal p) {
        return p.leftOut().stream().map(o -> o.kind().slug() + (o.optionOnly() ? " option " : " ")
                + subject(o.subject())).toList();
    }

    private static String subject(RequirementSubject s) {
        return switch (s) {
            case StandardSupport ss -> ss.standard();
            case ProfileActor pa -> pa.profile() + ":" + pa.actor()
                    + (pa.options().isEmpty() ? "" : ":" + String.join("|", pa.options()));
        };
    }

    private static List<String> numbered(String prefix, String... subjects) {
        return java.util.stream.IntStream.range(0, subjects.length)
                .mapToObj(i -> String.format("%s-%02d %s", prefix, i + 1, subjects[i])).toList();
    }

    /** The terminology and image rows every modality gets from device to department. */
    private static String[] modalityCommon(String... rest) {
        String[] head = {"shall loinc", "shall ucum", "shall dicom-codes", "shall dicom-context-groups",
                "shall snomed-ct-rt", "shall snomed-ct-numeric", "should radlex-playbook",
                "shall dicom-core-image-iods"};
        String[] all = Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }

    @Test
    void aGeneralRadiologyPacsInEuropeIsAskedForNoCardiologyBreastNuclearOrTeachingProfile() {
        Proposal p = propose(Optional.of(Region.EUROPE), List.of(D2D), "pacs", "general-radiology");
        assertThat(lines(p)).containsExactlyElementsOf(numbered("PACS",
                "should radlex-playbook", "shall dicom-core-image-iods", "shall dicom-encapsulated-pdf",
                "shall dicom-sr",
                // The archive stores the dose reports of every X-ray-based modality: both RDSRs.
                "shall dicom-ct-rdsr", "shall dicom-xray-rdsr",
                "shall kin:Image Manager/Image Archive", "shall kin:Image Display",
                "shall dicom-dimse-services", "shall dicomweb",
                "shall " + ATNA_MODALITY, "shall dicom-tls", "shall ct:Time Client",
                "shall swf-b:Image Manager/Image Archive:Availability of PPS-Referenced Instances",
                "shall rem:Image Manager/Image Archive",
                "shall cpi:Image Manager/Image Archive", "shall cpi:Image Display"));
        assertThat(leftOut(p)).containsExactly(
                "out-of-scope dicom-echo-sr",
                "out-of-scope dicom-mammo-cad",
                "out-of-scope cath:Image Manager/Image Archive:Cardiac Cath|HL7 v2.5.1",
                "out-of-scope echo:Image Manager/Image Archive:Echocardiography|Intermittently Connected Modality",
                "out-of-scope mammo:Image Manager/Image Archive",
                "out-of-scope nmi:Image Manager/Image Archive",
                "out-of-scope rem-nm:Image Manager/Image Archive",
                "out-of-scope tce:Export Selector");
        assertThat(p.leftOut().get(4).reason())
                .isEqualTo("IHE MAMMO belongs to breast imaging, which is not in the project's scope.");
        assertThat(p.leftOut().get(4).services()).containsExactly("breast-imaging");
    }

    @Test
    void aMammographyUnitForBreastImagingIsAskedForMammoAndTheXRayDoseReportOnly() {
        Proposal p = propose(Optional.empty(), List.of(D2D), "modality-mammography", "breast-imaging");
        assertThat(lines(p)).containsExactlyElementsOf(numbered("MODALITY-MAMMOGRAPHY", modalityCommon(
                "shall dicom-xray-rdsr", "shall kin:Acquisition Modality", "shall dicom-dimse-services",
                "shall " + ATNA_MODALITY, "shall dicom-tls", "shall ct:Time Client", "shall " + WORKLIST,
                "shall mammo:Acquisition Modality", "shall rem:Acquisition Modality")));
        assertThat(leftOut(p)).containsExactly("not-created dicom-ct-rdsr");
        Requirement dose = p.requirements().get(8);
        assertThat(dose.rationale()).isEqualTo("ISO 21860:2020 Table 6, row “DICOM CT and X-Ray RDSR”, device to "
                + "department integration (of these objects the proposed Mammography system creates DICOM X-Ray RDSR "
                + "only); clause 5.3.2.9.");
    }

    @Test
    void aCardiologyCathLabIsAskedForCathAsModalityAndEvidenceCreatorAndTheXRayDoseReport() {
        Proposal p = propose(Optional.empty(), List.of(D2D), "modality-cath-lab", "cardiology");
        assertThat(lines(p)).containsExactlyElementsOf(numbered("MODALITY-CATH-LAB", modalityCommon(
                "shall dicom-xray-rdsr", "shall kin:Acquisition Modality", "shall dicom-dimse-services",
                "shall " + ATNA_MODALITY, "shall dicom-tls", "shall ct:Time Client", "shall " + WORKLIST,
                "shall cath:Acquisition Modality", "shall cath:Evidence Creator",
                "shall rem:Acquisition Modality")));
        assertThat(leftOut(p)).containsExactly("not-created dicom-ct-rdsr");
    }

    @Test
    void aCathLabForInterventionalRadiologyAloneIsNotAskedForTheCardiologyWorkflow() {
        Proposal p = propose(Optional.empty(), List.of(D2D), "modality-cath-lab", "interventional");
        assertThat(lines(p)).containsExactlyElementsOf(numbered("MODALITY-CATH-LAB", modalityCommon(
                "shall dicom-xray-rdsr", "shall kin:Acquisition Modality", "shall dicom-dimse-services",
                "shall " + ATNA_MODALITY, "shall dicom-tls", "shall ct:Time Client", "shall " + WORKLIST,
                "shall rem:Acquisition Modality")));
        assertThat(leftOut(p)).containsExactly("not-created dicom-ct-rdsr",
                "out-of-scope cath:Acquisition Modality", "out-of-scope cath:Evidence Creator");
    }

    @Test
    void aPetCtForNuclearMedicineGetsTheCtDoseReportAndRemForItsCtPartAndRemNm() {
        Proposal p = propose(Optional.of(Region.EUROPE), List.of(D2D), "modality-nm-pet", "nuclear-medicine");
        assertThat(lines(p)).containsExactlyElementsOf(numbered("MODALITY-NM-PET", modalityCommon(
                "shall dicom-ct-rdsr", "shall kin:Acquisition Modality", "shall dicom-dimse-services",
                "shall " + ATNA_MODALITY, "shall dicom-tls", "shall ct:Time Client", "shall " + WORKLIST,
                "shall nmi:Acquisition Modality", "shall nmi:Evidence Creator:Result Screen Export",
                "shall rem:Acquisition Modality",
                // REM-NM is emerging in Table 5: SHOULD.
                "should rem-nm:Acquisition Modality")));
        assertThat(leftOut(p)).containsExactly("not-created dicom-xray-rdsr");
    }

    @Test
    void aCtScannerIsAskedForTheCtDoseReportAndNotTheXRayOne() {
        Proposal p = propose(Optional.of(Region.US), List.of(D2D), "modality-ct", "general-radiology");
        assertThat(lines(p)).containsExactlyElementsOf(numbered("MODALITY-CT", modalityCommon(
                "shall dicom-ct-rdsr", "shall kin:Acquisition Modality", "shall dicom-dimse-services",
                "shall " + ATNA_MODALITY, "shall dicom-tls", "shall ct:Time Client", "shall " + WORKLIST,
                "shall rem:Acquisition Modality")));
        assertThat(leftOut(p)).containsExactly("not-created dicom-xray-rdsr");
        assertThat(p.leftOut().getFirst().reason()).startsWith("The proposed CT scanner does not create DICOM X-Ray "
                + "RDSR objects, which the row “DICOM CT and X-Ray RDSR” names for X-ray-based Modalities;");
    }

    @Test
    void aRadiographySystemIsAskedForTheXRayDoseReportAndNotTheCtOne() {
        Proposal p = propose(Optional.of(Region.EUROPE), List.of(D2D), "modality-xray", "general-radiology");
        assertThat(lines(p)).containsExactlyElementsOf(numbered("MODALITY-XRAY", modalityCommon(
                "shall dicom-xray-rdsr", "shall kin:Acquisition Modality", "shall dicom-dimse-services",
                "shall " + ATNA_MODALITY, "shall dicom-tls", "shall ct:Time Client", "shall " + WORKLIST,
                "shall rem:Acquisition Modality")));
        assertThat(leftOut(p)).containsExactly("not-created dicom-ct-rdsr");
    }

    @Test
    void aRisForGeneralRadiologyOnlyIsAskedForScheduledWorkflowAndNothingItCannotAnswer() {
        Proposal p = propose(Optional.of(Region.US), List.of(D2D, D2E), "ris", "general-radiology");
        assertThat(lines(p)).containsExactlyElementsOf(numbered("RIS",
                "shall dicom-codes", "shall dicom-context-groups", "shall snomed-ct-rt", "shall snomed-ct-numeric",
                "should radlex-playbook", "shall dicom-encapsulated-pdf", "shall hl7-oru",
                "shall swf-b:Department System Scheduler/Order Filler:PPS Exception Management",
                "shall swf-b:Performed Procedure Step Manager"));
        assertThat(leftOut(p)).containsExactly(
                "out-of-scope cath:Department System Scheduler/Order Filler",
                "out-of-scope echo:Department System Scheduler/Order Filler",
                // MAMMO has no actor for a RIS at all: left out whatever the scope.
                "no-actor ihe-mammo");
        assertThat(p.leftOut().get(2).reason()).contains("MAMMO has no scheduling actor");
    }

    @Test
    void anEnterpriseVnaSharesImagingButLeavesTeachingAndConsentToOthers() {
        Proposal p = propose(Optional.of(Region.EUROPE), List.of(D2E, E2E), "vna", "general-radiology", "cardiology",
                "nuclear-medicine");
        assertThat(lines(p)).containsExactlyElementsOf(numbered("VNA",
                "shall dicom-codes", "shall snomed-ct-rt", "shall snomed-ct-numeric", "shall dicom-kos",
                "shall xds-i-b:Imaging Document Source:Set of DICOM Instances",
                "shall xca-i:Imaging Document Source",
                // XDS-I.b requires its Imaging Document Source to be grouped with a CT Time Client.
                "shall dicomweb", "shall dicom-part-10", "shall pdi:Portable Media Importer",
                "should wia:Imaging Document Responder:XDS-I Backend", "should wia:Imaging Document Source",
                "shall ct:Time Client",
                "shall " + ATNA_MODALITY, "shall dicom-tls",
                "shall iocm:Image Manager/Image Archive", "shall irwf:Image Manager/Image Archive",
                "should irwf-b:Image Manager/Image Archive"));
        assertThat(leftOut(p)).containsExactly(
                "out-of-scope dicom-deidentification",
                "out-of-scope tce:Image Manager/Image Archive",
                "no-actor ihe-bppc");
        assertThat(p.leftOut().getFirst().reason()).isEqualTo("The row “DICOM Deidentification” of Enterprise to "
                + "cross-enterprise integration belongs to teaching and research, which is not in the project's scope.");
    }

    @Test
    void aGeneralUltrasoundSystemIsNotAskedForEchocardiography() {
        Proposal p = propose(Optional.empty(), List.of(D2D), "modality-us", "ultrasound");
        assertThat(lines(p)).containsExactlyElementsOf(numbered("MODALITY-US", modalityCommon(
                "shall kin:Acquisition Modality", "shall dicom-dimse-services", "shall dicomweb",
                "shall " + ATNA_MODALITY, "shall dicom-tls", "shall ct:Time Client", "shall " + WORKLIST)));
        assertThat(leftOut(p)).containsExactly("out-of-scope dicom-echo-sr",
                "out-of-scope echo:Acquisition Modality:Intermittently Connected Modality|Stress Echo");
    }

    @Test
    void anEchoCartForCardiologyIsAskedForEchoWithStressEchoAndEchoSr() {
        Proposal p = propose(Optional.empty(), List.of(D2D), "modality-us", "cardiology");
        assertThat(lines(p)).containsExactlyElementsOf(numbered("MODALITY-US", modalityCommon(
                "shall dicom-echo-sr", "shall kin:Acquisition Modality", "shall dicom-dimse-services",
                "shall dicomweb", "shall " + ATNA_MODALITY, "shall dicom-tls", "shall ct:Time Client",
                "shall " + WORKLIST, "shall echo:Acquisition Modality:Intermittently Connected Modality|Stress Echo")));
        assertThat(leftOut(p)).isEmpty();
    }

    @Test
    void aNuclearMedicineViewerWithoutCardiologyLeavesOutOnlyTheCardiacOption() {
        Proposal p = propose(Optional.empty(), List.of(D2D), "image-display", "general-radiology", "nuclear-medicine");
        assertThat(lines(p)).containsExactlyElementsOf(numbered("IMAGE-DISPLAY",
                "shall loinc", "shall ucum", "shall dicom-codes", "shall dicom-context-groups", "shall snomed-ct-rt",
                "shall snomed-ct-numeric", "should radlex-playbook", "shall dicom-core-image-iods",
                "shall dicom-encapsulated-pdf", "shall dicom-sr", "shall kin:Image Display", "shall kin:Evidence Creator",
                "shall dicom-dimse-services", "shall dicomweb",
                "shall atna:Secure Application:Radiology Audit Trail|STX: TLS 1.2 Floor using BCP195|ATX: TLS Syslog",
                "shall dicom-tls", "shall ct:Time Client", "shall swf-b:Image Display",
                "shall swf-b:Evidence Creator:Creator Performed Procedure Step",
                "shall nmi:Image Display:Review", "shall nmi:Evidence Creator:Result Screen Export",
                "shall cpi:Image Display", "shall cpi:Print Composer"));
        assertThat(leftOut(p)).containsExactly(
                "out-of-scope cath:Image Display",
                "out-of-scope echo:Image Display",
                "out-of-scope mammo:Image Display:Partial View",
                "out-of-scope tce:Export Selector",
                "out-of-scope option nmi:Image Display:Cardiac NM");
        assertThat(p.leftOut().getLast().reason()).isEqualTo("The “Cardiac NM” option of IHE NMI (Image Display) belongs "
                + "to cardiology, which is not in the project's scope.");
    }

    @Test
    void aBreastImagingReviewWorkstationIsAskedForMammoWithPartialViewAndNothingNuclearOrCardiac() {
        Proposal p = propose(Optional.of(Region.CANADA), List.of(D2D), "image-display", "breast-imaging");
        assertThat(lines(p)).containsExactlyElementsOf(numbered("IMAGE-DISPLAY",
                "shall loinc", "shall ucum", "shall dicom-codes", "shall dicom-context-groups", "shall snomed-ct-rt",
                "shall snomed-ct-numeric", "should radlex-playbook", "shall dicom-core-image-iods",
                "shall dicom-encapsulated-pdf", "shall dicom-sr", "shall kin:Image Display", "shall kin:Evidence Creator",
                "shall dicom-dimse-services", "shall dicomweb",
                "shall atna:Secure Application:Radiology Audit Trail|STX: TLS 1.2 Floor using BCP195|ATX: TLS Syslog",
                "shall dicom-tls", "shall ct:Time Client", "shall swf-b:Image Display",
                "shall swf-b:Evidence Creator:Creator Performed Procedure Step",
                "shall mammo:Image Display:Partial View", "shall cpi:Image Display", "shall cpi:Print Composer"));
        // NMI is out with nuclear medicine; were it added back, its Cardiac NM option would still need cardiology.
        assertThat(leftOut(p)).containsExactly(
                "out-of-scope cath:Image Display",
                "out-of-scope echo:Image Display",
                "out-of-scope nmi:Image Display:Review",
                "out-of-scope nmi:Evidence Creator:Result Screen Export",
                "out-of-scope tce:Export Selector");
    }

    @Test
    void anEhrWithoutAGivenScopeIsStillAskedOnlyForActorsItPlays() {
        Proposal p = propose(Optional.empty(), List.of(E2E), "ehr");
        assertThat(lines(p)).containsExactlyElementsOf(numbered("EHR",
                "shall loinc", "shall icd-10", "shall snomed-ct-rt", "shall snomed-ct-numeric", "shall hl7-cda-r2",
                "shall xds-i-b:Imaging Document Consumer",
                "shall xds-b:Document Consumer:Basic Patient Privacy Enforcement", "shall xds-b:Document Source",
                "shall dicomweb", "should wia:Imaging Document Consumer:MHD Document Consumer Integration",
                "shall ct:Time Client",
                "shall atna:Secure Application:STX: TLS 1.2 Floor using BCP195|ATX: TLS Syslog|Radiology Audit Trail",
                "shall bppc:Content Creator:Basic Patient Privacy Acknowledgement",
                "shall bppc:Content Consumer:Basic Patient Privacy Acknowledgement View",
                // ITI TF-1 19.3.1.2: a BPPC Content Consumer also shows scanned (XDS-SD) documents.
                "shall xds-sd:Content Consumer",
                // The import station asks the EHR for the local patient's demographics.
                "shall irwf:Patient Demographics Supplier"));
        assertThat(leftOut(p)).containsExactly("no-actor ihe-xca", "no-actor ihe-irwf-b");
        assertThat(p.leftOut().getFirst().reason()).startsWith("The proposed EHR / order placer plays no actor of IHE "
                + "XCA: the EHR reaches other communities through its community's gateway");
    }
    @Test
    void aiProfilesAreProposedOnlyWhenThePlannerOptsInWithTheService() {
        Proposal without = propose(Optional.empty(), List.of(D2D, D2E), "pacs", "general-radiology");
        assertThat(lines(without)).noneMatch(l -> l.contains(" air:") || l.contains(" aiw-i:"));

        Proposal with = propose(Optional.empty(), List.of(D2D, D2E), "pacs", "general-radiology", "ai-assisted-reading");
        List<Requirement> ai = with.requirements().stream().filter(r -> r.subject() instanceof ProfileActor pa
                && (pa.profile().equals("air") || pa.profile().equals("aiw-i"))).toList();
        assertThat(ai).extracting(r -> subject(r.subject())).containsExactly("air:Image Manager/Image Archive",
                "aiw-i:Image Manager/Image Archive");
        assertThat(ai).allSatisfy(r -> {
            assertThat(r.origin()).isEqualTo(RequirementOrigin.OPTED_IN);
            assertThat(r.level()).as("both are Trial Implementation").isEqualTo(RequirementLevel.SHOULD);
            assertThat(r.rationale()).contains("AI-assisted reading is in the project's scope",
                    "which ISO 21860:2020 does not rate", "Trial Implementation");
        });
        assertThat(ai.getFirst().category()).isEqualTo("content");
        assertThat(ai.get(1).category()).isEqualTo("technical-workflow");

        Proposal platform = propose(Optional.empty(), List.of(D2D), "cad-ai", "ai-assisted-reading");
        assertThat(lines(platform)).anyMatch(l -> l.endsWith(" should air:Evidence Creator"))
                .anyMatch(l -> l.endsWith(" should aiw-i:Task Performer"));
    }
    @Test
    void aProfileThePortfolioDoesNotRateIsAskedForOnlyWhenThePlannerAddsIt() {
        for (String type : List.of("ehr", "pacs", "image-display")) {
            Proposal everything = propose(Optional.empty(), List.of(D2D, D2E, E2E), type);
            assertThat(lines(everything)).as(type).noneMatch(l -> l.contains(" iid:") || l.contains(" imr:")
                    || l.contains(" mado:") || l.contains(" pixm:") || l.contains(" pdqm:") || l.contains(" iua:"));
        }
        Requirement invoker = PROPOSER.planned("EHR-30", "ehr", RequirementLevel.SHALL,
                new ProfileActor("iid", "Image Display Invoker", List.of()),
                Optional.of(org.rspnavigator.model.Category.INFORMATION_EXCHANGE), "");
        assertThat(invoker.text()).isEqualTo("The proposed EHR / order placer SHALL implement IHE IID (Invoke Image Display) as Image "
                + "Display Invoker.");
        assertThat(invoker.origin()).isEqualTo(RequirementOrigin.PLANNER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PROPOSER.planned("EHR-30", "ehr",
                RequirementLevel.SHALL, new ProfileActor("iid", "Image Display Invoker", List.of()), Optional.empty(), ""))
                .hasMessageContaining("IHE IID is not in the portfolio tables");
    }
}
