package org.rspnavigator.documents.evaluation;

import static org.rspnavigator.markup.Markup.escape;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.rspnavigator.documents.csv.CsvWriter;
import org.rspnavigator.documents.pdf.PdfDocument;
import org.rspnavigator.documents.pdf.PdfRenderer;
import org.rspnavigator.documents.pdf.Resources;
import org.rspnavigator.documents.xlsx.XlsxWriter;
import org.rspnavigator.documents.xlsx.XlsxWriter.Column;
import org.rspnavigator.documents.xlsx.XlsxWriter.Look;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.Term;
import org.rspnavigator.procurement.evaluation.Evaluation;
import org.rspnavigator.procurement.evaluation.Evaluation.BidderResult;
import org.rspnavigator.procurement.evaluation.Evaluation.Line;
import org.rspnavigator.procurement.evaluation.EvaluationPlan;
import org.rspnavigator.procurement.evaluation.Score;
import org.rspnavigator.procurement.response.BidderAnswer;
import org.rspnavigator.procurement.rfp.Requirement;

/**
 * An {@link Evaluation} written out for the evaluation file:
 *
 * <ul>
 * <li>{@link #csv} and {@link #xlsx}: one row per bidder and requirement of the systems it bids for,
 * with its answer, what its Integration Statements show, the evaluators' scores and the knock-out it
 * fails, then each bidder's totals.</li>
 * <li>{@link #pdf}: the report a procurement board signs off, A4 landscape, tagged (PDF/UA-1,
 * PDF/A-3u): the rules the bids were evaluated by, the plan's weights and knock-outs, the ranking,
 * and per bidder what needs the board's attention.</li>
 * </ul>
 *
 * <p>Every document ranks the same way ({@link #ranks}): the bidders that qualify by weighted total,
 * equal totals sharing a rank; a bidder failing a knock-out is listed after them, without a rank.
 * Immutable and safe to share between threads.
 */
public final class EvaluationReport {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final String CSS = Resources.text(EvaluationReport.class, "evaluation.css");
    /**
     * The most rows each of a bidder's lists prints (knock-outs failed, flagged answers, disputed
     * scores); the rest are counted and left to the workbook, which lists every one. The report stays
     * a document a board reads, and its size and the memory to make it stay bounded whatever the
     * evaluation (five bidders disputed on every requirement of the largest RFP made 2.5 MB and
     * needed a 256 MB heap).
     */
    static final int ROWS_PER_LIST = 40;

    /** The columns of a row of scores before the evaluators', then {@link #KNOCK_OUT_FAILURE} after them. */
    static final List<String> LINE_HEADERS = List.of("Bidder", "System", "No.", "Level", "Knock-out", "Weight",
            "Answer", "Roadmap date", "Evidence fit", "Evidence flag", "Mean score", "Spread");
    static final String KNOCK_OUT_FAILURE = "Knock-out failure";
    /** The columns of the totals: the block under the CSV's rows, and the workbook's first sheet. */
    static final List<String> SUMMARY_HEADERS = List.of("Rank", "Bidder", "Weighted total", "Standing",
            "Knock-outs failed", "Scored", "Flags", "Disputes");

    private final Catalog catalog;
    private final Clock clock;
    private final PdfRenderer renderer = new PdfRenderer();

    /** The report, naming systems and categories as {@code catalog} does, dated today. */
    public EvaluationReport(Catalog catalog) {
        this(catalog, Clock.systemDefaultZone());
    }

    public EvaluationReport(Catalog catalog, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---------------------------------------------------------------- CSV

    /**
     * The evaluation as CSV (UTF-8 with a byte-order mark, RFC 4180, CRLF, guarded against formulas):
     * a header row, then per bidder in rank order one row per requirement of the systems it bids for
     * ({@link #LINE_HEADERS}, a score column per evaluator, {@value #KNOCK_OUT_FAILURE}); then an empty
     * row and the totals, a row per bidder in rank order ({@link #SUMMARY_HEADERS}), the weighted total
     * as every document prints it ("72.4%") and the scored requirements as "4 of 5".
     */
    public byte[] csv(Evaluation e) {
        CsvWriter out = new CsvWriter().row(lineHeaders(e));
        for (BidderResult b : e.ranked()) {
            for (Line l : b.bidLines()) {
                out.row(lineCells(e, b, l).stream().map(EvaluationReport::text).toList());
            }
        }
        out.row(List.of(""));
        out.row(SUMMARY_HEADERS);
        Map<String, Integer> ranks = ranks(e);
        for (BidderResult b : e.ranked()) {
            Integer rank = ranks.get(b.bidder());
            out.row(List.of(rank == null ? "" : rank.toString(), b.bidder(), Evaluation.percentText(b.percent()),
                    b.standing(), String.valueOf(b.knockOutsFailed().size()), scoredText(b),
                    String.valueOf(b.flagged().size()), String.valueOf(b.disputed().size())));
        }
        return out.bytes();
    }

    // ---------------------------------------------------------------- XLSX

    /**
     * The evaluation as a workbook: "Summary", a row per bidder in rank order ({@link #SUMMARY_HEADERS},
     * the weighted total a number in percent shown as 0.0, the scored requirements as two numbers);
     * "Scores", the rows of the CSV with weights, means, spreads and scores as numbers; and "Rules",
     * how the bids were evaluated. Each table's header row is frozen and filtered, and it prints on A4
     * landscape, one page wide. No cell is a formula.
     */
    public byte[] xlsx(Evaluation e) {
        XlsxWriter book = new XlsxWriter("Bid evaluation", "Evaluation of " + e.bidders().size() + " bidders on "
                + e.requirements().size() + " requirements", "Scored by " + String.join(", ", e.evaluators()));
        XlsxWriter.Table summary = book.table("Summary", List.of(
                new Column("Rank", 6, Look.PLAIN),
                new Column("Bidder", 36, Look.WRAPPED),
                new Column("Weighted total (%)", 12, Look.DECIMAL),
                new Column("Standing", 20, Look.WRAPPED),
                new Column("Knock-outs failed", 11, Look.PLAIN),
                new Column("Requirements scored", 12, Look.PLAIN),
                new Column("Requirements bid for", 12, Look.PLAIN),
                new Column("Flags", 8, Look.PLAIN),
                new Column("Disputes", 9, Look.PLAIN)));
        Map<String, Integer> ranks = ranks(e);
        for (BidderResult b : e.ranked()) {
            Integer rank = ranks.get(b.bidder());
            summary.row(List.of(rank == null ? "" : rank, b.bidder(), b.percent(), b.standing(),
                    b.knockOutsFailed().size(), b.scored(), b.bidLines().size(), b.flagged().size(),
                    b.disputed().size()));
        }
        summary.printLandscape("Bid evaluation — summary");
        summary.end();

        List<Column> columns = new ArrayList<>(List.of(
                new Column("Bidder", 24, Look.WRAPPED),
                new Column("System", 16, Look.WRAPPED),
                new Column("No.", 16, Look.PLAIN),
                new Column("Level", 8, Look.PLAIN),
                new Column("Knock-out", 9, Look.CENTRED),
                new Column("Weight", 7, Look.PLAIN),
                new Column("Answer", 13, Look.PLAIN),
                new Column("Roadmap date", 12, Look.PLAIN),
                new Column("Evidence fit", 14, Look.WRAPPED),
                new Column("Evidence flag", 24, Look.WRAPPED),
                new Column("Mean score", 8, Look.DECIMAL),
                new Column("Spread", 7, Look.PLAIN)));
        e.evaluators().forEach(name -> columns.add(new Column(name, 10, Look.PLAIN)));
        columns.add(new Column(KNOCK_OUT_FAILURE, 40, Look.WRAPPED));
        XlsxWriter.Table scores = book.table("Scores", columns);
        for (BidderResult b : e.ranked()) {
            for (Line l : b.bidLines()) {
                scores.row(lineCells(e, b, l));
            }
        }
        scores.printLandscape("Bid evaluation — scores");
        scores.end();
        book.notes("Rules", "How bids were evaluated", rules().stream()
                .map(r -> new XlsxWriter.Note(r.name(), r.text())).toList());
        return book.bytes();
    }

    // ---------------------------------------------------------------- PDF

    /**
     * The evaluation report as a tagged PDF (PDF/UA-1, PDF/A-3u), A4 landscape: title, project,
     * revision and date; how the bids were evaluated and what the plan changes; the ranking; per
     * bidder in rank order the knock-outs it fails, the answers its statements contradict or
     * understate, and the requirements the evaluators disagree on; then the evaluators, with room to
     * sign. Long tables repeat their headings on every page.
     */
    public byte[] pdf(Evaluation e, String projectName, int revision) {
        Objects.requireNonNull(projectName, "projectName");
        StringBuilder b = new StringBuilder(32 * 1024);
        LocalDate today = LocalDate.now(clock);
        b.append("<h1>Bid evaluation</h1>");
        b.append("<p class=\"project\">").append(escape(projectName)).append("</p>");
        b.append("<table class=\"facts\"><tbody>");
        fact(b, "Revision", String.valueOf(revision));
        fact(b, "Date", DATE.format(today));
        fact(b, "Bidders", String.valueOf(e.bidders().size()));
        fact(b, "Requirements", String.valueOf(e.requirements().size()));
        fact(b, "Evaluators", e.evaluators().isEmpty() ? "none yet" : String.valueOf(e.evaluators().size()));
        b.append("</tbody></table>");

        b.append("<h2>How bids were evaluated</h2><ul class=\"rules\">");
        for (Rule r : rules()) {
            b.append("<li><span class=\"rule\">").append(escape(r.name())).append(".</span> ").append(escape(r.text()))
                    .append("</li>");
        }
        b.append("</ul>");
        plan(b, e);

        Map<String, Integer> ranks = ranks(e);
        b.append("<h2>Ranking</h2>");
        b.append("<table class=\"grid ranking\"><thead><tr><th scope=\"col\" class=\"c-rank\">Rank</th>")
                .append("<th scope=\"col\" class=\"c-bidder\">Bidder</th>")
                .append("<th scope=\"col\" class=\"c-total\">Weighted total</th>")
                .append("<th scope=\"col\" class=\"c-standing\">Standing</th>")
                .append("<th scope=\"col\" class=\"c-scored\">Scored</th></tr></thead><tbody>");
        for (BidderResult r : e.ranked()) {
            Integer rank = ranks.get(r.bidder());
            b.append("<tr").append(r.qualifies() ? "" : " class=\"out\"").append("><td class=\"rank\">")
                    .append(rank == null ? "—" : rank).append("</td><th scope=\"row\" class=\"bidder\">")
                    .append(escape(r.bidder())).append("</th><td class=\"total\">")
                    .append(escape(Evaluation.percentText(r.percent()))).append("</td><td>").append(escape(r.standing()))
                    .append("</td><td>").append(escape(scoredText(r))).append("</td></tr>");
        }
        b.append("</tbody></table>");
        if (e.bidders().isEmpty()) {
            b.append("<p>No bidder has been evaluated yet.</p>");
        } else if (ranks.size() < e.bidders().size()) {
            b.append("<p class=\"note\">A bidder that fails a knock-out requirement is listed after those that "
                    + "qualify, without a rank (—).</p>");
        }

        for (BidderResult r : e.ranked()) {
            bidder(b, e, r, ranks.get(r.bidder()));
        }
        evaluators(b, e);

        Set<String> numbers = e.requirements().stream().map(Requirement::number).collect(Collectors.toSet());
        String title = "Bid evaluation — " + projectName + ", revision " + revision;
        String subject = "The evaluation of the bids for " + projectName + " (revision " + revision + "): "
                + e.bidders().size() + " bidders, " + e.evaluators().size() + " evaluators";
        return renderer.render(new PdfDocument(title, "RSP Navigator", subject, Locale.ENGLISH, CSS, b.toString(),
                numbers));
    }

    private void plan(StringBuilder b, Evaluation e) {
        EvaluationPlan plan = e.plan();
        b.append("<h3>Weights and knock-outs of this evaluation</h3>");
        if (plan.categoryWeights().isEmpty() && plan.requirementWeights().isEmpty() && plan.knockOuts().isEmpty()) {
            b.append("<p>").append(escape("The plan keeps the defaults: every requirement weighs "
                    + EvaluationPlan.DEFAULT_WEIGHT + " and every SHALL requirement, and no other, is a knock-out."))
                    .append("</p>");
            return;
        }
        if (!plan.categoryWeights().isEmpty()) {
            b.append("<table class=\"grid plan categories\"><thead><tr><th scope=\"col\" class=\"c-category\">Category</th>")
                    .append("<th scope=\"col\" class=\"c-weight\">Weight</th></tr></thead><tbody>");
            plan.categoryWeights().forEach((slug, weight) -> b.append("<tr><th scope=\"row\">")
                    .append(escape(categoryName(slug))).append("</th><td>").append(weight).append("</td></tr>"));
            b.append("</tbody></table>");
        } else {
            b.append("<p>").append(escape("No category is given a weight: each weighs " + EvaluationPlan.DEFAULT_WEIGHT
                    + ".")).append("</p>");
        }
        Set<String> changed = new LinkedHashSet<>();
        e.requirements().stream().map(Requirement::number)
                .filter(n -> plan.requirementWeights().containsKey(n) || plan.knockOuts().containsKey(n))
                .forEach(changed::add);
        if (changed.isEmpty()) {
            b.append("<p>No requirement is given a weight of its own, and every SHALL requirement, and no other, is a "
                    + "knock-out.</p>");
            return;
        }
        b.append("<p class=\"lead\">").append(escape("Requirements the plan treats differently (a weight of its own takes the place "
                + "of its category's):")).append("</p>");
        b.append("<table class=\"grid plan\"><thead><tr><th scope=\"col\" class=\"c-no\">No.</th>")
                .append("<th scope=\"col\" class=\"c-level\">Level</th>")
                .append("<th scope=\"col\" class=\"c-requirement\">Requirement</th>")
                .append("<th scope=\"col\" class=\"c-weight\">Weight</th>")
                .append("<th scope=\"col\" class=\"c-knockout\">Knock-out</th></tr></thead><tbody>");
        for (Requirement r : e.requirements()) {
            if (!changed.contains(r.number())) {
                continue;
            }
            Integer own = plan.requirementWeights().get(r.number());
            Boolean knockOut = plan.knockOuts().get(r.number());
            b.append("<tr><th scope=\"row\" class=\"no\">").append(escape(r.number())).append("</th><td>")
                    .append(r.level().label()).append("</td><td>").append(escape(r.text())).append("</td><td>")
                    .append(escape(own == null ? plan.weight(r) + " (unchanged)" : own.toString()))
                    .append("</td><td>")
                    .append(knockOut == null ? escape(yesNo(plan.knockOut(r)) + " (unchanged)")
                            : knockOut ? "yes (made one)" : escape("no (although " + r.level().label() + ")"))
                    .append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private void bidder(StringBuilder b, Evaluation e, BidderResult r, Integer rank) {
        b.append("<div class=\"bidder\"><h2>").append(escape(r.bidder())).append("</h2>");
        List<String> facts = new ArrayList<>();
        facts.add(rank == null ? "Not ranked" : "Rank " + rank);
        facts.add("weighted total " + Evaluation.percentText(r.percent()));
        facts.add(r.standing().toLowerCase(Locale.ROOT));
        facts.add("scored " + scoredText(r) + " requirements it bids for");
        facts.add("bids for " + bidsFor(r));
        String said = (r.statements() ? "" : "No Integration Statement submitted. ")
                + (r.answered() ? "" : "No response matrix returned. ");
        b.append("<p class=\"standing\">").append(escape(String.join("; ", facts) + ". " + said).strip()).append("</p>");

        b.append("<h3>Knock-outs failed</h3>");
        List<Line> failed = r.knockOutsFailed();
        if (failed.isEmpty()) {
            b.append("<p class=\"none\">None.</p>");
        } else {
            b.append("<table class=\"grid failed\"><thead><tr><th scope=\"col\" class=\"c-no\">No.</th>")
                    .append("<th scope=\"col\" class=\"c-requirement\">Requirement</th>")
                    .append("<th scope=\"col\" class=\"c-why\">Why</th></tr></thead><tbody>");
            for (Line l : shown(failed)) {
                b.append("<tr><th scope=\"row\" class=\"no\">").append(escape(l.requirement().number()))
                        .append("</th><td>").append(escape(l.requirement().text())).append("</td><td class=\"why\">")
                        .append(escape(l.knockOut().orElseThrow())).append("</td></tr>");
            }
            b.append("</tbody></table>");
            more(b, failed);
        }

        b.append("<h3>Answers the evidence contradicts or understates</h3>");
        List<Line> flagged = r.flagged();
        if (flagged.isEmpty()) {
            b.append("<p class=\"none\">").append(r.statements() ? "None." : "None can be checked: the bidder "
                    + "submitted no Integration Statement.").append("</p>");
        } else {
            b.append("<table class=\"grid flagged\"><thead><tr><th scope=\"col\" class=\"c-no\">No.</th>")
                    .append("<th scope=\"col\" class=\"c-answer\">Answer</th>")
                    .append("<th scope=\"col\" class=\"c-fit\">Evidence fit</th>")
                    .append("<th scope=\"col\" class=\"c-flag\">Flag</th>")
                    .append("<th scope=\"col\" class=\"c-message\">What the statements show</th></tr></thead><tbody>");
            for (Line l : shown(flagged)) {
                b.append("<tr><th scope=\"row\" class=\"no\">").append(escape(l.requirement().number()))
                        .append("</th><td>").append(escape(answerText(l))).append("</td><td>")
                        .append(escape(l.fit().map(Term::label).orElse(""))).append("</td><td class=\"flag\">")
                        .append(escape(l.check().flag().map(Term::label).orElse(""))).append("</td><td>")
                        .append(escape(l.check().message())).append("</td></tr>");
            }
            b.append("</tbody></table>");
            more(b, flagged);
        }

        b.append("<h3>Requirements the evaluators disagree on</h3>");
        List<Line> disputed = r.disputed();
        if (disputed.isEmpty()) {
            b.append("<p class=\"none\">None.</p>");
        } else {
            b.append("<table class=\"grid disputed\"><thead><tr><th scope=\"col\" class=\"c-no\">No.</th>")
                    .append("<th scope=\"col\" class=\"c-scores\">Scores by evaluator</th>")
                    .append("<th scope=\"col\" class=\"c-spread\">Spread</th>")
                    .append("<th scope=\"col\" class=\"c-comments\">Comments</th></tr></thead><tbody>");
            for (Line l : shown(disputed)) {
                b.append("<tr><th scope=\"row\" class=\"no\">").append(escape(l.requirement().number()))
                        .append("</th><td>");
                for (Score s : l.scores()) {
                    b.append("<p class=\"cell\">").append(escape(s.evaluator() + ": " + s.value())).append("</p>");
                }
                b.append("</td><td>").append(l.spread()).append("</td><td>");
                boolean any = false;
                for (Score s : l.scores()) {
                    if (!s.comment().isEmpty()) {
                        any = true;
                        b.append("<p class=\"cell\"><span class=\"who\">").append(escape(s.evaluator() + ":"))
                                .append("</span> ").append(escape(s.comment())).append("</p>");
                    }
                }
                b.append(any ? "" : "—").append("</td></tr>");
            }
            b.append("</tbody></table>");
            more(b, disputed);
        }
        b.append("</div>");
    }

    private static List<Line> shown(List<Line> lines) {
        return lines.size() <= ROWS_PER_LIST ? lines : lines.subList(0, ROWS_PER_LIST);
    }

    /** Says how many of {@code lines} the table above leaves out, and where they all are. */
    private static void more(StringBuilder b, List<Line> lines) {
        if (lines.size() > ROWS_PER_LIST) {
            b.append("<p class=\"more\">").append(escape("The first " + ROWS_PER_LIST + " of " + lines.size()
                    + " are listed here, in requirement order; the Scores sheet of the evaluation workbook lists "
                    + "every one.")).append("</p>");
        }
    }

    private static void evaluators(StringBuilder b, Evaluation e) {
        b.append("<h2>Evaluators</h2>");
        if (e.evaluators().isEmpty()) {
            b.append("<p>Nobody has scored yet.</p>");
            return;
        }
        b.append("<table class=\"grid evaluators\"><thead><tr><th scope=\"col\" class=\"c-evaluator\">Evaluator</th>")
                .append("<th scope=\"col\" class=\"c-given\">Scores given</th>")
                .append("<th scope=\"col\" class=\"c-sign\">Signature and date</th></tr></thead><tbody>");
        for (String name : e.evaluators()) {
            long given = e.bidders().stream().flatMap(r -> r.bidLines().stream())
                    .filter(l -> l.scoreOf(name).isPresent()).count();
            b.append("<tr><th scope=\"row\">").append(escape(name)).append("</th><td>").append(given)
                    .append("</td><td class=\"sign\"></td></tr>");
        }
        b.append("</tbody></table>");
    }

    // ---------------------------------------------------------------- shared

    /** One rule of the evaluation, as the report and the workbook state it. */
    record Rule(String name, String text) {
    }

    /** The rules of {@link Evaluation}, in words of our own; the numbers come from the model. */
    static List<Rule> rules() {
        return List.of(
                new Rule("Scope", "Each bidder is evaluated on the requirements of the systems it bids for, as its "
                        + "Integration Statements declare them; a bidder that submitted no statement is evaluated on "
                        + "every requirement."),
                new Rule("Weights", "Each requirement weighs " + EvaluationPlan.DEFAULT_WEIGHT + ", unless the plan "
                        + "gives its category a weight, or gives the requirement a weight of its own, which then "
                        + "counts instead of its category's."),
                new Rule("Scores", "Each evaluator scores each answer on its own, from 0 (not met) to " + Score.MAX
                        + " (fully met). A requirement's score is the mean of its evaluators' scores. A requirement "
                        + "that nobody has scored yet counts as 0, so that an unfinished evaluation never makes a "
                        + "total look better."),
                new Rule("Weighted total", "The sum over the requirements of weight × score, divided by the sum of "
                        + "weight × " + Score.MAX + ", as a percentage."),
                new Rule("Knock-outs", "Every SHALL requirement is a knock-out, and no other, unless the plan says "
                        + "otherwise for a requirement. A bidder fails a knock-out requirement when it gives no "
                        + "answer; when it answers No, Partial or Roadmap; or when every evaluator who scored it gave "
                        + "0, which is how evaluators reject a \u201cNot applicable\u201d or a \u201cComply\u201d that "
                        + "the evidence contradicts. A bidder that fails any knock-out does not qualify, whatever "
                        + "its weighted total."),
                new Rule("Ranking", "The bidders that qualify are ranked by weighted total, the highest first; equal "
                        + "totals share a rank. A bidder that fails a knock-out is listed after them, without a "
                        + "rank."),
                new Rule("Evidence", "An answer is flagged where the bidder's Integration Statements disagree with "
                        + "it: a Comply they do not support, or support only in part (contradicted), or a No, "
                        + "Partial or Roadmap for what they claim (understated). A flag does not change a score; "
                        + "the evaluators weigh it."),
                new Rule("Disagreement", "Evaluators disagree on a requirement when the highest and the lowest of "
                        + "their scores are " + Evaluation.DISAGREEMENT + " or more apart. Such requirements are "
                        + "discussed at the moderation meeting."));
    }

    /**
     * Each qualifying bidder's rank by name: one more than the number of qualifying bidders with a
     * higher total, so that equal totals share a rank. Bidders failing a knock-out have none.
     */
    static Map<String, Integer> ranks(Evaluation e) {
        List<BidderResult> qualified = e.ranked().stream().filter(BidderResult::qualifies).toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (BidderResult b : qualified) {
            int higher = (int) qualified.stream().filter(o -> o.percent() > b.percent()).count();
            ranks.put(b.bidder(), higher + 1);
        }
        return ranks;
    }

    private List<String> lineHeaders(Evaluation e) {
        List<String> header = new ArrayList<>(LINE_HEADERS);
        header.addAll(e.evaluators());
        header.add(KNOCK_OUT_FAILURE);
        return header;
    }

    /** One row of scores: texts, and numbers where a spreadsheet should be able to count ({@link #text}). */
    private List<Object> lineCells(Evaluation e, BidderResult b, Line l) {
        Requirement r = l.requirement();
        List<Object> cells = new ArrayList<>();
        cells.add(b.bidder());
        cells.add(systemName(r.system()));
        cells.add(r.number());
        cells.add(r.level().label());
        cells.add(yesNo(l.knockOutRequirement()));
        cells.add(l.weight());
        cells.add(l.answer().map(a -> a.answer().label()).orElse(""));
        cells.add(l.answer().flatMap(BidderAnswer::roadmapDate).map(LocalDate::toString).orElse(""));
        cells.add(l.fit().map(Term::label).orElse(""));
        cells.add(l.check().flag().map(Term::label).orElse(""));
        cells.add(l.mean().isPresent() ? (Object) l.mean().getAsDouble() : "");
        cells.add(l.scores().isEmpty() ? "" : (Object) l.spread());
        for (String evaluator : e.evaluators()) {
            cells.add(l.scoreOf(evaluator).map(s -> (Object) s.value()).orElse(""));
        }
        cells.add(l.knockOut().orElse(""));
        return cells;
    }

    /** A cell of the CSV: a mean to at most two decimals ("3.5", "3.33", "4"), anything else as it is. */
    private static String text(Object cell) {
        if (cell instanceof Double d) {
            return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(cell);
    }

    private static String scoredText(BidderResult b) {
        return b.scored() + " of " + b.bidLines().size();
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String answerText(Line l) {
        return l.answer().map(a -> a.answer().label() + a.roadmapDate().map(d -> " (" + d + ")").orElse(""))
                .orElse("No answer");
    }

    /** "all systems", or the systems of the requirements the bidder bids for. */
    private String bidsFor(BidderResult r) {
        if (r.bidLines().size() == r.lines().size()) {
            return "all systems";
        }
        List<String> names = r.bidLines().stream().map(l -> systemName(l.requirement().system())).distinct().toList();
        return names.isEmpty() ? "no system" : String.join(", ", names);
    }

    private String systemName(String id) {
        return catalog.systemType(id).map(SystemType::name).orElse(id);
    }

    private static String categoryName(String slug) {
        return Term.fromSlug(Category.class, slug).map(Category::label).orElse(slug);
    }

    private static void fact(StringBuilder b, String name, String value) {
        b.append("<tr><th scope=\"row\">").append(escape(name)).append("</th><td>").append(escape(value))
                .append("</td></tr>");
    }
}
