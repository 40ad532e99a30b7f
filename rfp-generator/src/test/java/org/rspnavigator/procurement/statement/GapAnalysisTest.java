package org.rspnavigator.procurement.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.procurement.statement.Statements.CATALOG;
import static org.rspnavigator.procurement.statement.Statements.actor;
import static org.rspnavigator.procurement.statement.Statements.profile;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Region;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementProposer;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.rfp.RfpSpec;

/**
 * The worked scenario: a hospital in Europe buys a PACS and image displays for the device to
 * department use case, and holds the PACS requirements the proposer gives it against a PACS vendor's
 * statement (see {@link Statements#pacs()} and RequirementProposerTest for the 25 PACS requirements).
 */
public class GapAnalysisTest {

    private static final GapAnalysis ANALYSIS = new GapAnalysis(CATALOG);

    public static List<Requirement> all;
    public static List<Requirement> pacsRequirements;
    private static GapReport report;

    @BeforeAll
    public static void analyse() {
        all = new RequirementProposer(CATALOG).propose(new RfpSpec("Imaging renewal 2027", "St. Example Hospital",
                Optional.of(Region.EUROPE), List.of("device-to-department"),
                List.of(new ProcuredSystem("pacs", 1, ""), new ProcuredSystem("image-display", 20, ""))));
        pacsRequirements = all.stream().filter(r -> r.system().equals("pacs")).toList();
        report = ANALYSIS.analyse("Imaging renewal 2027 (revision 3)", Statements.pacs(), pacsRequirements);
    }

    @Test
    void anActorClaimedWithoutAnOptionTheRequirementAsksForIsPartlyMet() {
        assertThat(row("PACS-16")).extracting(GapRow::fit, GapRow::explanation).containsExactly(Fit.PARTLY_MET,
                "Claims Image Manager/Image Archive of SWF.b without the option 'Availability of PPS-Referenced "
                        + "Instances'.");
    }

    @Test
    void anActorClaimedWithEveryOptionAskedForIsMet() {
        assertThat(row("PACS-13")).extracting(GapRow::fit, GapRow::explanation).containsExactly(Fit.MET,
                "Claims Secure Node of ATNA with the options 'Radiology Audit Trail', 'STX: TLS 1.2 Floor using BCP195' "
                        + "and 'ATX: TLS Syslog'.");
        assertThat(row("PACS-17").fit()).isEqualTo(Fit.MET);
        assertThat(row("PACS-15").explanation()).isEqualTo("Claims Time Client of CT.");
    }

    @Test
    void anUnclaimedActorIsNotMetAndTheExplanationSaysWhatIsClaimedInstead() {
        assertThat(row("PACS-10")).extracting(GapRow::fit, GapRow::explanation).containsExactly(Fit.NOT_MET,
                "Does not claim Image Display of KIN. It claims KIN as Image Manager/Image Archive.");
        assertThat(row("PACS-19")).extracting(GapRow::fit, GapRow::explanation).containsExactly(Fit.NOT_MET,
                "Does not claim Image Manager/Image Archive of MAMMO.");
    }

    @Test
    void aDicomStandardIsNotAssessedWithoutADicomPartAndTheExplanationPointsToTheConformanceStatement() {
        assertThat(row("PACS-05")).extracting(GapRow::fit, GapRow::explanation).containsExactly(Fit.NOT_ASSESSED,
                "The statement declares no DICOM conformance part: check DICOM CT RDSR in the product's DICOM "
                        + "conformance statement.");
    }

    @Test
    void rowsFollowTheRequirementsAndTheShallCoverageIsExact() {
        assertThat(report.title()).isEqualTo("Imaging renewal 2027 (revision 3)");
        assertThat(report.rows()).extracting(GapRow::requirement).isEqualTo(pacsRequirements);
        // 23 SHALL: met PACS-09, 13, 15, 17; partly PACS-16; not met PACS-10, 18 to 24; the 10 DICOM standards not assessed.
        assertThat(report.shall()).isEqualTo(new Coverage(4, 1, 8, 10));
        assertThat(report.shall().total()).isEqualTo(23);
        assertThat(report.shall().percentMet()).as("of all 23, not of the 13 assessed").isEqualTo(17);
        assertThat(report.summary(RequirementLevel.SHALL)).isEqualTo("SHALL requirements met: 4 of 23 (17%); "
                + "1 partly met, 8 not met, 10 not assessed; 13 of the 23 could be assessed.");
        assertThat(report.should()).isEqualTo(new Coverage(0, 0, 1, 1));
        assertThat(report.may()).isEqualTo(new Coverage(0, 0, 0, 0));
        assertThat(report.may().percentMet()).isZero();
    }

    @Test
    void aPortfolioEntryThatIsAProfileIsMetByAnyActorOfIt() {
        // The proposer asks for IHE profiles actor by actor; a planner may still ask for a profile as a standard.
        RequirementProposer proposer = new RequirementProposer(CATALOG);
        List<Requirement> entries = List.of(
                proposer.planned("IMAGE-DISPLAY-30", "image-display", RequirementLevel.SHALL,
                        new RequirementSubject.StandardSupport("ihe-cath"), Optional.empty(), ""),
                proposer.planned("IMAGE-DISPLAY-31", "image-display", RequirementLevel.SHALL,
                        new RequirementSubject.StandardSupport("ihe-echo"), Optional.empty(), ""));
        assertThat(ANALYSIS.analyse("Viewer", Statements.pacs(), entries).rows())
                .extracting(GapRow::fit, GapRow::explanation).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Fit.MET, "Claims CATH as Image Manager/Image Archive."),
                        org.assertj.core.groups.Tuple.tuple(Fit.NOT_MET, "Claims no actor of ECHO."));
    }

    @Test
    void coverageCountsOfAllAndRoundsDown() {
        Coverage c = new Coverage(2, 0, 1, 5);
        assertThat(c.total()).isEqualTo(8);
        assertThat(c.assessed()).isEqualTo(3);
        assertThat(c.percentMet()).isEqualTo(25);
        assertThat(c.metOfAll()).isEqualTo("2 of 8 (25%)");
        assertThat(c.summary("SHALL requirements")).isEqualTo("SHALL requirements met: 2 of 8 (25%); 0 partly met, "
                + "1 not met, 5 not assessed; 3 of the 8 could be assessed.");
        assertThat(new Coverage(2, 0, 1, 0).percentMet()).as("rounded down").isEqualTo(66);
        assertThat(new Coverage(0, 0, 0, 4).percentMet()).isZero();
        assertThat(new Coverage(3, 0, 0, 0).metOfAll()).isEqualTo("3 of 3 (100%)");
        assertThat(new Coverage(0, 0, 0, 0).summary(RequirementLevel.MAY)).isEqualTo("MAY requirements: none.");
    }

    @Test
    void theUnionOfSeveralStatementsNamesTheProductThatClaims() {
        IntegrationStatement archive = Statements.statement(profile("swf-b", actor("Image Manager/Image Archive")));
        IntegrationStatement workflow = new IntegrationStatement("Northwind Imaging", "Northwind Workflow", "2.0",
                archive.date(), "", StatementLinks.none(), List.of(profile("swf-b", actor("Image Manager/Image Archive",
                        "Availability of PPS-Referenced Instances"))));
        List<GapRow> rows = ANALYSIS.rows(List.of(archive, workflow), List.of(requirement("PACS-16")));
        assertThat(rows).singleElement().extracting(GapRow::fit, GapRow::explanation).containsExactly(Fit.MET,
                "Claims Image Manager/Image Archive of SWF.b (in Northwind PACS 7.2 and Northwind Workflow 2.0) with "
                        + "the option 'Availability of PPS-Referenced Instances'.");
    }

    public static Requirement requirement(String number) {
        return all.stream().filter(r -> r.number().equals(number)).findFirst().orElseThrow();
    }

    private static GapRow row(String number) {
        return report.rows().stream().filter(r -> r.requirement().number().equals(number)).findFirst().orElseThrow();
    }
}
