package org.rspnavigator.documents.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.procurement.statement.Statements.profile;
import static org.rspnavigator.procurement.statement.Statements.actor;
import static org.rspnavigator.procurement.statement.Statements.CATALOG;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.statement.UnclaimedGrouping;
import org.rspnavigator.documents.pdf.VeraPdf;
import org.rspnavigator.documents.rfp.Pdfs;
import org.rspnavigator.procurement.statement.GapAnalysis;
import org.rspnavigator.procurement.statement.GapAnalysisTest;
import org.rspnavigator.procurement.statement.GapReport;
import org.rspnavigator.procurement.statement.GapRow;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.StatementLinks;
import org.rspnavigator.procurement.statement.Statements;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class GapReportPdfTest {

    static GapReport report;
    private static byte[] pdf;

    @BeforeAll
    static void render() {
        GapAnalysisTest.analyse();
        report = new GapAnalysis(CATALOG).analyse("Imaging renewal 2027 (revision 3)", Statements.pacs(),
                GapAnalysisTest.pacsRequirements);
        pdf = new GapReportPdf(CATALOG).render(report);
    }

    @Test
    void passesVeraPdfForPdfUa1AndPdfA3u() {
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
        Pdfs.assertTaggedA4WithEmbeddedFonts(pdf);
    }

    @Test
    void opensWithWhatWasComparedAndTheShallCoverage() {
        List<String> pages = Pdfs.pages(pdf);
        assertThat(pages.getFirst()).startsWith("Gap report: IHE Integration Statement Imaging renewal 2027 "
                + "(revision 3) Statement Northwind Imaging — Northwind PACS 7.2 Statement date 1 March 2026, revision 3 "
                + "Catalog edition ")
                .contains("Summary 17% of all SHALL requirements are met. " + report.summary(RequirementLevel.SHALL)
                        + " SHALL requirements not fully met: PACS-10, PACS-16 (partly met), PACS-18, PACS-19, PACS-20, "
                        + "PACS-21, PACS-22, PACS-23, PACS-24.",
                        "Level Requirements Met Partly met Not met Not assessed Met of all",
                        "SHALL 23 4 1 8 10 17%", "SHOULD 2 0 0 1 1 0%", "MAY 0 0 0 0 0 0%",
                        "Percentages are of all the requirements at each level, those not assessed included, rounded down.");
        assertThat(report.summary(RequirementLevel.SHALL)).isEqualTo("SHALL requirements met: 4 of 23 (17%); "
                + "1 partly met, 8 not met, 10 not assessed; 13 of the 23 could be assessed.");
        assertThat(Pdfs.outline(pdf)).containsExactly("Gap report: IHE Integration Statement",
                "Gap report: IHE Integration Statement > Summary", "Gap report: IHE Integration Statement > Requirements");
    }

    @Test
    void listsEveryRequirementWithLevelFitAndExplanation() {
        assertThat(Pdfs.text(pdf)).contains("No. Level Requirement Fit Explanation");
        // Compared without white space: a line broken after "X-" or "Manager/" is read back with a space there.
        String text = Pdfs.text(pdf).replaceAll("\\s", "");
        for (GapRow row : report.rows()) {
            assertThat(text).contains((row.requirement().number() + row.requirement().level() + row.requirement().text()
                    + row.fit().label() + row.explanation()).replaceAll("\\s", ""));
        }
    }

    @Test
    void vendorTextIsEscaped() {
        IntegrationStatement hostile = new IntegrationStatement(Statements.SCRIPT, "<i>x</i>", "&amp;",
                Statements.pacs().date(), "", StatementLinks.none(), List.of());
        byte[] bad = new GapReportPdf(CATALOG).render(new GapAnalysis(CATALOG).analyse("<b>RFP</b>", hostile,
                GapAnalysisTest.pacsRequirements));
        assertThat(Pdfs.text(bad)).contains("<b>RFP</b>", Statements.SCRIPT + " — <i>x</i> &amp;");
        assertThat(VeraPdf.failures(bad, PDFAFlavour.PDFUA_1)).isEmpty();
    }
    @Test
    void listsTheRequiredGroupingsTheStatementLeavesUnclaimed() {
        IntegrationStatement noClock = Statements.statement(profile("atna", actor("Secure Node",
                "STX: TLS 1.2 Floor using BCP195", "ATX: TLS Syslog")));
        GapReport gaps = new GapAnalysis(CATALOG).analyse("Clock check", noClock, GapAnalysisTest.pacsRequirements);
        assertThat(gaps.unclaimedGroupings()).extracting(UnclaimedGrouping::sentence)
                .containsExactly("The Secure Node of ATNA must be grouped with the Time Client of CT.");
        assertThat(Pdfs.text(new GapReportPdf(CATALOG).render(gaps))).contains("Required groupings not claimed",
                "The Secure Node of ATNA must be grouped with the Time Client of CT.");
        assertThat(new GapAnalysis(CATALOG).analyse("Clock check", Statements.statement(profile("atna",
                actor("Secure Node")), profile("ct", actor("Time Client"))), GapAnalysisTest.pacsRequirements)
                .unclaimedGroupings()).isEmpty();
    }
}
