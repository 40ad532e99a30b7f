package org.rspnavigator.documents.evaluation;

import static org.rspnavigator.procurement.statement.Statements.CATALOG;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rspnavigator.procurement.evaluation.Evaluation;
import org.rspnavigator.procurement.evaluation.EvaluationPlan;
import org.rspnavigator.procurement.evaluation.Score;
import org.rspnavigator.procurement.response.Answer;
import org.rspnavigator.procurement.response.BidderAnswer;
import org.rspnavigator.procurement.response.BidderResponse;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.statement.Bidder;
import org.rspnavigator.procurement.statement.BidderMatrix;
import org.rspnavigator.procurement.statement.BidderMatrixTest;
import org.rspnavigator.procurement.statement.GapAnalysis;

/**
 * The evaluation of the bidders of {@link BidderMatrixTest} (five PACS requirements of the worked
 * scenario: PACS-05, 13, 15 and 16 SHALL, PACS-25 SHOULD) and a third without statements, scored
 * by two evaluators:
 *
 * <ul>
 * <li>Northwind Imaging (statements: Not assessed, Met, Met, Partly met, Not met) answers Comply to
 * all but PACS-25 (Roadmap); its Comply to PACS-16 is contradicted, and the evaluators disagree on
 * PACS-25 (1 and 4).</li>
 * <li>Contoso Medical (Not assessed, Partly met, Not met, Met, Met) answers No to PACS-15, a
 * knock-out, and is scored high otherwise; its Comply to PACS-13 is contradicted.</li>
 * <li>Fabrikam Health submitted no statement, answers Comply throughout; bob has not scored
 * PACS-25, alice not PACS-16.</li>
 * </ul>
 *
 * The plan weighs PACS-25 3 and the privacy and security category 2, and takes PACS-05 (a DICOM
 * requirement) off the knock-outs.
 */
final class Evaluations {

    static List<Requirement> requirements;
    static BidderMatrix matrix;

    private Evaluations() {
    }

    static Evaluation scenario() {
        return scenario(List.of());
    }

    /** The scenario, with more bidders without statements who answer and are scored like Fabrikam. */
    static Evaluation scenario(List<String> moreBidders) {
        BidderMatrixTest.compare();
        requirements = BidderMatrixTest.requirements;
        List<Bidder> bidders = new ArrayList<>(BidderMatrixTest.bidders);
        matrix = new GapAnalysis(CATALOG).compare(requirements, bidders);
        Requirement pacs13 = requirement("PACS-13");
        EvaluationPlan plan = EvaluationPlan.DEFAULT.withWeight(requirement("PACS-25"), 3)
                .withCategoryWeight(pacs13.category(), 2)
                .withKnockOut(requirement("PACS-05"), false);

        Map<String, BidderResponse> responses = new LinkedHashMap<>();
        responses.put("Northwind Imaging", response(Map.of("PACS-25", Answer.ROADMAP)));
        responses.put("Contoso Medical", response(Map.of("PACS-15", Answer.NO)));
        responses.put("Fabrikam Health", response(Map.of()));
        List<Score> scores = new ArrayList<>();
        scores(scores, "Northwind Imaging", "alice", 4, 5, 5, 2, 1);
        scores(scores, "Northwind Imaging", "bob", 5, 5, 4, 2, 4);
        scores.add(new Score("Northwind Imaging", "PACS-25", "alice", 1, "Roadmap only; no date in the contract."));
        scores.removeIf(s -> s.bidder().equals("Northwind Imaging") && s.number().equals("PACS-25")
                && s.evaluator().equals("alice") && s.comment().isEmpty());
        scores.add(new Score("Northwind Imaging", "PACS-16", "bob", 2, "The statement lacks the PPS option."));
        scores.removeIf(s -> s.bidder().equals("Northwind Imaging") && s.number().equals("PACS-16")
                && s.evaluator().equals("bob") && s.comment().isEmpty());
        scores(scores, "Contoso Medical", "alice", 5, 5, 3, 5, 5);
        scores(scores, "Contoso Medical", "bob", 5, 4, 3, 5, 5);
        scores(scores, "Fabrikam Health", "alice", 4, 4, 4, -1, 3);
        scores(scores, "Fabrikam Health", "bob", 4, 3, 4, 4, -1);
        for (String name : moreBidders) {
            responses.put(name, response(Map.of()));
            scores(scores, name, "alice", 3, 3, 3, 3, 3);
            scores(scores, name, "bob", 3, 3, 3, 3, 3);
        }
        return Evaluation.of(matrix, responses, plan, scores);
    }

    /**
     * Northwind bidding for the PACS alone, on the PACS requirements and an image display's SHALL
     * requirement before them; it answers Comply but leaves PACS-13, 15 and 16 unanswered (SHALL, so
     * knock-outs); nobody has scored.
     */
    static Evaluation pacsOnly() {
        BidderMatrixTest.compare();
        requirements = BidderMatrixTest.requirements;
        Requirement display = org.rspnavigator.procurement.statement.GapAnalysisTest.all.stream()
                .filter(r -> r.system().equals("image-display"))
                .filter(r -> r.level() == org.rspnavigator.procurement.rfp.RequirementLevel.SHALL).findFirst()
                .orElseThrow();
        List<Requirement> mixed = new ArrayList<>();
        mixed.add(display);
        mixed.addAll(requirements);
        BidderMatrix m = new GapAnalysis(CATALOG).compare(mixed, List.of(new Bidder("Northwind Imaging",
                List.of(org.rspnavigator.procurement.statement.Statements.pacs()), java.util.Set.of("pacs"))));
        List<BidderAnswer> answers = List.of(new BidderAnswer("PACS-05", Answer.COMPLY, Optional.empty(), "", ""),
                new BidderAnswer("PACS-25", Answer.COMPLY, Optional.empty(), "", ""));
        return Evaluation.of(m, Map.of("Northwind Imaging", new BidderResponse(3, answers, List.of(), List.of())),
                EvaluationPlan.DEFAULT, List.of());
    }

    /**
     * Northwind on all 25 PACS requirements, answering Comply throughout, scored 0 by alice and 5 by
     * bob with a long comment each: every requirement disputed, every Comply its statement does not
     * support flagged, and every knock-out failed (alice's 0 is not every evaluator's).
     */
    static Evaluation longTables() {
        org.rspnavigator.procurement.statement.GapAnalysisTest.analyse();
        List<Requirement> pacs = org.rspnavigator.procurement.statement.GapAnalysisTest.pacsRequirements;
        BidderMatrix m = new GapAnalysis(CATALOG).compare(pacs, List.of(new Bidder("Northwind Imaging",
                List.of(org.rspnavigator.procurement.statement.Statements.pacs()))));
        List<BidderAnswer> answers = pacs.stream()
                .map(r -> new BidderAnswer(r.number(), Answer.COMPLY, Optional.empty(), "", "")).toList();
        List<Score> scores = new ArrayList<>();
        for (Requirement r : pacs) {
            scores.add(new Score("Northwind Imaging", r.number(), "alice", 0, "Not shown in the demonstration of "
                    + "12 May; the bidder's answer refers to a document that was not part of the bid. ".repeat(2)));
            scores.add(new Score("Northwind Imaging", r.number(), "bob", 5, "Shown in the reference site visit."));
        }
        return Evaluation.of(m, Map.of("Northwind Imaging", new BidderResponse(3, answers, List.of(), List.of())),
                EvaluationPlan.DEFAULT, scores);
    }

    static Requirement requirement(String number) {
        return requirements.stream().filter(r -> r.number().equals(number)).findFirst().orElseThrow();
    }

    /** Comply to every requirement but those given. */
    private static BidderResponse response(Map<String, Answer> otherwise) {
        List<BidderAnswer> answers = requirements.stream().map(r -> {
            Answer a = otherwise.getOrDefault(r.number(), Answer.COMPLY);
            return new BidderAnswer(r.number(), a, a == Answer.ROADMAP ? Optional.of(LocalDate.of(2027, 6, 30))
                    : Optional.empty(), "", "");
        }).toList();
        return new BidderResponse(3, answers, List.of(), List.of());
    }

    /** One score per requirement in order; -1 for none. */
    private static void scores(List<Score> scores, String bidder, String evaluator, int... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] >= 0) {
                scores.add(new Score(bidder, requirements.get(i).number(), evaluator, values[i], ""));
            }
        }
    }
}
