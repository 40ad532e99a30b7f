package org.rspnavigator.procurement.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rspnavigator.procurement.response.Answer;
import org.rspnavigator.procurement.response.BidderAnswer;
import org.rspnavigator.procurement.response.BidderResponse;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementOrigin;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.statement.BidderMatrix;
import org.rspnavigator.procurement.statement.Coverage;
import org.rspnavigator.procurement.statement.Fit;
import org.rspnavigator.procurement.statement.GapRow;

/** The evaluation's rules, each shown on a small tender of three requirements. */
class EvaluationTest {

    private static Requirement requirement(String number, RequirementLevel level, String system, String category) {
        return new Requirement(number, level, system, category, new RequirementSubject.StandardSupport("dicom"),
                "The " + system + " " + level.label() + " support it.", "why", RequirementOrigin.PORTFOLIO);
    }

    private static final Requirement SWF = requirement("PACS-1", RequirementLevel.SHALL, "pacs", "technical-workflow");
    private static final Requirement DOSE = requirement("PACS-2", RequirementLevel.SHOULD, "pacs", "dose");
    private static final Requirement RIS = requirement("RIS-1", RequirementLevel.SHALL, "ris", "technical-workflow");
    private static final List<Requirement> REQUIREMENTS = List.of(SWF, DOSE, RIS);

    /** Alpha's statements meet PACS-1 and PACS-2 and it does not bid for the RIS; Beta's meet PACS-1 in part. */
    private static BidderMatrix evidence() {
        List<List<GapRow>> rows = List.of(
                List.of(new GapRow(SWF, Fit.MET, "Claims it."), new GapRow(SWF, Fit.PARTLY_MET, "Without the option.")),
                List.of(new GapRow(DOSE, Fit.MET, "Claims it."), new GapRow(DOSE, Fit.NOT_MET, "Claims nothing.")),
                List.of(new GapRow(RIS, Fit.NOT_BID, "Not bid."), new GapRow(RIS, Fit.MET, "Claims it.")));
        Coverage none = new Coverage(0, 0, 0, 0);
        return new BidderMatrix(REQUIREMENTS, List.of("Alpha", "Beta"), rows, List.of(none, none), List.of(none, none),
                List.of(new BidderMatrix.SystemRows("pacs", "PACS", List.of(0, 1)),
                        new BidderMatrix.SystemRows("ris", "RIS", List.of(2))),
                List.of(List.of("PACS"), List.of()));
    }

    private static BidderAnswer answer(Requirement r, Answer a) {
        return new BidderAnswer(r.number(), a, a == Answer.ROADMAP ? Optional.of(LocalDate.of(2027, 6, 30))
                : Optional.empty(), "", a == Answer.NOT_APPLICABLE ? "not offered" : "");
    }

    private static BidderResponse response(BidderAnswer... answers) {
        return new BidderResponse(1, List.of(answers), List.of(), List.of());
    }

    private static Score score(String bidder, Requirement r, String evaluator, int value) {
        return new Score(bidder, r.number(), evaluator, value, "");
    }

    @Test
    void theWeightedTotalIsTheMeanScoreTimesTheWeightOverTheMostItCouldBeAndUnscoredCountsZero() {
        EvaluationPlan plan = EvaluationPlan.DEFAULT.withCategoryWeight("technical-workflow", 3);
        Evaluation e = Evaluation.of(evidence(), Map.of("Alpha", response(answer(SWF, Answer.COMPLY),
                answer(DOSE, Answer.COMPLY))), plan, List.of(score("Alpha", SWF, "ann", 5), score("ALPHA", SWF, "bob", 4)));

        Evaluation.BidderResult alpha = e.bidder("alpha").orElseThrow();
        // Alpha does not bid for the RIS: PACS-1 (weight 3, mean 4.5) and PACS-2 (weight 1, not scored).
        assertThat(alpha.bidLines()).extracting(l -> l.requirement().number()).containsExactly("PACS-1", "PACS-2");
        assertThat(alpha.percent()).isCloseTo(100 * 3 * 4.5 / (5 * 4), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Evaluation.percentText(alpha.percent())).isEqualTo("67.5%");
        assertThat(alpha.scored()).isEqualTo(1);
        assertThat(alpha.qualifies()).isTrue();
        assertThat(e.evaluators()).containsExactly("ann", "bob");
    }

    @Test
    void everyShallIsAKnockOutByDefaultAndNoAnswerNoPartialRoadmapOrAllZeroScoresFailIt() {
        assertThat(Evaluation.knockOutFailure(Optional.empty(), List.of())).contains("No answer.");
        assertThat(Evaluation.knockOutFailure(Optional.of(answer(SWF, Answer.PARTIAL)), List.of()))
                .contains("Answers Partial.");
        assertThat(Evaluation.knockOutFailure(Optional.of(answer(SWF, Answer.ROADMAP)), List.of()))
                .contains("Answers Roadmap (2027-06-30): not in the version offered.");
        assertThat(Evaluation.knockOutFailure(Optional.of(answer(SWF, Answer.NOT_APPLICABLE)),
                List.of(score("Beta", SWF, "ann", 0), score("Beta", SWF, "bob", 0))))
                .contains("Answers Not applicable; every evaluator scored it 0.");
        assertThat(Evaluation.knockOutFailure(Optional.of(answer(SWF, Answer.NOT_APPLICABLE)),
                List.of(score("Beta", SWF, "ann", 0), score("Beta", SWF, "bob", 1)))).isEmpty();
        assertThat(Evaluation.knockOutFailure(Optional.of(answer(SWF, Answer.COMPLY)), List.of())).isEmpty();

        Evaluation e = Evaluation.of(evidence(), Map.of("Beta", response(answer(SWF, Answer.COMPLY),
                answer(DOSE, Answer.NO))), EvaluationPlan.DEFAULT, List.of());
        Evaluation.BidderResult beta = e.bidder("Beta").orElseThrow();
        // PACS-2 is a SHOULD: No to it fails nothing; RIS-1 is a SHALL Beta bids for and left unanswered.
        assertThat(beta.knockOutsFailed()).extracting(l -> l.requirement().number() + ": " + l.knockOut().orElseThrow())
                .containsExactly("RIS-1: No answer.");
        assertThat(beta.standing()).isEqualTo("Fails 1 knock-out");
        // Alpha gave no answers at all, but is not held to the RIS it does not bid for.
        assertThat(e.bidder("Alpha").orElseThrow().knockOutsFailed()).extracting(l -> l.requirement().number())
                .containsExactly("PACS-1");
    }

    @Test
    void thePlannerMayMakeAShouldAKnockOutAndReleaseAShall() {
        EvaluationPlan plan = EvaluationPlan.DEFAULT.withKnockOut(DOSE, true).withKnockOut(RIS, false);
        assertThat(plan.knockOuts()).containsOnly(Map.entry("PACS-2", true), Map.entry("RIS-1", false));
        assertThat(plan.withKnockOut(DOSE, false).knockOuts()).as("the default is not kept").containsOnlyKeys("RIS-1");
        Evaluation e = Evaluation.of(evidence(), Map.of("Beta", response(answer(SWF, Answer.COMPLY),
                answer(DOSE, Answer.NO))), plan, List.of());
        assertThat(e.bidder("Beta").orElseThrow().knockOutsFailed()).extracting(l -> l.knockOut().orElseThrow())
                .containsExactly("Answers No.");
    }

    @Test
    void answersAreHeldAgainstTheStatements() {
        Evaluation e = Evaluation.of(evidence(), Map.of("Beta", response(answer(SWF, Answer.COMPLY),
                answer(DOSE, Answer.COMPLY), answer(RIS, Answer.NO))), EvaluationPlan.DEFAULT, List.of());
        Evaluation.BidderResult beta = e.bidder("Beta").orElseThrow();
        assertThat(beta.flagged()).extracting(l -> l.requirement().number() + " " + l.check().flag().orElseThrow())
                .containsExactly("PACS-1 CONTRADICTED", "PACS-2 CONTRADICTED", "RIS-1 UNDERSTATED");
        assertThat(beta.flagged().get(0).check().message())
                .isEqualTo("Answers Comply, but its Integration Statements support it only in part: Without the option.");
        assertThat(beta.flagged().get(2).check().message())
                .isEqualTo("Answers No, but its Integration Statements claim it: Claims it.");
        // A bidder with answers and no statement has nothing to be held against.
        Evaluation gamma = Evaluation.of(evidence(), Map.of("Gamma", response(answer(SWF, Answer.COMPLY))),
                EvaluationPlan.DEFAULT, List.of());
        Evaluation.Line line = gamma.bidder("Gamma").orElseThrow().lines().get(0);
        assertThat(line.fit()).isEmpty();
        assertThat(line.check().flag()).isEmpty();
        assertThat(line.bid()).as("a bidder without statements bids for every system").isTrue();
    }

    @Test
    void evaluatorsDisagreeWhenTheirScoresAreTwoOrMoreApartAndBiddersFailingAKnockOutRankLast() {
        Evaluation e = Evaluation.of(evidence(), Map.of("Alpha", response(answer(SWF, Answer.COMPLY),
                answer(DOSE, Answer.COMPLY)), "Beta", response(answer(SWF, Answer.COMPLY), answer(DOSE, Answer.COMPLY),
                answer(RIS, Answer.NO))), EvaluationPlan.DEFAULT, List.of(score("Alpha", SWF, "ann", 1),
                score("Alpha", SWF, "bob", 3), score("Alpha", DOSE, "ann", 2), score("Alpha", DOSE, "bob", 3),
                score("Beta", SWF, "ann", 5), score("Beta", DOSE, "ann", 5), score("Beta", RIS, "ann", 5)));
        Evaluation.BidderResult alpha = e.bidder("Alpha").orElseThrow();
        assertThat(alpha.disputed()).extracting(l -> l.requirement().number() + " " + l.spread())
                .containsExactly("PACS-1 2");
        assertThat(e.bidder("Beta").orElseThrow().percent()).isGreaterThan(alpha.percent());
        assertThat(e.ranked()).extracting(Evaluation.BidderResult::bidder).containsExactly("Alpha", "Beta");
    }

    @Test
    void scoresAndPlansOutOfRangeAreRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> new Score("Alpha", "PACS-1", "ann", 6, "")).hasMessageContaining("0 (not met) to 5");
        assertThatThrownBy(() -> new Score("Alpha", "PACS-1", "ann", 3, "x".repeat(2001)))
                .hasMessageContaining("at most 2000 characters");
        EvaluationPlan bad = new EvaluationPlan(Map.of("nowhere", 2, "dose", 101), Map.of("PACS-9", 1),
                Map.of("RIS-7", true));
        assertThat(bad.problems(REQUIREMENTS)).containsExactlyInAnyOrder(
                "No requirement is listed under the category 'nowhere'.",
                "The category 'dose' needs a weight from 0 to 100; it has 101.",
                "There is no requirement PACS-9 to weigh.", "There is no requirement RIS-7 to make a knock-out.");
        assertThat(bad.keptFor(REQUIREMENTS)).isEqualTo(new EvaluationPlan(Map.of("dose", 101), Map.of(), Map.of()));
    }
}
