package org.rspnavigator.webapp.rfp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rspnavigator.procurement.evaluation.Evaluation;
import org.rspnavigator.procurement.evaluation.EvaluationPlan;
import org.rspnavigator.procurement.evaluation.Score;
import org.rspnavigator.procurement.response.BidderAnswer;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.platform.web.Attachments;
import org.springframework.http.ResponseEntity;
import org.rspnavigator.webapp.platform.WorkNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The evaluation of a project's bids: the planner's weights and knock-outs, the evaluators' scores,
 * and the result, each bidder's answers beside its statements' evidence with its weighted total.
 */
@RestController
@Tag(name = "Evaluation")
@RequestMapping(RfpController.RFP + "/projects/{projectId}")
class EvaluationController {

    private final RfpEvaluationService evaluation;

    EvaluationController(RfpEvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    /**
     * Weights (0 to 100) by category slug and by requirement number, and the requirements whose
     * knock-out differs from the default (every SHALL, and nothing else).
     *
     * @param version the version to send back with a change; a colleague's save in between refuses it
     */
    record PlanJson(long version, Map<String, Integer> categoryWeights, Map<String, Integer> requirementWeights,
            Map<String, Boolean> knockOuts) {
    }

    /** What a planner sends: the whole plan; what it leaves out is at its default. */
    record PlanRequest(Map<String, Integer> categoryWeights, Map<String, Integer> requirementWeights,
            Map<String, Boolean> knockOuts) {
        EvaluationPlan toPlan() {
            return new EvaluationPlan(categoryWeights, requirementWeights, knockOuts);
        }
    }

    @GetMapping("/evaluation/plan")
    PlanJson plan(@PathVariable long projectId) {
        AccountPrincipal user = CurrentUser.require();
        EvaluationPlan p = evaluation.plan(user, projectId);
        return new PlanJson(evaluation.planVersion(user, projectId), p.categoryWeights(), p.requirementWeights(),
                p.knockOuts());
    }

    /** Replaces the weights and knock-outs; {@code 409} when a colleague saved them since {@code version}. */
    @PutMapping("/evaluation/plan")
    PlanJson savePlan(@PathVariable long projectId, @RequestParam long version, @RequestBody PlanRequest plan) {
        AccountPrincipal user = CurrentUser.require();
        evaluation.savePlan(user, projectId, version, plan.toPlan());
        return plan(projectId);
    }

    /** @param score 0 (not met) to 5 (fully met) */
    record ScoreJson(String bidder, String number, String evaluator, int score, String comment) {
        static ScoreJson of(Score s) {
            return new ScoreJson(s.bidder(), s.number(), s.evaluator(), s.value(), s.comment());
        }
    }

    /** What an evaluator sends: their own score of one bidder's answer to one requirement. */
    record ScoreRequest(String bidder, String number, Integer score, String comment) {
    }

    /** Every evaluator's scores. */
    @GetMapping("/evaluation/scores")
    List<ScoreJson> scores(@PathVariable long projectId) {
        return evaluation.scores(CurrentUser.require(), projectId).stream().map(ScoreJson::of).toList();
    }

    /** The caller's score, in place of their own before; every score is kept in the audit trail. */
    @PutMapping("/evaluation/scores")
    ScoreJson score(@PathVariable long projectId, @RequestBody ScoreRequest request) {
        if (request.score() == null || request.number() == null) {
            throw new IllegalArgumentException("A score needs the bidder, the requirement's number and a score from 0 "
                    + "to " + Score.MAX + ".");
        }
        return ScoreJson.of(evaluation.score(CurrentUser.require(), projectId, request.bidder(), request.number(),
                request.score(), request.comment()));
    }

    /** Withdraws the caller's own score of one bidder's answer ({@code 204}); {@code 404} when they gave none. */
    @DeleteMapping("/evaluation/scores")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unscore(@PathVariable long projectId, @RequestParam String bidder, @RequestParam String number) {
        if (!evaluation.unscore(CurrentUser.require(), projectId, bidder, number)) {
            throw new WorkNotFoundException("score of " + bidder + ", requirement", number);
        }
    }

    /**
     * One requirement for one bidder: its answer, what its statements show (a fit slug; null without
     * statements), whether they disagree, and the evaluators' scores.
     */
    record LineJson(String number, String system, String level, int weight, boolean knockOut, boolean bid,
            String answer, LocalDate roadmapDate, String evidenceReference, String comment, String fit,
            String evidence, String flag, String flagMessage, Double mean, int spread, Map<String, Integer> scores,
            String knockOutFailure) {
        static LineJson of(Evaluation.Line l) {
            BidderAnswer a = l.answer().orElse(null);
            return new LineJson(l.requirement().number(), l.requirement().system(), l.requirement().level().slug(),
                    l.weight(), l.knockOutRequirement(), l.bid(), a == null ? null : a.answer().slug(),
                    a == null ? null : a.roadmapDate().orElse(null), a == null ? null : a.evidence(),
                    a == null ? null : a.comment(), l.fit().map(f -> f.slug()).orElse(null),
                    l.check().evidence().map(g -> g.explanation()).orElse(null),
                    l.check().flag().map(f -> f.slug()).orElse(null),
                    l.check().message().isEmpty() ? null : l.check().message(),
                    l.mean().isPresent() ? l.mean().getAsDouble() : null, l.spread(),
                    l.scores().stream().collect(Collectors.toMap(Score::evaluator, Score::value)),
                    l.knockOut().orElse(null));
        }
    }

    /** @param percent the weighted total, 0 to 100; unscored requirements count 0 */
    record BidderJson(int rank, String bidder, double percent, String standing, boolean qualifies, boolean statements,
            boolean answered, int scored, int bid, int flagged, int disputed, List<LineJson> lines) {
    }

    record EvaluationJson(List<String> evaluators, List<BidderJson> bidders) {
    }

    /** Every bidder in rank order: those that qualify by weighted total, then those failing a knock-out. */
    @GetMapping("/evaluation")
    EvaluationJson evaluation(@PathVariable long projectId) {
        Evaluation e = evaluation.evaluation(CurrentUser.require(), projectId);
        List<Evaluation.BidderResult> ranked = e.ranked();
        List<BidderJson> bidders = new java.util.ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Evaluation.BidderResult b = ranked.get(i);
            bidders.add(new BidderJson(i + 1, b.bidder(), Math.round(b.percent() * 10) / 10.0, b.standing(),
                    b.qualifies(), b.statements(), b.answered(), b.scored(), b.bidLines().size(), b.flagged().size(),
                    b.disputed().size(), b.lines().stream().map(LineJson::of).toList()));
        }
        return new EvaluationJson(e.evaluators(), bidders);
    }

    /** The evaluation as CSV for a spreadsheet. */
    @GetMapping("/evaluation.csv")
    ResponseEntity<byte[]> csv(@PathVariable long projectId) {
        return Attachments.of(evaluation.csv(CurrentUser.require(), projectId));
    }

    /** The evaluation as a workbook: summary, scores and rules. */
    @GetMapping("/evaluation.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long projectId) {
        return Attachments.of(evaluation.xlsx(CurrentUser.require(), projectId));
    }

    /** The evaluation report: tagged PDF (PDF/UA-1, PDF/A-3u) for the evaluation file. */
    @GetMapping("/evaluation.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long projectId) {
        return Attachments.of(evaluation.pdf(CurrentUser.require(), projectId));
    }
}
