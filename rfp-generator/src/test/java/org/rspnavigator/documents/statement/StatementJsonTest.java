package org.rspnavigator.documents.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rspnavigator.procurement.statement.Statements.actor;
import static org.rspnavigator.procurement.statement.Statements.profile;
import static org.rspnavigator.procurement.statement.Statements.statement;

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
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.StatementLinks;
import org.rspnavigator.procurement.statement.Statements;

class StatementJsonTest {

    /** A valid file; the tests below break one line of it at a time. */
    private static final String GOOD = """
            {
              "format" : "rsp-navigator/ihe-integration-statement",
              "formatVersion" : 1,
              "vendor" : "Northwind Imaging",
              "productName" : "Northwind PACS",
              "version" : "7.2",
              "date" : "2026-03-01",
              "revision" : "",
              "links" : {
                "vendorIheInformation" : "",
                "dicomConformance" : "",
                "hl7Conformance" : ""
              },
              "profiles" : [ {
                "profile" : "ct",
                "actors" : [ {
                  "actor" : "Time Client",
                  "options" : [ "SNTP" ]
                } ]
              } ]
            }
            """;

    /** {@link #GOOD} as format version 2 writes it: the four conformance parts after the profiles, empty. */
    private static final String GOOD_V2 = GOOD.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2")
            .replace("  \"profiles\" : [ {", "  \"systemTypes\" : [ ],\n  \"profiles\" : [ {")
            .replace("""
                  } ]
                }
                """, """
                  } ],
                  "dicom" : [ ],
                  "dicomweb" : [ ],
                  "hl7" : [ ],
                  "terminology" : [ ]
                }
                """);

    @Test
    void writesTheFieldsInAFixedOrderAndReadsThemBack() {
        IntegrationStatement ct = statement(profile("ct", actor("Time Client", "SNTP")));
        assertThat(StatementJson.write(ct)).isEqualTo(GOOD_V2);
        assertThat(StatementJson.read(GOOD_V2)).isEqualTo(ct);
    }

    @Test
    void aFileOfFormatVersionOneIsReadAsBeforeWithNothingDeclared() {
        IntegrationStatement read = StatementJson.read(GOOD);
        assertThat(read).isEqualTo(statement(profile("ct", actor("Time Client", "SNTP"))));
        assertThat(read.conformance()).isEqualTo(ConformanceClaims.NONE);
    }

    @Test
    void theConformancePartsSurviveTheRoundTrip() {
        IntegrationStatement pacs = Statements.pacs().withSystemTypes(List.of("pacs", "vna")).withConformance(new ConformanceClaims(
                List.of(new DicomClaim("1.2.840.10008.5.1.4.1.1.88.67", EnumSet.of(DicomRole.SCP, DicomRole.SCU),
                        List.of("1.2.840.10008.1.2.1")), new DicomClaim("1.2.840.10008.5.1.4.31",
                                EnumSet.of(DicomRole.SCU), List.of())),
                List.of(new DicomWebClaim("WADO-RS", EnumSet.of(DicomWebRole.ORIGIN_SERVER))),
                List.of(new Hl7Claim("ORU^R01", "2.5.1", Hl7Direction.RECEIVE)),
                List.of(new CodeSystemClaim("loinc", "2.78"), new CodeSystemClaim("ucum", ""))));
        String json = StatementJson.write(pacs);
        assertThat(json).contains("  \"dicom\" : [ {\n    \"sopClass\" : \"1.2.840.10008.5.1.4.1.1.88.67\",\n"
                + "    \"roles\" : [ \"SCU\", \"SCP\" ],\n    \"transferSyntaxes\" : [ \"1.2.840.10008.1.2.1\" ]\n  }, {")
                .contains("  \"hl7\" : [ {\n    \"message\" : \"ORU^R01\",\n    \"version\" : \"2.5.1\",\n"
                        + "    \"direction\" : \"receive\"\n  } ],")
                .contains("\"roles\" : [ \"origin-server\" ]").contains("\"systemTypes\" : [ \"pacs\", \"vna\" ]");
        assertThat(StatementJson.read(json)).isEqualTo(pacs);
    }

    @Test
    void aConformancePartInAFileOfVersionOneIsRefusedWithWhatToChange() {
        String v1WithDicom = GOOD.replace("""
                  } ]
                }
                """, """
                  } ],
                  "dicom" : [ ]
                }
                """);
        assertThat(problems(v1WithDicom)).containsExactly(new Problem(21, "\"dicom\" came with format version 2, but "
                + "the file says \"formatVersion\": 1; write 2 to declare it."));
    }

    @Test
    void malformedConformanceRowsAreRefusedAtTheirLines() {
        String bad = GOOD_V2.replace("\"dicom\" : [ ],", """
                "dicom" : [ { "sopClass" : "1.2.840.10008.05.1", "roles" : [ "SCU" ] },
                  { "sopClass" : "1.2.840.10008.5.1.4.31", "roles" : [ "provider" ] },
                  { "sopClass" : "1.2.840.10008.5.1.4.31", "roles" : [ ] } ],""")
                .replace("\"hl7\" : [ ],", """
                "hl7" : [ { "message" : "ORU-R01", "version" : "v2.5", "direction" : "sideways" } ],""");
        assertThat(problems(bad)).containsExactly(
                new Problem(22, "\"sopClass\" of item 1 of \"dicom\" is \"1.2.840.10008.05.1\", which is not a DICOM "
                        + "UID: digits and dots, no component with a leading zero, at most 64 characters (DICOM PS3.5 9.1)."),
                new Problem(23, "\"provider\" in \"roles\" of item 2 of \"dicom\" is not a role; use SCU, SCP."),
                new Problem(24, "\"roles\" of item 3 of \"dicom\" is empty: name at least one of SCU, SCP."),
                new Problem(26, "\"message\" of item 1 of \"hl7\" is \"ORU-R01\"; it must be a message type with "
                        + "trigger event, such as ORU^R01."),
                new Problem(26, "\"version\" of item 1 of \"hl7\" is \"v2.5\"; it must be an HL7 v2 version number, "
                        + "such as 2.5.1."),
                new Problem(26, "\"direction\" of item 1 of \"hl7\" is \"sideways\"; it must be \"send\" or "
                        + "\"receive\"."));
    }

    @Test
    void aWholeStatementSurvivesTheRoundTrip() {
        IntegrationStatement pacs = Statements.pacs();
        assertThat(StatementJson.read(StatementJson.write(pacs))).isEqualTo(pacs);
        IntegrationStatement odd = new IntegrationStatement("Ünïcødé \"quoted\" <b>", "Line\nbreak", "1.0 β",
                pacs.date(), "Rev. 2", new StatementLinks("javascript:alert(1)", "", "https://x.example/?a=1&b=2"),
                List.of(profile("not-a-profile", actor("Ghost", "", "x")), profile("ct")));
        assertThat(StatementJson.read(StatementJson.write(odd))).isEqualTo(odd);
    }

    @Test
    void optionalFieldsMayBeLeftOutAndABomIsIgnored() {
        String minimal = "\uFEFF" + GOOD.replace("  \"revision\" : \"\",\n", "")
                .replaceAll("(?s)  \"links\" : \\{.*?},\n", "");
        assertThat(StatementJson.read(minimal)).isEqualTo(StatementJson.read(GOOD));
    }

    @Test
    void truncatedJsonIsRefusedAtTheLineWhereItEnds() {
        String truncated = GOOD.substring(0, GOOD.indexOf("\"Time Client\""));
        assertThat(problems(truncated)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(17);
            assertThat(p.message()).startsWith("This is not valid JSON: Unexpected end-of-input");
        });
    }

    @Test
    void aNumberWhereAStringBelongsIsRefusedAtItsLine() {
        assertThat(problems(GOOD.replace("\"Northwind Imaging\"", "42")))
                .containsExactly(new Problem(4, "\"vendor\" must be a string, not a number."));
        assertThat(problems(GOOD.replace("[ \"SNTP\" ]", "[ \"SNTP\", true ]")))
                .containsExactly(new Problem(18, "Item 2 of \"options\" must be a string, not true or false."));
    }

    @Test
    void aBadDateIsRefusedAtItsLine() {
        assertThat(problems(GOOD.replace("2026-03-01", "01/03/2026"))).containsExactly(new Problem(7,
                "\"date\" must be a date written yyyy-MM-dd, such as 2026-03-01; \"01/03/2026\" is not."));
        assertThat(problems(GOOD.replace("2026-03-01", "2026-02-30"))).extracting(Problem::line).containsExactly(7);
    }

    @Test
    void anUnknownFieldIsRefusedAtItsLine() {
        assertThat(problems(GOOD.replace("\"actor\" : \"Time Client\",", "\"actor\" : \"Time Client\", \"tfVersion\" : 19,")))
                .containsExactly(new Problem(17, "\"tfVersion\" is not a field of item 1 of \"actors\"."));
    }

    @Test
    void aMissingOrBlankVendorIsRefused() {
        assertThat(problems(GOOD.replace("  \"vendor\" : \"Northwind Imaging\",\n", "")))
                .containsExactly(new Problem(1, "The field \"vendor\" is missing."));
        assertThat(problems(GOOD.replace("\"Northwind Imaging\"", "\"  \"")))
                .containsExactly(new Problem(4, "\"vendor\" is empty."));
    }

    @Test
    void everyProblemIsListedByLineInTheMessage() {
        String twoWrong = GOOD.replace("2026-03-01", "soon").replace("\"formatVersion\" : 1", "\"formatVersion\" : 3");
        assertThatThrownBy(() -> StatementJson.read(twoWrong)).isInstanceOf(StatementFormatException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 3: \"formatVersion\" is 3, but this version of RSP Navigator reads format versions 1 "
                        + "and 2 only.\nline 7: \"date\" must be a date written yyyy-MM-dd, such as 2026-03-01; \"soon\" is not.");
    }

    @Test
    void otherFilesAreRefusedForWhatTheyAre() {
        assertThat(problems(GOOD.replace("rsp-navigator/ihe-integration-statement", "rsp-navigator/rfp")))
                .containsExactly(new Problem(2, "This is not an RSP Navigator Integration Statement file: \"format\" is "
                        + "\"rsp-navigator/rfp\", where \"rsp-navigator/ihe-integration-statement\" was expected."));
        assertThat(problems("")).containsExactly(new Problem(1, "The file is empty: it should hold one JSON object, "
                + "the statement."));
        assertThat(problems("[1, 2]")).containsExactly(new Problem(1, "The statement must be an object, not an array."));
        assertThat(problems(GOOD + "{}")).containsExactly(new Problem(22, "There is more after the statement's closing "
                + "brace; the file should hold one JSON object only."));
        assertThat(problems(GOOD.replace("\"revision\" : \"\"", "\"version\" : \"8\"")).getFirst().message())
                .startsWith("This is not valid JSON: Duplicate Object property \"version\"");
    }

    private static List<Problem> problems(String json) {
        try {
            StatementJson.read(json);
        } catch (StatementFormatException e) {
            return e.problems();
        }
        throw new AssertionError("read without complaint: " + json);
    }
}
