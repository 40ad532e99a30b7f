package org.rspnavigator.procurement.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.procurement.statement.Statements.CATALOG;
import static org.rspnavigator.procurement.statement.Statements.actor;
import static org.rspnavigator.procurement.statement.Statements.profile;
import static org.rspnavigator.procurement.statement.Statements.statement;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Region;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementProposer;
import org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor;
import org.rspnavigator.procurement.rfp.RfpSpec;

/** A US RIS tender: a statement that claims the accepted SWF + PIR transition meets SWF.b with transition. */
class TransitionGapTest {

    private static final GapAnalysis ANALYSIS = new GapAnalysis(CATALOG);

    private static Requirement swfB(Optional<Region> region) {
        return new RequirementProposer(CATALOG).propose(new RfpSpec("RIS 2027", "", region,
                List.of("device-to-department"), List.of(new ProcuredSystem("ris", 1, "")))).stream()
                .filter(r -> r.subject().equals(new ProfileActor("swf-b", "Department System Scheduler/Order Filler",
                        List.of("PPS Exception Management"))))
                .findFirst().orElseThrow();
    }

    private static final IntegrationStatement SWF_AND_PIR = statement(
            profile("swf", actor("Department System Scheduler/Order Filler", "PPS Exception Management")),
            profile("pir", actor("Department System Scheduler/Order Filler")));

    @Test
    void claimingTheAcceptedAlternativeIsMetWithTransitionAndTheConditionIsRepeated() {
        GapRow row = ANALYSIS.rows(List.of(SWF_AND_PIR), List.of(swfB(Optional.of(Region.US)))).getFirst();
        assertThat(row.fit()).isEqualTo(Fit.MET_WITH_TRANSITION);
        assertThat(row.explanation()).isEqualTo("Claims the accepted transition: SWF as Department System "
                + "Scheduler/Order Filler with the option 'PPS Exception Management' and PIR as Department System "
                + "Scheduler/Order Filler. Accepted provided that the bidder submits a dated plan for its migration to "
                + "IHE SWF.b, with the release that brings it.");
        assertThat(Coverage.of(List.of(row)).met()).isEqualTo(1);
    }

    @Test
    void halfTheAlternativeIsNotEnough() {
        IntegrationStatement swfOnly = statement(
                profile("swf", actor("Department System Scheduler/Order Filler", "PPS Exception Management")));
        assertThat(ANALYSIS.rows(List.of(swfOnly), List.of(swfB(Optional.of(Region.US)))).getFirst().fit())
                .isEqualTo(Fit.NOT_MET);
    }

    @Test
    void inEuropeTheSameStatementDoesNotMeetSwfB() {
        assertThat(ANALYSIS.rows(List.of(SWF_AND_PIR), List.of(swfB(Optional.of(Region.EUROPE)))).getFirst().fit())
                .isEqualTo(Fit.NOT_MET);
    }

    @Test
    void claimingSwfBItselfIsSimplyMet() {
        IntegrationStatement swfB = statement(
                profile("swf-b", actor("Department System Scheduler/Order Filler", "PPS Exception Management")));
        assertThat(ANALYSIS.rows(List.of(swfB), List.of(swfB(Optional.of(Region.US)))).getFirst().fit())
                .isEqualTo(Fit.MET);
    }
}
