package org.rspnavigator.procurement.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.procurement.statement.ConformanceGapTest.MWL;
import static org.rspnavigator.procurement.statement.ConformanceGapTest.PDF;
import static org.rspnavigator.procurement.statement.ConformanceGapTest.ctScanner;
import static org.rspnavigator.procurement.statement.ConformanceGapTest.dicom;
import static org.rspnavigator.procurement.statement.Statements.CATALOG;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rspnavigator.procurement.conformance.CodeSystemClaim;
import org.rspnavigator.procurement.conformance.ConformanceClaims;
import org.rspnavigator.procurement.conformance.DicomClaim;
import org.rspnavigator.procurement.conformance.DicomRole;
import org.rspnavigator.procurement.conformance.DicomWebClaim;
import org.rspnavigator.procurement.conformance.DicomWebRole;
import org.rspnavigator.procurement.conformance.Hl7Claim;
import org.rspnavigator.procurement.conformance.Hl7Direction;

/** The statement check of the conformance parts, and of what the IHE claims imply for them. */
class ConformanceCheckTest {

    private static final StatementChecker CHECKER = new StatementChecker(CATALOG);

    private static List<String> messages(IntegrationStatement s, Severity severity) {
        return CHECKER.check(s).stream().filter(f -> f.severity() == severity).map(Finding::message).toList();
    }

    @Test
    void aConsistentCtScannerHasNoConformanceFinding() {
        assertThat(CHECKER.check(ctScanner())).noneMatch(f -> f.message().contains("DICOM part")
                || f.message().contains("SOP class") || f.message().contains("HL7"));
    }

    @Test
    void anAcquisitionModalityWithoutTheWorklistQueryIsWarnedWithTheRowThatFixesIt() {
        IntegrationStatement noWorklist = ctScanner().withConformance(new ConformanceClaims(
                ctScanner().conformance().dicom().stream().filter(d -> !d.sopClass().equals(MWL)).toList(),
                List.of(), List.of(), ctScanner().conformance().terminology()));
        List<Finding> findings = CHECKER.check(noWorklist).stream().filter(f -> !f.declaration().isEmpty()).toList();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.profile()).isEqualTo("swf-b");
            assertThat(f.actor()).isEqualTo("Acquisition Modality");
            assertThat(f.message()).startsWith("The Acquisition Modality of SWF.b initiates RAD-5 Query Modality "
                    + "Worklist, which needs Modality Worklist Information Model - FIND (1.2.840.10008.5.1.4.31) as SCU; "
                    + "the DICOM part does not declare it.");
            assertThat(f.declaration().dicom()).containsExactly(new DicomClaim(MWL, EnumSet.of(DicomRole.SCU), List.of()));
        });
        IntegrationStatement fixed = CHECKER.withImpliedDeclarations(noWorklist);
        assertThat(fixed.conformance().roles(MWL)).containsExactly(DicomRole.SCU);
        assertThat(CHECKER.check(fixed)).noneMatch(f -> !f.declaration().isEmpty());
        assertThat(fixed.profiles()).isEqualTo(noWorklist.profiles());
    }

    @Test
    void aRoleAddedToAListedSopClassJoinsItsRow() {
        ConformanceClaims one = new ConformanceClaims(List.of(dicom(PDF, DicomRole.SCP)), List.of(), List.of(), List.of());
        ConformanceClaims both = one.with(new ConformanceClaims(List.of(new DicomClaim(PDF, EnumSet.of(DicomRole.SCU),
                List.of())), List.of(), List.of(), List.of()));
        assertThat(both.dicom()).singleElement().satisfies(d -> {
            assertThat(d.roles()).containsExactly(DicomRole.SCU, DicomRole.SCP);
            assertThat(d.transferSyntaxes()).isEqualTo(one.dicom().get(0).transferSyntaxes());
        });
    }

    @Test
    void unknownAndDuplicateRowsAreFoundAndSaidWhatToDo() {
        IntegrationStatement odd = ctScanner().withConformance(new ConformanceClaims(
                List.of(dicom("1.2.3.4.5", DicomRole.SCU), dicom(MWL, DicomRole.SCU), dicom(MWL, DicomRole.SCP)),
                List.of(new DicomWebClaim("MOVE-RS", EnumSet.of(DicomWebRole.USER_AGENT))),
                List.of(new Hl7Claim("ZZZ^Z01", "2.5.1", Hl7Direction.SEND)),
                List.of(new CodeSystemClaim("cpt", "2026"), new CodeSystemClaim("loinc", "2.78"),
                        new CodeSystemClaim("loinc", "2.80"))));
        assertThat(messages(odd, Severity.ERROR)).contains(
                "The SOP class Modality Worklist Information Model - FIND (1.2.840.10008.5.1.4.31) is listed twice in the "
                        + "DICOM part: list it once, with all its roles.",
                "'MOVE-RS' is not a DICOMweb service of PS3.18: use STOW-RS, QIDO-RS, WADO-RS or WADO-URI.",
                "LOINC is listed twice among the code systems: list it once.")
                .anySatisfy(m -> assertThat(m).startsWith("'cpt' is not a terminology of the catalog: use the id of one of "));
        assertThat(messages(odd, Severity.WARNING)).contains(
                "The SOP class 1.2.3.4.5 is not in the catalog's DICOM vocabulary: it is shown by its UID, and no "
                        + "requirement is met by it. Check the UID against DICOM PS3.6.",
                "The HL7 message ZZZ^Z01 is not in the catalog's vocabulary: it is shown as written, and no requirement "
                        + "is met by it.");
    }

    @Test
    void theHl7PartIsHeldToTheMessagesTheClaimedTransactionsCarry() {
        IntegrationStatement pacs = ConformanceGapTest.pacs();
        assertThat(messages(pacs, Severity.WARNING)).anySatisfy(m -> assertThat(m).startsWith("The Image Manager/Image "
                + "Archive of SWF.b receives ADT^A08 in RAD-12 Patient Update; the HL7 part does not declare that it "
                + "receives it."));
        IntegrationStatement noHl7 = pacs.withConformance(new ConformanceClaims(pacs.conformance().dicom(),
                pacs.conformance().dicomweb(), List.of(), pacs.conformance().terminology()));
        assertThat(messages(noHl7, Severity.WARNING)).as("no HL7 part, nothing to hold it to")
                .noneMatch(m -> m.contains("HL7 part"));
    }
}
