package org.rspnavigator.procurement.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rspnavigator.procurement.statement.Fit.MET;
import static org.rspnavigator.procurement.statement.Fit.NOT_ASSESSED;
import static org.rspnavigator.procurement.statement.Fit.NOT_MET;
import static org.rspnavigator.procurement.statement.Fit.PARTLY_MET;
import static org.rspnavigator.procurement.statement.Statements.CATALOG;
import static org.rspnavigator.procurement.statement.Statements.actor;
import static org.rspnavigator.procurement.statement.Statements.profile;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.procurement.rfp.Requirement;

/**
 * Two bidders on five PACS requirements of the worked scenario (GapAnalysisTest): Northwind with
 * one PACS, Contoso with an archive and a separate security gateway whose claims count together.
 */
public class BidderMatrixTest {

    private static final GapAnalysis ANALYSIS = new GapAnalysis(CATALOG);

    public static List<Requirement> requirements;
    public static List<Bidder> bidders;
    public static BidderMatrix matrix;

    @BeforeAll
    public static void compare() {
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
        matrix = ANALYSIS.compare(requirements, bidders);
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
    void biddersNeedNamesOfTheirOwn() {
        assertThatThrownBy(() -> ANALYSIS.compare(requirements, List.of(new Bidder("A", List.of()),
                new Bidder("A ", List.of())))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ANALYSIS.compare(requirements, List.of(new Bidder(" ", List.of()))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
