package org.rspnavigator.procurement.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rspnavigator.procurement.response.Answer;
import org.rspnavigator.procurement.response.BidderAnswer;
import org.rspnavigator.procurement.response.BidderResponse;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.statement.BidderMatrix;
import org.rspnavigator.procurement.statement.Fit;
import org.rspnavigator.procurement.statement.GapRow;

/**
 * The evaluation of every bidder of a project: its answers, the evidence of its statements, the
 * evaluators' scores, the weighted total and the knock-outs it fails.
 *
 * <p>The rules, which the evaluation report states as they are:
 * <ul>
 * <li>A bidder is evaluated on the requirements of the systems it bids for (its statements say
 * which; a bidder who submitted none bids for all).</li>
 * <li>A requirement's score is the mean of the evaluators' scores (0 to {@value Score#MAX}); one not
 * yet scored counts as 0, so that a total never looks better for being incomplete.</li>
 * <li>The weighted total is the sum of weight × score over the sum of weight × {@value Score#MAX},
 * in percent.</li>
 * <li>A knock-out requirement is failed when the bidder gives no answer, answers No, Partial or
 * Roadmap, or every evaluator who scored it gave 0 (which is how evaluators refuse a "Not
 * applicable" or a "Comply" the evidence contradicts). A bidder failing any knock-out does not
 * qualify, whatever its total.</li>
 * <li>Evaluators disagree on a requirement when their scores are {@value #DISAGREEMENT} or more
 * apart: to be discussed at the moderation meeting.</li>
 * </ul>
 *
 * @param requirements the requirements of the revision evaluated, in print order
 * @param bidders      every bidder with statements or answers, by name
 * @param evaluators   everyone who scored, by user name
 * @param plan         the weights and knock-outs applied
 */
public record Evaluation(List<Requirement> requirements, List<BidderResult> bidders, List<String> evaluators,
        EvaluationPlan plan) {

    /** How far apart two evaluators' scores of one answer are before they are said to disagree. */
    public static final int DISAGREEMENT = 2;

    public Evaluation {
        requirements = List.copyOf(requirements);
        bidders = List.copyOf(bidders);
        evaluators = List.copyOf(evaluators);
        Objects.requireNonNull(plan, "plan");
    }

    /**
     * One bidder against one requirement.
     *
     * @param bid      whether the bidder bids for the requirement's system
     * @param check    its answer beside its statements' evidence
     * @param scores   the evaluators' scores, by evaluator
     * @param knockOut why the bidder fails the requirement as a knock-out, if it is one and does
     */
    public record Line(Requirement requirement, int weight, boolean knockOutRequirement, boolean bid,
            AnswerCheck check, List<Score> scores, Optional<String> knockOut) {

        public Line {
            Objects.requireNonNull(requirement, "requirement");
            Objects.requireNonNull(check, "check");
            scores = List.copyOf(scores);
            Objects.requireNonNull(knockOut, "knockOut");
        }

        /** The answer, if the bidder gave one. */
        public Optional<BidderAnswer> answer() {
            return check.answer();
        }

        /** What the bidder's statements show, if it submitted any. */
        public Optional<Fit> fit() {
            return check.evidence().map(GapRow::fit);
        }

        /** The mean of the evaluators' scores; empty when nobody scored it. */
        public OptionalDouble mean() {
            return scores.stream().mapToInt(Score::value).average();
        }

        /** How far apart the highest and the lowest score are; 0 with fewer than two scores. */
        public int spread() {
            return scores.isEmpty() ? 0
                    : scores.stream().mapToInt(Score::value).max().getAsInt()
                            - scores.stream().mapToInt(Score::value).min().getAsInt();
        }

        /** Whether the evaluators' scores are {@value Evaluation#DISAGREEMENT} or more apart. */
        public boolean disputed() {
            return spread() >= DISAGREEMENT;
        }

        /** The evaluator's score, if they gave one. */
        public Optional<Score> scoreOf(String evaluator) {
            return scores.stream().filter(s -> s.evaluator().equals(evaluator)).findFirst();
        }
    }

    /**
     * One bidder's evaluation.
     *
     * @param lines   one per requirement, in the order of {@link Evaluation#requirements()}
     * @param percent the weighted total, 0 to 100
     */
    public record BidderResult(String bidder, boolean statements, boolean answered, List<Line> lines,
            double percent) {

        public BidderResult {
            Objects.requireNonNull(bidder, "bidder");
            lines = List.copyOf(lines);
        }

        /** The lines of the systems the bidder bids for. */
        public List<Line> bidLines() {
            return lines.stream().filter(Line::bid).toList();
        }

        /** The knock-out requirements the bidder fails, each with why. */
        public List<Line> knockOutsFailed() {
            return lines.stream().filter(l -> l.knockOut().isPresent()).toList();
        }

        /** Whether the bidder fails no knock-out requirement. */
        public boolean qualifies() {
            return knockOutsFailed().isEmpty();
        }

        /** How many of the requirements it bids for at least one evaluator scored. */
        public int scored() {
            return (int) bidLines().stream().filter(l -> !l.scores().isEmpty()).count();
        }

        /** The requirements where its answer and its statements disagree. */
        public List<Line> flagged() {
            return bidLines().stream().filter(l -> l.check().flag().isPresent()).toList();
        }

        /** The requirements on which the evaluators disagree. */
        public List<Line> disputed() {
            return bidLines().stream().filter(Line::disputed).toList();
        }

        /** "Qualifies" or "Fails 2 knock-outs", as every document says it. */
        public String standing() {
            int failed = knockOutsFailed().size();
            return failed == 0 ? "Qualifies" : "Fails " + failed + (failed == 1 ? " knock-out" : " knock-outs");
        }
    }

    /**
     * Evaluates every bidder of {@code evidence} (the requirements against the bidders' statements)
     * and every bidder of {@code responses} (answers by bidder name).
     */
    public static Evaluation of(BidderMatrix evidence, Map<String, BidderResponse> responses, EvaluationPlan plan,
            List<Score> scores) {
        List<Requirement> requirements = evidence.requirements();
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(evidence.bidders());
        names.addAll(responses.keySet());
        Map<String, BidderResponse> responsesByName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        responsesByName.putAll(responses);
        Map<String, Map<String, List<Score>>> byBidder = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        // Scores given under two spellings of one name ("Acme", "ACME") are the same bidder's.
        for (Score s : scores) {
            byBidder.computeIfAbsent(s.bidder(), b -> new HashMap<>()).computeIfAbsent(s.number(), n -> new ArrayList<>())
                    .add(s);
        }
        List<BidderResult> results = new ArrayList<>();
        for (String name : names) {
            int column = indexOf(evidence.bidders(), name);
            BidderResponse response = responsesByName.get(name);
            Map<String, BidderAnswer> answers = response == null ? Map.of()
                    : response.answers().stream().collect(Collectors.toMap(BidderAnswer::number, Function.identity(),
                            (a, b) -> a));
            Map<String, List<Score>> scored = byBidder.getOrDefault(name, Map.of());
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < requirements.size(); i++) {
                Requirement r = requirements.get(i);
                Optional<GapRow> row = column < 0 ? Optional.empty() : Optional.of(evidence.rows().get(i).get(column));
                boolean bid = row.map(g -> g.fit() != Fit.NOT_BID).orElse(true);
                Optional<BidderAnswer> answer = Optional.ofNullable(answers.get(r.number()));
                List<Score> its = scored.getOrDefault(r.number(), List.of()).stream()
                        .sorted(Comparator.comparing(Score::evaluator)).toList();
                boolean knockOut = plan.knockOut(r);
                Optional<String> failed = bid && knockOut ? knockOutFailure(answer, its) : Optional.empty();
                lines.add(new Line(r, plan.weight(r), knockOut, bid, AnswerCheck.of(answer, row.filter(g -> bid)), its,
                        failed));
            }
            results.add(new BidderResult(name, column >= 0, response != null, lines, percent(lines)));
        }
        List<String> evaluators = scores.stream().map(Score::evaluator).distinct().sorted().toList();
        return new Evaluation(requirements, results, evaluators, plan);
    }

    private static int indexOf(List<String> names, String name) {
        for (int j = 0; j < names.size(); j++) {
            if (names.get(j).equalsIgnoreCase(name)) {
                return j;
            }
        }
        return -1;
    }

    /** Why a bid fails a knock-out requirement with {@code answer} and {@code scores}, if it does. */
    static Optional<String> knockOutFailure(Optional<BidderAnswer> answer, List<Score> scores) {
        if (answer.isEmpty()) {
            return Optional.of("No answer.");
        }
        Answer a = answer.get().answer();
        if (a == Answer.NO || a == Answer.PARTIAL) {
            return Optional.of("Answers " + a.label() + ".");
        }
        if (a == Answer.ROADMAP) {
            return Optional.of("Answers Roadmap" + answer.get().roadmapDate().map(d -> " (" + d + ")").orElse("")
                    + ": not in the version offered.");
        }
        if (!scores.isEmpty() && scores.stream().allMatch(s -> s.value() == 0)) {
            return Optional.of("Answers " + a.label() + "; every evaluator scored it 0.");
        }
        return Optional.empty();
    }

    /** Sum of weight × mean score over sum of weight × the highest score, in percent; unscored lines count 0. */
    static double percent(List<Line> lines) {
        double got = 0;
        double most = 0;
        for (Line l : lines) {
            if (!l.bid()) {
                continue;
            }
            got += l.weight() * l.mean().orElse(0);
            most += l.weight() * (double) Score.MAX;
        }
        return most == 0 ? 0 : 100 * got / most;
    }

    /** The bidders in rank order: those that qualify by total, highest first, then the others by total. */
    public List<BidderResult> ranked() {
        return bidders.stream().sorted(Comparator.comparing((BidderResult b) -> !b.qualifies())
                .thenComparing(Comparator.comparingDouble(BidderResult::percent).reversed())
                .thenComparing(BidderResult::bidder, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The bidder named {@code name}, if it is evaluated. */
    public Optional<BidderResult> bidder(String name) {
        return bidders.stream().filter(b -> b.bidder().equalsIgnoreCase(name)).findFirst();
    }

    /** The weighted total as every document prints it: "72.4%". */
    public static String percentText(double percent) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", percent);
    }
}
