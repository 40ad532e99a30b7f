package org.rspnavigator.webapp.rfp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rspnavigator.procurement.response.Answer;
import org.rspnavigator.procurement.response.BidderAnswer;
import org.rspnavigator.procurement.response.BidderResponse;
import org.rspnavigator.procurement.evaluation.EvaluationPlan;

import tools.jackson.databind.json.JsonMapper;

/**
 * How a bidder's answers and a project's evaluation plan are kept in the database: JSON with the
 * slugs and numbers of the API, read back exactly as written.
 */
final class StoredEvaluationJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record AnswerRow(String number, String response, LocalDate roadmapDate, String evidence, String comment) {
    }

    record Stored(int answeredRevision, List<AnswerRow> answers, List<String> unanswered, List<String> changed) {
        Stored {
            answers = answers == null ? List.of() : answers;
            unanswered = unanswered == null ? List.of() : unanswered;
            changed = changed == null ? List.of() : changed;
        }
    }

    record Plan(Map<String, Integer> categoryWeights, Map<String, Integer> requirementWeights,
            Map<String, Boolean> knockOuts) {
    }

    private StoredEvaluationJson() {
    }

    static String write(BidderResponse r) {
        return JSON.writeValueAsString(new Stored(r.answeredRevision(), r.answers().stream()
                .map(a -> new AnswerRow(a.number(), a.answer().slug(), a.roadmapDate().orElse(null), a.evidence(),
                        a.comment()))
                .toList(), r.unanswered(), r.changed()));
    }

    static BidderResponse read(String json) {
        Stored s = JSON.readValue(json, Stored.class);
        return new BidderResponse(s.answeredRevision(), s.answers().stream()
                .map(a -> new BidderAnswer(a.number(), Answer.of(a.response() == null ? "" : a.response()).orElseThrow(
                        () -> new IllegalStateException("a stored answer is not one of the five: " + a.response())),
                        Optional.ofNullable(a.roadmapDate()), a.evidence(), a.comment()))
                .toList(), s.unanswered(), s.changed());
    }

    static String write(EvaluationPlan plan) {
        return JSON.writeValueAsString(new Plan(plan.categoryWeights(), plan.requirementWeights(), plan.knockOuts()));
    }

    static EvaluationPlan readPlan(String json) {
        Plan p = JSON.readValue(json, Plan.class);
        return new EvaluationPlan(p.categoryWeights(), p.requirementWeights(), p.knockOuts());
    }
}
