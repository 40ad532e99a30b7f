package org.rspnavigator.webapp.rfp;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.rspnavigator.documents.evaluation.EvaluationReport;
import org.rspnavigator.documents.rfp.ResponseMatrixReader;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.evaluation.Evaluation;
import org.rspnavigator.procurement.evaluation.EvaluationPlan;
import org.rspnavigator.procurement.evaluation.Score;
import org.rspnavigator.procurement.response.BidderResponse;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.procurement.statement.BidderMatrix;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.UserAccountRepository;
import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditLog;
import org.rspnavigator.webapp.operations.Timings;
import org.rspnavigator.webapp.platform.DocumentQueue;
import org.rspnavigator.webapp.platform.Download;
import org.rspnavigator.webapp.platform.FileNames;
import org.rspnavigator.webapp.platform.StaleEditException;
import org.rspnavigator.webapp.platform.WorkNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The evaluation of an RFP project's bids: the bidders' returned response matrices, the planner's
 * weights and knock-outs, and the scores the organization's evaluators give each answer, put
 * together with the evidence of the bidders' Integration Statements ({@link Evaluation}). Only the
 * planners and administrators of the project's organization reach any of it; every change is in the
 * audit trail, every score with its value and comment.
 */
@Service
public class RfpEvaluationService {

    /** The most returned matrices one project keeps (one per bidder). */
    public static final int MAX_RESPONSES = 100;
    private static final String RESPONSE = "rfp-bidder-response";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RfpProjectService projects;
    private final RfpBidderService bidders;
    private final RfpBidderResponseRepository responses;
    private final RfpEvaluationPlanRepository plans;
    private final RfpEvaluationScoreRepository scores;
    private final AuditLog audit;
    private final Clock clock;
    private final EvaluationReport report;
    private final DocumentQueue documents;
    private final MeterRegistry metrics;
    private final UserAccountRepository users;

    public RfpEvaluationService(RfpProjectService projects, RfpBidderService bidders,
            RfpBidderResponseRepository responses, RfpEvaluationPlanRepository plans,
            RfpEvaluationScoreRepository scores, AuditLog audit, Clock clock, Catalog catalog, DocumentQueue documents,
            MeterRegistry metrics, UserAccountRepository users) {
        this.projects = projects;
        this.bidders = bidders;
        this.responses = responses;
        this.plans = plans;
        this.scores = scores;
        this.audit = audit;
        this.clock = clock;
        this.report = new EvaluationReport(catalog, clock);
        this.documents = documents;
        this.metrics = metrics;
        this.users = users;
    }

    // ---------------------------------------------------------------- returned matrices

    /** The returned matrices of a project, by bidder. */
    @Transactional(readOnly = true)
    public List<RfpBidderResponse> responses(AccountPrincipal user, long projectId) {
        return responses.findByProjectIdOrderByBidderAsc(projects.get(user, projectId).getId());
    }

    /** One kept matrix of the project. */
    @Transactional(readOnly = true)
    public RfpBidderResponse response(AccountPrincipal user, long projectId, long responseId) {
        return responses.findByIdAndProjectId(responseId, projects.get(user, projectId).getId())
                .orElseThrow(() -> new WorkNotFoundException("response matrix", responseId));
    }

    public BidderResponse answers(RfpBidderResponse stored) {
        return StoredEvaluationJson.read(stored.getAnswers());
    }

    /**
     * Reads {@code bidder}'s filled matrix against the project's current revision and keeps its
     * answers, in place of the bidder's matrix before (its evaluators' scores stay). Nothing is kept
     * from a file with any problem.
     *
     * @throws ResponseMatrixReader.ResponseMatrixException every problem of the file, by its place
     * @throws IllegalArgumentException                     no bidder named, or too many bidders
     */
    @Transactional
    public RfpBidderResponse importResponse(AccountPrincipal user, long projectId, String bidder, byte[] file,
            String source) {
        RfpProject project = projects.get(user, projectId);
        String name = bidderName(bidder);
        RfpDocument current = projects.document(user, projectId, null);
        BidderResponse read = ResponseMatrixReader.read(file, current);
        Optional<RfpBidderResponse> before = responses.findByProjectIdAndBidderIgnoreCase(project.getId(), name);
        if (before.isEmpty() && responses.findByProjectIdOrderByBidderAsc(project.getId()).size() >= MAX_RESPONSES) {
            throw new IllegalArgumentException("A project keeps at most " + MAX_RESPONSES + " response matrices.");
        }
        before.ifPresent(b -> {
            responses.delete(b);
            responses.flush();
        });
        String from = source == null || source.isBlank() ? "response matrix" : source.strip();
        RfpBidderResponse stored = responses.save(new RfpBidderResponse(project.getId(),
                before.map(RfpBidderResponse::getBidder).orElse(name), current.version(), read.answeredRevision(),
                StoredEvaluationJson.write(read), from.length() > 300 ? from.substring(0, 300) : from,
                user.username(), clock.instant()));
        audit.record(user.username(), user.organizationId(), before.isPresent() ? AuditAction.CHANGED
                : AuditAction.IMPORTED, RESPONSE, String.valueOf(stored.getId()), stored.getBidder() + ": "
                        + read.answers().size() + " answers to revision " + current.version() + " of "
                        + project.getName() + " from " + stored.getSource());
        return stored;
    }

    @Transactional
    public void removeResponse(AccountPrincipal user, long projectId, long responseId) {
        RfpProject project = projects.get(user, projectId);
        RfpBidderResponse stored = responses.findByIdAndProjectId(responseId, project.getId())
                .orElseThrow(() -> new WorkNotFoundException("response matrix", responseId));
        responses.delete(stored);
        audit.record(user.username(), user.organizationId(), AuditAction.DELETED, RESPONSE, String.valueOf(responseId),
                stored.getBidder() + " from " + project.getName());
    }

    private static String bidderName(String bidder) {
        String name = bidder == null ? "" : bidder.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Name the bidder who returned the response matrix.");
        }
        FieldLimits.tooLong("The bidder's name", "bidder", name, FieldLimits.NAME).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return name;
    }

    // ---------------------------------------------------------------- plan

    /** The weights and knock-outs of a project: the planner's, or the defaults. */
    @Transactional(readOnly = true)
    public EvaluationPlan plan(AccountPrincipal user, long projectId) {
        return plan(projects.get(user, projectId));
    }

    private EvaluationPlan plan(RfpProject project) {
        return plans.findById(project.getId()).map(p -> StoredEvaluationJson.readPlan(p.getPlan()))
                .orElse(EvaluationPlan.DEFAULT);
    }

    /** The version of the saved plan, for a save that must not overwrite a colleague's; 0 before any. */
    @Transactional(readOnly = true)
    public long planVersion(AccountPrincipal user, long projectId) {
        return versionOf(plans.findById(projects.get(user, projectId).getId()));
    }

    /** A saved plan's version as the API gives it: its row's version plus one, so that 0 means none saved. */
    private static long versionOf(Optional<RfpEvaluationPlan> saved) {
        return saved.map(p -> p.getVersion() + 1).orElse(0L);
    }

    /**
     * Saves the weights and knock-outs, if the plan is still at {@code version} ({@link #planVersion}).
     *
     * @throws IllegalArgumentException listing every problem of the plan
     * @throws StaleEditException       a colleague saved the plan in between
     */
    @Transactional
    public EvaluationPlan savePlan(AccountPrincipal user, long projectId, long version, EvaluationPlan plan) {
        RfpProject project = projects.get(user, projectId);
        List<Requirement> requirements = projects.draft(project).requirements();
        List<String> problems = plan.problems(requirements);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The evaluation plan was not saved: " + String.join(" ", problems));
        }
        Optional<RfpEvaluationPlan> saved = plans.findById(project.getId());
        if (versionOf(saved) != version) {
            throw new StaleEditException("evaluation plan of", project.getName());
        }
        RfpEvaluationPlan stored = saved.orElseGet(() -> new RfpEvaluationPlan(project.getId()));
        stored.apply(StoredEvaluationJson.write(plan), user.username(), clock.instant());
        plans.save(stored);
        audit.record(user.username(), user.organizationId(), AuditAction.CHANGED, "rfp-evaluation-plan",
                String.valueOf(project.getId()), project.getName() + ": " + describe(plan));
        return plan;
    }

    private static String describe(EvaluationPlan plan) {
        return plan.categoryWeights().size() + " category weights, " + plan.requirementWeights().size()
                + " requirement weights, " + plan.knockOuts().size() + " knock-outs changed from the default";
    }

    // ---------------------------------------------------------------- scores

    /** Every score of the project, by every evaluator. */
    @Transactional(readOnly = true)
    public List<Score> scores(AccountPrincipal user, long projectId) {
        return scores.findByProjectId(projects.get(user, projectId).getId()).stream().map(RfpEvaluationScore::toScore)
                .toList();
    }

    /**
     * Records {@code user}'s score of {@code bidder}'s answer to requirement {@code number}, in place
     * of the user's own score before; the audit trail keeps each one.
     *
     * @throws IllegalArgumentException an unknown bidder or requirement, or a score out of range
     */
    @Transactional
    public Score score(AccountPrincipal user, long projectId, String bidder, String number, int value,
            String comment) {
        RfpProject project = projects.get(user, projectId);
        Evaluation evaluation = evaluate(user, project);
        Evaluation.BidderResult result = evaluation.bidder(bidder == null ? "" : bidder.strip())
                .orElseThrow(() -> new IllegalArgumentException("The project has no bidder '" + bidder
                        + "'; it evaluates " + names(evaluation) + "."));
        Evaluation.Line line = result.lines().stream().filter(l -> l.requirement().number().equals(number))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Revision " + project.getRevision()
                        + " has no requirement " + number + "."));
        if (!line.bid()) {
            throw new IllegalArgumentException(result.bidder() + " does not bid for the system of " + number
                    + "; there is nothing to score.");
        }
        Score score = new Score(result.bidder(), number, user.username(), value, comment);
        RfpEvaluationScore stored = scores.findByProjectIdAndBidderAndRequirementAndEvaluator(project.getId(),
                result.bidder(), number, user.username())
                .map(s -> {
                    s.rescore(score, clock.instant());
                    return s;
                })
                .orElseGet(() -> new RfpEvaluationScore(project.getId(), score, clock.instant()));
        scores.save(stored);
        audit.record(user.username(), user.organizationId(), AuditAction.SCORED, "rfp-evaluation-score",
                String.valueOf(stored.getId()), project.getName() + ", " + result.bidder() + ", " + number + ": "
                        + value + "/" + Score.MAX + (score.comment().isEmpty() ? "" : " (" + score.comment() + ")"));
        return score;
    }

    /**
     * Withdraws {@code user}'s own score of {@code bidder}'s answer to {@code number}, as if it had not
     * been given; the audit trail keeps the score and its withdrawal. Nothing happens when there is none.
     *
     * @return whether there was a score to withdraw
     */
    @Transactional
    public boolean unscore(AccountPrincipal user, long projectId, String bidder, String number) {
        RfpProject project = projects.get(user, projectId);
        // Bidders' names are matched as the evaluation matches them, without regard to case.
        String wanted = bidder == null ? "" : bidder.strip();
        Optional<RfpEvaluationScore> stored = scores.findByProjectIdAndRequirementAndEvaluator(project.getId(),
                number, user.username()).stream().filter(s -> s.toScore().bidder().equalsIgnoreCase(wanted)).findFirst();
        stored.ifPresent(s -> {
            scores.delete(s);
            audit.record(user.username(), user.organizationId(), AuditAction.SCORED, "rfp-evaluation-score",
                    String.valueOf(s.getId()), project.getName() + ", " + s.toScore().bidder() + ", " + number
                            + ": score withdrawn");
        });
        return stored.isPresent();
    }

    private static String names(Evaluation evaluation) {
        return evaluation.bidders().isEmpty() ? "no bidder yet"
                : String.join(", ", evaluation.bidders().stream().map(Evaluation.BidderResult::bidder).toList());
    }

    // ---------------------------------------------------------------- evaluation

    /** The evaluation of every bidder against the project's current revision. */
    @Transactional(readOnly = true)
    public Evaluation evaluation(AccountPrincipal user, long projectId) {
        return evaluate(user, projects.get(user, projectId));
    }

    private Evaluation signed(AccountPrincipal user, long projectId) {
        return signed(user, projects.get(user, projectId));
    }

    /**
     * The evaluation as the documents give it, each evaluator named as the people who sign it know
     * them: "Pat Planner (pat)"; a user name that is no longer an account stays as it is.
     */
    private Evaluation signed(AccountPrincipal user, RfpProject project) {
        Map<String, String> names = new HashMap<>();
        return evaluate(user, project, score -> new Score(score.bidder(), score.number(),
                names.computeIfAbsent(score.evaluator(), u -> users.findByUsernameIgnoreCase(u)
                        .map(a -> a.getDisplayName() + " (" + u + ")").orElse(u)),
                score.value(), score.comment()));
    }

    private Evaluation evaluate(AccountPrincipal user, RfpProject project) {
        return evaluate(user, project, UnaryOperator.identity());
    }

    private Evaluation evaluate(AccountPrincipal user, RfpProject project, UnaryOperator<Score> named) {
        BidderMatrix evidence = bidders.matrix(user, project.getId());
        Map<String, BidderResponse> answers = new LinkedHashMap<>();
        responses.findByProjectIdOrderByBidderAsc(project.getId())
                .forEach(r -> answers.put(r.getBidder(), answers(r)));
        List<Score> all = scores.findByProjectId(project.getId()).stream().map(RfpEvaluationScore::toScore)
                .map(named).toList();
        return Evaluation.of(evidence, answers, plan(project).keptFor(evidence.requirements()), all);
    }

    /** The evaluation as CSV, one row per bidder and requirement it bids for, then the totals. */
    @Transactional(readOnly = true)
    public Download csv(AccountPrincipal user, long projectId) {
        RfpProject project = projects.get(user, projectId);
        return new Download(FileNames.bidEvaluation(project.getName(), "csv"), "text/csv;charset=UTF-8",
                () -> Timings.statementDocument(metrics, "bid-evaluation.csv",
                        () -> report.csv(signed(user, projectId))));
    }

    /** The evaluation as a workbook: the summary, every score, and the rules. */
    @Transactional(readOnly = true)
    public Download xlsx(AccountPrincipal user, long projectId) {
        RfpProject project = projects.get(user, projectId);
        return new Download(FileNames.bidEvaluation(project.getName(), "xlsx"), XLSX,
                () -> Timings.statementDocument(metrics, "bid-evaluation.xlsx",
                        () -> report.xlsx(signed(user, projectId))));
    }

    /** The evaluation report as a tagged PDF for the evaluation file, made on the document queue. */
    @Transactional(readOnly = true)
    public Download pdf(AccountPrincipal user, long projectId) {
        RfpProject project = projects.get(user, projectId);
        return new Download(FileNames.bidEvaluation(project.getName(), "pdf"), "application/pdf", () -> {
            RfpProject current = projects.get(user, projectId);
            Evaluation e = signed(user, current);
            return documents.make(() -> Timings.statementDocument(metrics, "bid-evaluation.pdf",
                    () -> report.pdf(e, current.getName(), current.getRevision())));
        });
    }

    // ---------------------------------------------------------------- organization transfer

    /** A project's returned matrices, plan and scores, for its organization's export. */
    public record Kept(List<RfpBidderResponse> responses, Optional<RfpEvaluationPlan> plan,
            List<RfpEvaluationScore> scores) {
    }

    /** Everything the evaluation of {@code project} keeps (the caller checks who may export). */
    @Transactional(readOnly = true)
    public Kept allOf(RfpProject project) {
        return new Kept(responses.findByProjectIdOrderByBidderAsc(project.getId()), plans.findById(project.getId()),
                scores.findByProjectId(project.getId()).stream()
                        .sorted(java.util.Comparator.comparing((RfpEvaluationScore s) -> s.toScore().bidder())
                                .thenComparing(s -> s.toScore().number()).thenComparing(s -> s.toScore().evaluator()))
                        .toList());
    }

    /** A kept matrix's answers as stored: the JSON an export carries. */
    public String answersJson(RfpBidderResponse stored) {
        return stored.getAnswers();
    }

    /** A saved plan as stored: the JSON an export carries. */
    public String planJson(RfpEvaluationPlan stored) {
        return stored.getPlan();
    }

    /** Why {@code json} is not a kept matrix's answers, if it is not. */
    public Optional<String> answersProblem(String json) {
        return problem(() -> StoredEvaluationJson.read(json));
    }

    /** Why {@code json} is not an evaluation plan, if it is not. */
    public Optional<String> planProblem(String json) {
        return problem(() -> StoredEvaluationJson.readPlan(json));
    }

    private static Optional<String> problem(Runnable read) {
        try {
            read.run();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Writes a returned matrix as it was kept before. */
    @Transactional
    public void restoreResponse(RfpProject project, String bidder, int revision, String answersJson, String source,
            String importedBy, java.time.Instant importedAt) {
        BidderResponse read = StoredEvaluationJson.read(answersJson);
        responses.save(new RfpBidderResponse(project.getId(), bidder, revision, read.answeredRevision(),
                StoredEvaluationJson.write(read), source, importedBy, importedAt));
    }

    /** Writes a plan as it was saved before. */
    @Transactional
    public void restorePlan(RfpProject project, String planJson, String updatedBy, java.time.Instant updatedAt) {
        RfpEvaluationPlan stored = new RfpEvaluationPlan(project.getId());
        stored.apply(StoredEvaluationJson.write(StoredEvaluationJson.readPlan(planJson)), updatedBy, updatedAt);
        plans.save(stored);
    }

    /** Writes a score as it was given before. */
    @Transactional
    public void restoreScore(RfpProject project, Score score, java.time.Instant scoredAt) {
        scores.save(new RfpEvaluationScore(project.getId(), score, scoredAt));
    }
}
