package org.rspnavigator.documents.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rspnavigator.procurement.statement.Fit.MET;
import static org.rspnavigator.procurement.statement.Fit.NOT_ASSESSED;
import static org.rspnavigator.procurement.statement.Fit.NOT_MET;
import static org.rspnavigator.procurement.statement.Fit.PARTLY_MET;
import static org.rspnavigator.procurement.statement.Statements.CATALOG;
import static org.rspnavigator.procurement.statement.Statements.actor;
import static org.rspnavigator.procurement.statement.Statements.profile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.pdf.VeraPdf;
import org.rspnavigator.documents.portfolio.Csv;
import org.rspnavigator.documents.rfp.Pdfs;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementOrigin;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.statement.Bidder;
import org.rspnavigator.procurement.statement.BidderMatrix;
import org.rspnavigator.procurement.statement.Coverage;
import org.rspnavigator.procurement.statement.GapAnalysisTest;
import org.rspnavigator.procurement.statement.GapRow;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.StatementLinks;
import org.rspnavigator.procurement.statement.Statements;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Two bidders on five PACS requirements of the worked scenario (GapAnalysisTest): Northwind with
 * one PACS, Contoso with an archive and a separate security gateway whose claims count together.
 */
class BidderMatricesTest {

    private static final BidderMatrices MATRICES = new BidderMatrices(CATALOG);

    static List<Requirement> requirements;
    static List<Bidder> bidders;
    private static BidderMatrix matrix;

    @BeforeAll
    static void build() {
        GapAnalysisTest.analyse();
        requirements = List.of("PACS-05", "PACS-13", "PACS-15", "PACS-16", "PACS-25").stream()
                .map(GapAnalysisTest::requirement).toList();
        IntegrationStatement archive = new IntegrationStatement("Contoso Medical", "Contoso Archive", "12",
                Statements.pacs().date(), "", StatementLinks.none(), List.of(
                        profile("swf-b", actor("Image Manager/Image Archive", "Availability of PPS-Referenced Instances")),
                        profile("rem-nm", actor("Image Manager/Image Archive"))));
        IntegrationStatement gateway = new IntegrationStatement("Contoso Medical", "Contoso Secure Gateway", "3.1",
                Statements.pacs().date(), "", StatementLinks.none(), List.of(
                        profile("atna", actor("Secure Node", "Radiology Audit Trail"))));
        bidders = List.of(new Bidder("Northwind Imaging", List.of(Statements.pacs())),
                new Bidder("Contoso Medical", List.of(archive, gateway)));
        matrix = MATRICES.build(requirements, bidders);
    }

    @Test
    void eachCellIsARequirementAgainstTheUnionOfABiddersClaims() {
        assertThat(matrix.requirements()).isEqualTo(requirements);
        assertThat(matrix.bidders()).containsExactly("Northwind Imaging", "Contoso Medical");
        assertThat(matrix.rows()).extracting(row -> row.stream().map(GapRow::fit).toList()).containsExactly(
                List.of(NOT_ASSESSED, NOT_ASSESSED),
                List.of(MET, PARTLY_MET),
                List.of(MET, NOT_MET),
                List.of(PARTLY_MET, MET),
                List.of(NOT_MET, MET));
        assertThat(matrix.rows().get(1).get(1).explanation()).isEqualTo("Claims Secure Node of ATNA (in Contoso Secure "
                + "Gateway 3.1) without the options 'STX: TLS 1.2 Floor using BCP195' and 'ATX: TLS Syslog'.");
    }

    @Test
    void totalsCountShallRequirementsAndAllRequirementsPerBidder() {
        assertThat(matrix.shallTotals()).containsExactly(new Coverage(2, 1, 0, 1), new Coverage(1, 1, 1, 1));
        assertThat(matrix.allTotals()).containsExactly(new Coverage(2, 1, 1, 1), new Coverage(2, 1, 1, 1));
    }

    @Test
    void theCsvReadsBackCellByCell() {
        byte[] csv = MATRICES.csv(matrix);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = Csv.parse(text.substring(1));
        assertThat(rows).hasSize(8);
        assertThat(rows.getFirst()).containsExactly("No.", "Level", "Requirement", "Northwind Imaging", "Contoso Medical");
        assertThat(rows.get(4)).containsExactly("PACS-16", "SHALL", requirements.get(3).text(), "Partly met", "Met");
        assertThat(rows.get(5)).containsExactly("PACS-25", "SHOULD", requirements.get(4).text(), "Not met", "Met");
        assertThat(rows.get(6)).containsExactly("", "SHALL", "SHALL requirements met, of those assessed",
                "2 of 3 (66%); 1 not assessed", "1 of 3 (33%); 1 not assessed");
        assertThat(rows.get(7)).containsExactly("", "All", "All requirements met, of those assessed",
                "2 of 4 (50%); 1 not assessed", "2 of 4 (50%); 1 not assessed");
    }

    @Test
    void theCsvGuardsFormulas() {
        List<Requirement> hostile = new ArrayList<>(requirements);
        hostile.add(new Requirement("=1+1", RequirementLevel.MAY, "pacs", "data",
                new RequirementSubject.StandardSupport("dicom-sr"), "=HYPERLINK(\"https://evil.example\",\"x\")", "",
                RequirementOrigin.PLANNER));
        BidderMatrix m = MATRICES.build(hostile, List.of(new Bidder("@Bidder", List.of())));
        List<List<String>> rows = Csv.parse(new String(MATRICES.csv(m), StandardCharsets.UTF_8).substring(1));
        assertThat(rows.getFirst().get(3)).isEqualTo("'@Bidder");
        assertThat(rows.get(6)).containsExactly("'=1+1", "MAY", "'=HYPERLINK(\"https://evil.example\",\"x\")",
                "Not assessed");
    }

    @Test
    void thePdfIsLandscapeTaggedAndShowsBiddersAndTotals() {
        byte[] pdf = MATRICES.pdf(matrix, "Imaging renewal 2027");
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
        Pdfs.assertTaggedWithEmbeddedFonts(pdf, 842f, 595f);
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Bidder comparison: IHE Integration Statements Imaging renewal 2027",
                "Bidder SHALL requirements met All requirements met",
                "Northwind Imaging 2 of 3 (66%); 1 not assessed 2 of 4 (50%); 1 not assessed",
                "Contoso Medical 1 of 3 (33%); 1 not assessed 2 of 4 (50%); 1 not assessed",
                "No. Level Requirement Northwind Imaging Contoso Medical",
                "PACS-16 SHALL " + requirements.get(3).text() + " Partly met Met",
                "SHALL requirements met 2 of 3 (66%); 1 not assessed 1 of 3 (33%); 1 not assessed");
    }

    @Test
    void thirtyBiddersWithLongNamesAreComparedSixToATableUnderTheirKeys() {
        List<Bidder> many = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String name = String.format("Bidder %02d ", i) + "Northwind Imaging Systems and Integration Services "
                    .repeat(4);
            many.add(new Bidder(name.substring(0, 200), i % 2 == 0 ? List.of(Statements.pacs()) : List.of()));
        }
        BidderMatrix big = MATRICES.build(requirements, many);
        byte[] pdf = MATRICES.pdf(big, "Imaging renewal 2027");
        Pdfs.assertTaggedWithEmbeddedFonts(pdf, 842f, 595f);
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Key Bidder SHALL requirements met All requirements met",
                "B1 " + many.get(0).name() + " 0 of 3 (0%)", "B30 " + many.get(29).name() + " 2 of 3 (66%)",
                "Requirements, bidders B1 to B6 of 30 No. Level Requirement B1 B2 B3 B4 B5 B6 PACS-05",
                "Requirements, bidders B25 to B30 of 30 No. Level Requirement B25 B26 B27 B28 B29 B30 PACS-05");
        // The first group follows the totals; each further group starts a page of its own.
        assertThat(Pdfs.pages(pdf)).filteredOn(p -> p.startsWith("Requirements, bidders"))
                .extracting(p -> p.substring(0, p.indexOf(" of 30"))).containsExactly("Requirements, bidders B7 to B12",
                        "Requirements, bidders B13 to B18", "Requirements, bidders B19 to B24",
                        "Requirements, bidders B25 to B30");
    }

    @Test
    void biddersNeedNamesOfTheirOwn() {
        assertThatThrownBy(() -> MATRICES.build(requirements, List.of(new Bidder("A", List.of()),
                new Bidder("A ", List.of())))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MATRICES.build(requirements, List.of(new Bidder(" ", List.of()))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
