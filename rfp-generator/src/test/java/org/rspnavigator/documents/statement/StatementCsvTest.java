package org.rspnavigator.documents.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.procurement.statement.Statements.CATALOG;
import static org.rspnavigator.procurement.statement.Statements.actor;
import static org.rspnavigator.procurement.statement.Statements.profile;
import static org.rspnavigator.procurement.statement.Statements.statement;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.portfolio.Csv;
import org.rspnavigator.documents.statement.StatementFormatException.Problem;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.Statements;

class StatementCsvTest {

    @Test
    void readsAcronymsIdsQuotedOptionsBomCrlfAndBlankLines() {
        String csv = "\uFEFFProfile,Actor,OPTIONS\r\n"
                + "XDS-I.b,Imaging Document Source,\"Set of DICOM Instances; PDF Report\"\r\n"
                + "\r\n"
                + "swf-b,Image Manager/Image Archive,\r\n"
                + "xds-i-b,\"Imaging Document Consumer\", Set of DICOM Instances \r\n"
                + "atna,Secure Node,\"STX: TLS 1.2 Floor using BCP195;ATX: TLS Syslog;\"";
        assertThat(StatementCsv.read(csv, CATALOG)).containsExactly(
                profile("xds-i-b", actor("Imaging Document Source", "Set of DICOM Instances", "PDF Report"),
                        actor("Imaging Document Consumer", "Set of DICOM Instances")),
                profile("swf-b", actor("Image Manager/Image Archive")),
                profile("atna", actor("Secure Node", "STX: TLS 1.2 Floor using BCP195", "ATX: TLS Syslog")));
    }

    @Test
    void reportsEveryBadLineWithItsNumber() {
        String csv = "profile,actor,options\n"
                + "ct,Time Client,SNTP\n"
                + "XDS.c,Document Consumer,\n"
                + "kin,Image Display,\n"
                + "ct,Time Server,SNTP\n"
                + "swf-b,Image Display\n"
                + "atna,Secure Node,ATX: TLS Syslog\n";
        assertThat(problems(csv)).containsExactly(
                new Problem(3, "The catalog has no IHE profile 'XDS.c': give its catalog id (such as 'xds-b') or its "
                        + "IHE acronym (such as 'XDS.b')."),
                new Problem(5, "'SNTP' is not an option of the Time Server of CT. Its options are: Secured NTP."),
                new Problem(6, "Expected 3 fields (profile, actor, options), found 2. Separate options with ';' in one "
                        + "field, and put a field that holds a comma in double quotes."));
    }

    @Test
    void countsLinesInsideQuotedFieldsAndReportsUnknownActorsAndRepeats() {
        String csv = "profile,actor,options\r\n"
                + "ct,Time Client,\"SNTP;\r\nSecured NTP\"\r\n"
                + "ct,Time Keeper,\r\n"
                + "ct,Time Client,\r\n"
                + "ct,\"Time \"Server\",\r\n"
                + "ct,Time Server,\"SNTP\r\n";
        assertThat(problems(csv)).containsExactly(
                new Problem(4, "'Time Keeper' is not an actor of CT. Its actors are: Time Server, Time Client."),
                new Problem(5, "The Time Client of CT is already claimed on line 2."),
                new Problem(6, "This line cannot be read: text follows the closing quote of a field; a quote inside a "
                        + "quoted field is written twice (\"\")."),
                new Problem(7, "This line cannot be read: the quoted field opened on line 7 is never closed."));
    }

    @Test
    void anEmptyFileAndAFileWithOnlyTheHeaderAreRefusedClearly() {
        assertThat(problems("")).containsExactly(new Problem(1, "The file is empty: its first line should be the header "
                + "profile,actor,options, followed by one line per actor claimed."));
        assertThat(problems("\uFEFF\r\n  \r\n")).extracting(Problem::line).containsExactly(1);
        assertThat(problems("profile,actor,options\r\n")).containsExactly(new Problem(1, "The file has no claims: add "
                + "one line per actor after the header, such as: xds-b,Document Consumer,"));
        assertThat(problems("profile;actor;options\nct,Time Client,\n")).containsExactly(new Problem(1, "The first line "
                + "should be the header profile,actor,options; it is \"profile;actor;options\"."));
    }

    @Test
    void writesWhatItReads() {
        IntegrationStatement pacs = Statements.pacs();
        String csv = StatementCsv.write(pacs);
        assertThat(csv).startsWith("\uFEFFprofile,actor,options\r\nswf-b,Image Manager/Image Archive,\r\n")
                .contains("\r\natna,Secure Node,Radiology Audit Trail; STX: TLS 1.2 Floor using BCP195; ATX: TLS Syslog\r\n");
        assertThat(StatementCsv.read(csv, CATALOG)).isEqualTo(pacs.profiles());
        assertThat(Csv.parse(csv.substring(1))).hasSize(8).allSatisfy(row -> assertThat(row).hasSize(3));
    }

    @Test
    void aFormulaInACellIsWrittenGuardedAndReadBackAsWritten() {
        IntegrationStatement hostile = statement(profile("=cmd|' /C calc'!A0", actor("+SUM(A1)", "@evil", "-1", "ok, \"fine\"")));
        List<List<String>> rows = Csv.parse(StatementCsv.write(hostile).substring(1));
        assertThat(rows.get(1)).containsExactly("'=cmd|' /C calc'!A0", "'+SUM(A1)", "'@evil; -1; ok, \"fine\"");
        // Read back, the guard is gone again: the catalog is then what refuses the names.
        assertThat(problems(StatementCsv.write(hostile))).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("The catalog has no IHE profile '=cmd|' /C calc'!A0'"));
    }

    private static List<Problem> problems(String csv) {
        try {
            StatementCsv.read(csv, CATALOG);
        } catch (StatementFormatException e) {
            return e.problems();
        }
        throw new AssertionError("read without complaint: " + csv);
    }
}
