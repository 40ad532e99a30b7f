package org.rspnavigator.documents.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.statement.StatementFormatException.Problem;
import org.rspnavigator.procurement.conformance.CodeSystemClaim;
import org.rspnavigator.procurement.conformance.ConformanceClaims;
import org.rspnavigator.procurement.conformance.DicomClaim;
import org.rspnavigator.procurement.conformance.DicomRole;
import org.rspnavigator.procurement.conformance.DicomWebClaim;
import org.rspnavigator.procurement.conformance.DicomWebRole;
import org.rspnavigator.procurement.conformance.Hl7Claim;
import org.rspnavigator.procurement.conformance.Hl7Direction;
import org.rspnavigator.procurement.statement.ConformanceGapTest;

/** The conformance parts as CSV rows: read as a spreadsheet saves them, every bad line named, written to read back. */
class ConformanceCsvTest {

    private static List<Problem> problems(String csv) {
        try {
            ConformanceCsv.read(csv);
            throw new AssertionError("expected problems");
        } catch (StatementFormatException e) {
            return e.problems();
        }
    }

    @Test
    void readsEveryPartAsASpreadsheetSavesIt() {
        String csv = "\uFEFFpart,item,roles,version,transferSyntaxes\r\n"
                + "dicom,1.2.840.10008.5.1.4.1.1.2,SCU; scp,,1.2.840.10008.1.2.1;1.2.840.10008.1.2.4.70\r\n"
                + "\r\n"
                + "DICOMweb,WADO-RS,origin-server,,\r\n"
                + "hl7,ORU^R01,send,2.5.1,\r\n"
                + "terminology,loinc,,2.78,\r\n";
        assertThat(ConformanceCsv.read(csv)).isEqualTo(new ConformanceClaims(
                List.of(new DicomClaim("1.2.840.10008.5.1.4.1.1.2", EnumSet.of(DicomRole.SCU, DicomRole.SCP),
                        List.of("1.2.840.10008.1.2.1", "1.2.840.10008.1.2.4.70"))),
                List.of(new DicomWebClaim("WADO-RS", EnumSet.of(DicomWebRole.ORIGIN_SERVER))),
                List.of(new Hl7Claim("ORU^R01", "2.5.1", Hl7Direction.SEND)),
                List.of(new CodeSystemClaim("loinc", "2.78"))));
    }

    @Test
    void whatIsWrittenReadsBackUnchanged() {
        for (ConformanceClaims c : List.of(ConformanceGapTest.ctScanner().conformance(),
                ConformanceGapTest.pacs().conformance(), ConformanceGapTest.ris().conformance(), ConformanceClaims.NONE)) {
            assertThat(ConformanceCsv.read(ConformanceCsv.write(c))).isEqualTo(c);
        }
        assertThat(ConformanceCsv.write(ConformanceGapTest.ris().conformance())).startsWith("\uFEFFpart,item,roles,"
                + "version,transferSyntaxes\r\ndicom,1.2.840.10008.5.1.4.31,SCP,,1.2.840.10008.1.2.1;1.2.840.10008.1.2.4.70\r\n");
    }

    @Test
    void everyBadLineIsNamedAndNothingIsRead() {
        String csv = "part,item,roles,version,transferSyntaxes\n"
                + "dicom,1.2.840.10008.05,SCU,,\n"
                + "dicom,1.2.840.10008.5.1.4.31,provider,,\n"
                + "dicom,1.2.840.10008.5.1.4.31,,,\n"
                + "dicomweb,WADO-RS,server,,\n"
                + "hl7,ORU-R01,send,2.5.1,\n"
                + "hl7,ORU^R01,sideways,v2,\n"
                + "terminology,,,2.78,\n"
                + "ihe,swf-b,,,\n"
                + "dicom,1.2.840.10008.5.1.4.31,SCU\n"
                + "dicom,1.2.840.10008.5.1.4.31,SCU,,=1+1\n";
        assertThat(problems(csv)).containsExactly(
                new Problem(2, "The SOP class \"1.2.840.10008.05\" is not a DICOM UID: digits and dots, no component "
                        + "with a leading zero, at most 64 characters (DICOM PS3.5 9.1)."),
                new Problem(3, "\"provider\" is not a role here; use SCU, SCP."),
                new Problem(4, "Name at least one role: SCU, SCP."),
                new Problem(5, "\"server\" is not a role here; use origin-server, user-agent."),
                new Problem(6, "The message is \"ORU-R01\"; it must be a message type with trigger event, such as ORU^R01."),
                new Problem(7, "The version is \"v2\"; it must be an HL7 v2 version number, such as 2.5.1."),
                new Problem(7, "The direction of an HL7 row (roles) is \"sideways\"; it must be send or receive."),
                new Problem(8, "Name the code system by its catalog id, such as loinc."),
                new Problem(9, "The part is \"ihe\"; it must be dicom, dicomweb, hl7 or terminology."),
                new Problem(10, "Expected 5 fields (part, item, roles, version, transferSyntaxes), found 3. Leave a "
                        + "field empty where it does not apply."),
                new Problem(11, "The transfer syntax \"=1+1\" is not a DICOM UID: digits and dots, no component with "
                        + "a leading zero, at most 64 characters (DICOM PS3.5 9.1)."));
    }

    @Test
    void aFileWithoutItsHeaderOrEmptyIsRefused() {
        assertThat(problems("")).singleElement().extracting(Problem::line).isEqualTo(1);
        assertThat(problems("sop,roles\ndicom,1.2.3,SCU,,\n")).first().satisfies(p -> assertThat(p.message())
                .startsWith("The first line should be the header part,item,roles,version,transferSyntaxes"));
        assertThatThrownBy(() -> ConformanceCsv.read("part,item,roles,version,transferSyntaxes\n\"unclosed,x\n"))
                .isInstanceOf(StatementFormatException.class);
    }
}
