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
    void everyBidderBidsForAllSystemsUnlessItSaysOtherwise() {
        assertThat(matrix.bidsFor()).containsExactly(List.of(), List.of());
        assertThat(matrix.bidsForText(0)).isEqualTo("all systems");
        assertThat(matrix.systems()).containsExactly(new BidderMatrix.SystemRows("pacs", "PACS", List.of(0, 1, 2, 3, 4)));
    }

    @Test
    void aBidderIsScoredOnlyOnTheSystemsItBidsForAndRowsAreGroupedBySystem() {
        List<Requirement> displays = GapAnalysisTest.all.stream().filter(r -> r.system().equals("image-display"))
                .filter(r -> r.level() == org.rspnavigator.procurement.rfp.RequirementLevel.SHALL).limit(2).toList();
        assertThat(displays).hasSize(2);
        // A display requirement first, then the PACS ones, then another display requirement.
        List<Requirement> mixed = new java.util.ArrayList<>();
        mixed.add(displays.get(0));
        mixed.addAll(requirements);
        mixed.add(displays.get(1));
        Bidder pacsOnly = new Bidder("Northwind Imaging", List.of(Statements.pacs()), java.util.Set.of("pacs"));
        Bidder everything = new Bidder("Northwind Everything", List.of(Statements.pacs()));
        BidderMatrix m = ANALYSIS.compare(mixed, List.of(pacsOnly, everything));

        assertThat(m.rows().get(0).get(0)).extracting(GapRow::fit, GapRow::explanation).containsExactly(Fit.NOT_BID,
                "Northwind Imaging does not bid for the Image display / diagnostic viewer.");
        assertThat(m.rows().get(6).get(0).fit()).isEqualTo(Fit.NOT_BID);
        assertThat(m.rows().get(0).get(1).fit()).isNotEqualTo(Fit.NOT_BID);
        // The PACS-only bidder is scored as on the PACS requirements alone; the other also on the displays.
        assertThat(m.shallTotals().get(0)).isEqualTo(matrix.shallTotals().get(0));
        assertThat(m.allTotals().get(0)).isEqualTo(matrix.allTotals().get(0));
        assertThat(m.shallTotals().get(1).total()).isEqualTo(matrix.shallTotals().get(0).total() + 2);
        assertThat(m.bidsForText(0)).isEqualTo("PACS");
        assertThat(m.bidsForText(1)).isEqualTo("all systems");
        assertThat(m.systems()).containsExactly(
                new BidderMatrix.SystemRows("image-display", "Image display / diagnostic viewer", List.of(0, 6)),
                new BidderMatrix.SystemRows("pacs", "PACS", List.of(1, 2, 3, 4, 5)));
    }

    @Test
    void biddersNeedNamesOfTheirOwn() {
        assertThatThrownBy(() -> ANALYSIS.compare(requirements, List.of(new Bidder("A", List.of()),
                new Bidder("A ", List.of())))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ANALYSIS.compare(requirements, List.of(new Bidder(" ", List.of()))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
