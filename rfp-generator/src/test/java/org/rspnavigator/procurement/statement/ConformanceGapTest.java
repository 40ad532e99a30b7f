package org.rspnavigator.procurement.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.procurement.statement.Statements.CATALOG;
import static org.rspnavigator.procurement.statement.Statements.actor;
import static org.rspnavigator.procurement.statement.Statements.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Region;
import org.rspnavigator.procurement.conformance.CodeSystemClaim;
import org.rspnavigator.procurement.conformance.ConformanceClaims;
import org.rspnavigator.procurement.conformance.DicomClaim;
import org.rspnavigator.procurement.conformance.DicomRole;
import org.rspnavigator.procurement.conformance.DicomWebClaim;
import org.rspnavigator.procurement.conformance.DicomWebRole;
import org.rspnavigator.procurement.conformance.Hl7Claim;
import org.rspnavigator.procurement.conformance.Hl7Direction;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementProposer;
import org.rspnavigator.procurement.rfp.RfpSpec;

/**
 * A tender for a CT scanner, a PACS and a RIS (device to department and department to enterprise,
 * Europe), its requirements as the RFP builder proposes them, held against a realistic statement of
 * each product with DICOM, DICOMweb, HL7 v2 and terminology parts: the fit of every requirement, and
 * the coverage counted for SHALL and SHOULD apart.
 */
public class ConformanceGapTest {

    private static final GapAnalysis ANALYSIS = new GapAnalysis(CATALOG);

    static final String CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2";
    static final String RDSR = "1.2.840.10008.5.1.4.1.1.88.67";
    static final String MWL = "1.2.840.10008.5.1.4.31";
    static final String MPPS = "1.2.840.10008.3.1.2.3.3";
    static final String COMMITMENT = "1.2.840.10008.1.20.1";
    static final String VERIFICATION = "1.2.840.10008.1.1";
    static final String KOS = "1.2.840.10008.5.1.4.1.1.88.59";
    static final String PDF = "1.2.840.10008.5.1.4.1.1.104.1";
    static final String FIND = "1.2.840.10008.5.1.4.1.2.2.1";
    static final String MOVE = "1.2.840.10008.5.1.4.1.2.2.2";
    static final List<String> IMAGES = List.of(CT_IMAGE, "1.2.840.10008.5.1.4.1.1.4", "1.2.840.10008.5.1.4.1.1.1",
            "1.2.840.10008.5.1.4.1.1.1.1", "1.2.840.10008.5.1.4.1.1.1.2", "1.2.840.10008.5.1.4.1.1.6.1",
            "1.2.840.10008.5.1.4.1.1.3.1", "1.2.840.10008.5.1.4.1.1.20", "1.2.840.10008.5.1.4.1.1.128",
            "1.2.840.10008.5.1.4.1.1.12.1", "1.2.840.10008.5.1.4.1.1.7");
    static final List<String> SR = List.of("1.2.840.10008.5.1.4.1.1.88.11", "1.2.840.10008.5.1.4.1.1.88.22",
            "1.2.840.10008.5.1.4.1.1.88.33");
    static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    static final String JPEG_LOSSLESS = "1.2.840.10008.1.2.4.70";

    private static List<Requirement> requirements;

    @BeforeAll
    static void propose() {
        requirements = new RequirementProposer(CATALOG).propose(new RfpSpec("Imaging 2027", "St. Example Hospital",
                Optional.of(Region.EUROPE), List.of("device-to-department", "department-to-enterprise"),
                List.of(new ProcuredSystem("modality-ct", 1, ""), new ProcuredSystem("pacs", 1, ""),
                        new ProcuredSystem("ris", 1, ""))));
    }

    public static DicomClaim dicom(String uid, DicomRole... roles) {
        return new DicomClaim(uid, EnumSet.copyOf(List.of(roles)), List.of(EXPLICIT_LE, JPEG_LOSSLESS));
    }

    /** A CT scanner: SWF.b, REM, KIN, ATNA and CT; its DICOM part as its Conformance Statement lists it. */
    public static IntegrationStatement ctScanner() {
        return new IntegrationStatement("Contoso Medical", "Contoso CT", "5.0", LocalDate.of(2026, 9, 1), "2",
                StatementLinks.none(),
                List.of(profile("swf-b", actor("Acquisition Modality", "Patient Based Worklist Query",
                        "Broad Worklist Query")), profile("rem", actor("Acquisition Modality")),
                        profile("kin", actor("Acquisition Modality")),
                        profile("atna", actor("Secure Node", "Radiology Audit Trail", "STX: TLS 1.2 Floor using BCP195",
                                "ATX: TLS Syslog")), profile("ct", actor("Time Client"))),
                new ConformanceClaims(List.of(dicom(CT_IMAGE, DicomRole.SCU), dicom(RDSR, DicomRole.SCU),
                        dicom(KOS, DicomRole.SCU), dicom(MWL, DicomRole.SCU), dicom(MPPS, DicomRole.SCU),
                        dicom(COMMITMENT, DicomRole.SCU), dicom(VERIFICATION, DicomRole.SCU, DicomRole.SCP)),
                        List.of(), List.of(),
                        List.of(new CodeSystemClaim("loinc", "2.78"), new CodeSystemClaim("ucum", "2.1"),
                                new CodeSystemClaim("snomed-ct-numeric", "International Edition 2026-01-01"),
                                new CodeSystemClaim("snomed-ct-rt", ""))));
    }

    /** A PACS: every image class both ways, SR and dose SR, PDF stored only, no Mammography CAD SR, no STOW-RS, ORU^R01 in v2.4. */
    public static IntegrationStatement pacs() {
        List<DicomClaim> dicom = new ArrayList<>();
        IMAGES.forEach(uid -> dicom.add(dicom(uid, DicomRole.SCP, DicomRole.SCU)));
        SR.forEach(uid -> dicom.add(dicom(uid, DicomRole.SCP, DicomRole.SCU)));
        List.of(RDSR, KOS).forEach(uid -> dicom.add(dicom(uid, DicomRole.SCP, DicomRole.SCU)));
        List.of(PDF, FIND, MOVE, COMMITMENT, MPPS).forEach(uid -> dicom.add(dicom(uid, DicomRole.SCP)));
        dicom.add(dicom(VERIFICATION, DicomRole.SCP, DicomRole.SCU));
        return new IntegrationStatement("Northwind Imaging", "Northwind PACS", "8.0", LocalDate.of(2026, 10, 1), "",
                StatementLinks.none(), List.of(profile("swf-b", actor("Image Manager/Image Archive",
                        "Availability of PPS-Referenced Instances")), profile("kin", actor("Image Manager/Image Archive"))),
                new ConformanceClaims(dicom,
                        List.of(new DicomWebClaim("QIDO-RS", EnumSet.of(DicomWebRole.ORIGIN_SERVER)),
                                new DicomWebClaim("WADO-RS", EnumSet.of(DicomWebRole.ORIGIN_SERVER))),
                        List.of(new Hl7Claim("ORU^R01", "2.4", Hl7Direction.RECEIVE)),
                        List.of(new CodeSystemClaim("radlex-playbook", ""))));
    }

    /** A RIS: the worklist and MPPS provider, sends ORU^R01 in v2.5.1, no Encapsulated PDF. */
    public static IntegrationStatement ris() {
        return new IntegrationStatement("Fabrikam Health", "Fabrikam RIS", "12", LocalDate.of(2026, 8, 15), "",
                StatementLinks.none(), List.of(profile("swf-b", actor("Department System Scheduler/Order Filler",
                        "PPS Exception Management"), actor("Performed Procedure Step Manager"))),
                new ConformanceClaims(List.of(dicom(MWL, DicomRole.SCP), dicom(MPPS, DicomRole.SCP),
                        dicom(VERIFICATION, DicomRole.SCP)), List.of(),
                        List.of(new Hl7Claim("ORU^R01", "2.5.1", Hl7Direction.SEND),
                                new Hl7Claim("ADT^A01", "2.5.1", Hl7Direction.RECEIVE),
                                new Hl7Claim("OMG^O19", "2.5.1", Hl7Direction.RECEIVE)),
                        List.of(new CodeSystemClaim("snomed-ct-numeric", "International Edition 2026-01-01"),
                                new CodeSystemClaim("radlex-playbook", "2.5"))));
    }

    private static Map<String, Fit> fits(IntegrationStatement statement, String system) {
        Map<String, Fit> fits = new LinkedHashMap<>();
        ANALYSIS.rows(List.of(statement), of(system)).forEach(r -> fits.put(r.requirement().number(), r.fit()));
        return fits;
    }

    private static List<Requirement> of(String system) {
        return requirements.stream().filter(r -> r.system().equals(system)).toList();
    }

    private static GapRow row(IntegrationStatement statement, String number) {
        Requirement r = requirements.stream().filter(q -> q.number().equals(number)).findFirst().orElseThrow();
        return ANALYSIS.rows(List.of(statement), List.of(r)).get(0);
    }

    @Test
    void theCtScannerMeetsItsDicomAndTerminologyRequirementsFromItsParts() {
        Map<String, Fit> expected = new LinkedHashMap<>();
        expected.put("MODALITY-CT-01", Fit.MET); // LOINC, release stated
        expected.put("MODALITY-CT-02", Fit.MET); // UCUM
        expected.put("MODALITY-CT-03", Fit.NOT_ASSESSED); // DICOM coded entries: no SOP class shows them
        expected.put("MODALITY-CT-04", Fit.NOT_ASSESSED); // context groups: likewise
        expected.put("MODALITY-CT-05", Fit.PARTLY_MET); // SNOMED RT-style codes declared without a release
        expected.put("MODALITY-CT-06", Fit.MET); // SNOMED CT
        expected.put("MODALITY-CT-07", Fit.NOT_MET); // RadLex Playbook not declared
        expected.put("MODALITY-CT-08", Fit.MET); // CT Image Storage SCU
        expected.put("MODALITY-CT-09", Fit.MET); // X-Ray Radiation Dose SR Storage SCU
        expected.put("MODALITY-CT-10", Fit.MET); // KIN
        expected.put("MODALITY-CT-11", Fit.MET); // the DIMSE services of a modality
        expected.put("MODALITY-CT-12", Fit.MET);
        expected.put("MODALITY-CT-13", Fit.NOT_ASSESSED); // TLS: a security profile, not a SOP class
        expected.put("MODALITY-CT-14", Fit.MET);
        expected.put("MODALITY-CT-15", Fit.MET);
        expected.put("MODALITY-CT-16", Fit.MET);
        assertThat(fits(ctScanner(), "modality-ct")).containsExactlyEntriesOf(expected);
        assertThat(row(ctScanner(), "MODALITY-CT-09").explanation()).isEqualTo("Declares X-Ray Radiation Dose SR "
                + "Storage (1.2.840.10008.5.1.4.1.1.88.67) as SCU. Whether the objects follow TID 10011 CT Radiation "
                + "Dose is for the DICOM Conformance Statement to show.");
        assertThat(row(ctScanner(), "MODALITY-CT-05").explanation()).isEqualTo("Declares SNOMED CT (RT Identifiers) "
                + "among the code systems it uses, without stating the release; the requirement binds the SNOMED CT "
                + "codes published in the DICOM Standard edition current at the date of issue of this RFP, with the "
                + "mapping of PS3.16 from SNOMED RT-style codes (coding scheme designator SRT) to SNOMED CT concept ids.");
        assertThat(row(ctScanner(), "MODALITY-CT-13").explanation()).isEqualTo("The catalog names no role that a "
                + "conformance part could show for this requirement: check DICOM TLS in the product's DICOM conformance "
                + "statement.");
    }

    @Test
    void thePacsIsPartlyMetWhereARoleOrAServiceIsMissingAndNotMetWhereTheSopClassIsAbsent() {
        Map<String, Fit> fits = fits(pacs(), "pacs");
        assertThat(fits).containsEntry("PACS-03", Fit.PARTLY_MET) // RadLex Playbook without a release
                .containsEntry("PACS-04", Fit.MET) // every image class, SCP and SCU
                .containsEntry("PACS-05", Fit.PARTLY_MET) // Encapsulated PDF: SCP only
                .containsEntry("PACS-06", Fit.MET).containsEntry("PACS-07", Fit.MET).containsEntry("PACS-08", Fit.MET)
                .containsEntry("PACS-09", Fit.MET) // echo SR: Enhanced or Comprehensive SR, both ways
                .containsEntry("PACS-10", Fit.NOT_MET) // no Mammography CAD SR Storage
                .containsEntry("PACS-13", Fit.PARTLY_MET) // ORU^R01 received in v2.4 only
                .containsEntry("PACS-14", Fit.MET) // DIMSE services of an archive
                .containsEntry("PACS-15", Fit.PARTLY_MET) // no STOW-RS
                .containsEntry("PACS-19", Fit.NOT_ASSESSED); // TLS
        assertThat(row(pacs(), "PACS-05").explanation()).isEqualTo("Declares Encapsulated PDF Storage "
                + "(1.2.840.10008.5.1.4.1.1.104.1) as SCP; does not declare Encapsulated PDF Storage "
                + "(1.2.840.10008.5.1.4.1.1.104.1) as SCU.");
        assertThat(row(pacs(), "PACS-10").explanation()).isEqualTo("Its DICOM conformance part does not declare "
                + "Mammography CAD SR Storage (1.2.840.10008.5.1.4.1.1.88.50) as SCP and SCU.");
        assertThat(row(pacs(), "PACS-13").explanation()).isEqualTo("Declares that it receives ORU^R01 in v2.4 only, "
                + "where the requirement binds v2.5.1 or v2.3.1.");
        assertThat(row(pacs(), "PACS-15").explanation()).isEqualTo("Declares DICOMweb QIDO-RS as origin server and "
                + "DICOMweb WADO-RS as origin server; does not declare DICOMweb STOW-RS as origin server.");
    }

    @Test
    void theRisIsAssessedOnItsHl7PartAndAMissingSopClassIsNotMet() {
        Map<String, Fit> fits = fits(ris(), "ris");
        assertThat(fits).containsEntry("RIS-03", Fit.NOT_MET) // SNOMED RT-style codes not declared
                .containsEntry("RIS-04", Fit.MET).containsEntry("RIS-05", Fit.MET)
                .containsEntry("RIS-06", Fit.NOT_MET) // no Encapsulated PDF Storage SCU
                .containsEntry("RIS-07", Fit.MET) // sends ORU^R01 in v2.5.1
                .containsEntry("RIS-08", Fit.MET).containsEntry("RIS-09", Fit.MET);
        assertThat(row(ris(), "RIS-07").explanation()).isEqualTo("Declares that it sends ORU^R01 (v2.5.1).");
        assertThat(row(ris(), "RIS-03").explanation()).isEqualTo("Does not declare SNOMED CT (RT Identifiers) among "
                + "the code systems it uses.");
    }

    @Test
    void aRoleDeclaredTheOtherWayRoundIsPartlyMetAndSaysSo() {
        IntegrationStatement wrongWay = ris().withConformance(new ConformanceClaims(List.of(dicom(PDF, DicomRole.SCP)),
                List.of(), List.of(), List.of()));
        assertThat(row(wrongWay, "RIS-06")).extracting(GapRow::fit, GapRow::explanation).containsExactly(
                Fit.PARTLY_MET, "Does not declare Encapsulated PDF Storage (1.2.840.10008.5.1.4.1.1.104.1) as SCU (it "
                        + "declares it as SCP only).");
    }

    @Test
    void aStatementWithoutAPartOfThatKindIsNotHeldToHaveFailedIt() {
        IntegrationStatement iheOnly = ris().withConformance(ConformanceClaims.NONE);
        assertThat(row(iheOnly, "RIS-07")).extracting(GapRow::fit, GapRow::explanation).containsExactly(
                Fit.NOT_ASSESSED, "The statement declares no HL7 v2 part: check HL7 ORU in the product's HL7 conformance "
                        + "statement.");
        assertThat(row(iheOnly, "RIS-06").fit()).isEqualTo(Fit.NOT_ASSESSED);
        assertThat(row(iheOnly, "RIS-04").fit()).isEqualTo(Fit.NOT_ASSESSED);
        assertThat(row(iheOnly, "RIS-08").fit()).as("the IHE claims still count").isEqualTo(Fit.MET);
    }

    @Test
    void requirementsOnOtherKindsOfSystemAreNotApplicableAndLeftOutOfTheCoverage() {
        IntegrationStatement ct = ctScanner().withSystemTypes(List.of("modality-ct"));
        List<GapRow> rows = ANALYSIS.rows(List.of(ct), requirements);
        assertThat(rows).filteredOn(r -> !r.requirement().system().equals("modality-ct"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.fit()).isEqualTo(Fit.NOT_APPLICABLE));
        assertThat(row(ct, "RIS-07").explanation()).isEqualTo("The requirement is on the RIS / departmental "
                + "scheduler, which the statement does not declare its product to be (it declares: CT scanner).");
        assertThat(rows).filteredOn(r -> r.requirement().system().equals("modality-ct"))
                .extracting(GapRow::fit).isEqualTo(List.copyOf(fits(ctScanner(), "modality-ct").values()));
        GapReport report = ANALYSIS.analyse("Whole tender", ct, requirements);
        assertThat(report.shall()).as("only the CT scanner's requirements count").isEqualTo(new Coverage(11, 1, 0, 3));
        assertThat(ANALYSIS.rows(List.of(ctScanner()), requirements)).as("a statement naming no kind: all concern it")
                .noneMatch(r -> r.fit() == Fit.NOT_APPLICABLE);
    }

    @Test
    void theCoverageOfShallAndShouldIsCountedApart() {
        GapReport report = ANALYSIS.analyse("CT", ctScanner(), of("modality-ct"));
        assertThat(report.shall()).isEqualTo(new Coverage(11, 1, 0, 3));
        assertThat(report.should()).isEqualTo(new Coverage(0, 0, 1, 0));
    }

    @Test
    void aBidderOfferingSeveralProductsIsHeldToWhatTheyDeclareTogether() {
        IntegrationStatement pdfSender = new IntegrationStatement("Fabrikam Health", "Fabrikam Scan", "1.0",
                LocalDate.of(2026, 8, 15), "", StatementLinks.none(), List.of(), new ConformanceClaims(
                        List.of(dicom(PDF, DicomRole.SCU)), List.of(), List.of(), List.of()));
        BidderMatrix m = ANALYSIS.compare(of("ris"), List.of(new Bidder("Fabrikam", List.of(ris(), pdfSender),
                java.util.Set.of("ris"))));
        int pdf = of("ris").stream().map(Requirement::number).toList().indexOf("RIS-06");
        assertThat(m.rows().get(pdf).get(0).fit()).isEqualTo(Fit.MET);
        assertThat(m.rows().stream().map(r -> r.get(0).fit()).filter(f -> f == Fit.NOT_ASSESSED).count())
                .as("only the DICOM coded entries and context groups stay not assessed").isEqualTo(2);
        assertThat(of("ris").stream().filter(r -> r.level() == RequirementLevel.SHALL).count()).isEqualTo(m.shallTotals()
                .get(0).total());
    }
}
