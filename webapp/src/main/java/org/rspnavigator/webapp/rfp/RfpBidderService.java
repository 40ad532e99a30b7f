package org.rspnavigator.webapp.rfp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.statement.Bidder;
import org.rspnavigator.documents.statement.BidderMatrices;
import org.rspnavigator.documents.statement.GapReportPdf;
import org.rspnavigator.documents.statement.StatementJson;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.procurement.statement.BidderMatrix;
import org.rspnavigator.procurement.statement.GapAnalysis;
import org.rspnavigator.procurement.statement.GapReport;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.Severity;
import org.rspnavigator.procurement.statement.StatementChecker;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditLog;
import org.rspnavigator.webapp.operations.Timings;
import org.rspnavigator.webapp.platform.DocumentQueue;
import org.rspnavigator.webapp.platform.Download;
import org.rspnavigator.webapp.platform.FileNames;
import org.rspnavigator.webapp.platform.WorkNotFoundException;
import org.rspnavigator.webapp.products.Product;
import org.rspnavigator.webapp.products.ProductService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The bidders of an RFP project and the IHE Integration Statements they submitted, and the
 * evidence matrix of requirements × bidders made from them. A bidder may submit several
 * statements (one per product offered); each requirement is assessed against all of them. A
 * product kept here can be held against a project too, before any bidder offers it.
 */
@Service
public class RfpBidderService {

    /** The most statements one project keeps. */
    public static final int MAX_STATEMENTS = 200;

    private final RfpProjectService projects;
    private final ProductService products;
    private final RfpBidderStatementRepository statements;
    private final AuditLog audit;
    private final StatementChecker checker;
    private final BidderMatrices matrices;
    private final GapAnalysis gaps;
    private final GapReportPdf gapPdf;
    private final DocumentQueue documents;
    private final Clock clock;
    private final MeterRegistry metrics;

    public RfpBidderService(RfpProjectService projects, ProductService products, RfpBidderStatementRepository statements,
            AuditLog audit, Catalog catalog, DocumentQueue documents, Clock clock, MeterRegistry metrics) {
        this.projects = projects;
        this.products = products;
        this.statements = statements;
        this.audit = audit;
        this.checker = new StatementChecker(catalog);
        this.matrices = new BidderMatrices();
        this.gaps = new GapAnalysis(catalog);
        this.gapPdf = new GapReportPdf(catalog);
        this.documents = documents;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The statements of a project, by bidder. */
    @Transactional(readOnly = true)
    public List<RfpBidderStatement> list(AccountPrincipal user, long projectId) {
        RfpProject project = projects.get(user, projectId);
        return statements.findByProjectIdOrderByBidderAscIdAsc(project.getId());
    }

    public IntegrationStatement statement(RfpBidderStatement stored) {
        return StatementJson.read(stored.getStatement());
    }

    /** Adds a bidder's statement offered for every system of the tender. */
    @Transactional
    public RfpBidderStatement add(AccountPrincipal user, long projectId, String bidder, IntegrationStatement statement,
            String source) {
        return add(user, projectId, bidder, statement, source, List.of());
    }

    /**
     * Adds a bidder's statement, offered for {@code systems} (system types the project buys, by
     * catalog id; none: every system of the tender). Requirements of the systems a bidder offers none
     * of its statements for are "not bid" in the evidence matrix. Statements naming profiles, actors
     * or options the catalog does not know are refused with every such error; a bidder's missing
     * groupings are theirs to explain, so they do not stop the import.
     */
    @Transactional
    public RfpBidderStatement add(AccountPrincipal user, long projectId, String bidder, IntegrationStatement statement,
            String source, List<String> systems) {
        RfpProject project = projects.get(user, projectId);
        List<String> bought = projects.draft(project).spec().systems().stream().map(ProcuredSystem::systemType).toList();
        List<String> offered = systems == null ? List.of()
                : systems.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).distinct().toList();
        List<String> unknown = offered.stream().filter(id -> !bought.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("The project does not buy " + String.join(", ", unknown)
                    + "; a bidder bids for systems the project buys: " + String.join(", ", bought) + ".");
        }
        String name = bidder == null ? "" : bidder.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Name the bidder who submitted the statement.");
        }
        FieldLimits.tooLong("The bidder's name", "bidder", name, FieldLimits.NAME).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (statements.findByProjectIdOrderByBidderAscIdAsc(project.getId()).size() >= MAX_STATEMENTS) {
            throw new IllegalArgumentException("A project keeps at most " + MAX_STATEMENTS + " statements.");
        }
        List<String> errors = checker.check(statement).stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.message()).toList();
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("The statement was not imported: " + String.join(" ", errors));
        }
        String from = source == null || source.isBlank() ? "statement" : source.strip();
        RfpBidderStatement stored = statements.save(new RfpBidderStatement(project.getId(), name,
                StatementJson.write(statement), from.length() > 300 ? from.substring(0, 300) : from, user.username(),
                clock.instant(), offered));
        audit.record(user.username(), user.organizationId(), AuditAction.IMPORTED, "rfp-bidder-statement",
                String.valueOf(stored.getId()), name + ": " + statement.productName() + " " + statement.version()
                        + " into " + project.getName());
        return stored;
    }

    @Transactional
    public void remove(AccountPrincipal user, long projectId, long statementId) {
        RfpProject project = projects.get(user, projectId);
        RfpBidderStatement stored = statements.findByIdAndProjectId(statementId, project.getId())
                .orElseThrow(() -> new WorkNotFoundException("bidder statement", statementId));
        statements.delete(stored);
        audit.record(user.username(), user.organizationId(), AuditAction.DELETED, "rfp-bidder-statement",
                String.valueOf(statementId), stored.getBidder() + " from " + project.getName());
    }

    /** Every statement of a project, for an organization export. */
    @Transactional(readOnly = true)
    public List<RfpBidderStatement> allOf(RfpProject project) {
        return statements.findByProjectIdOrderByBidderAscIdAsc(project.getId());
    }

    /** Writes an imported statement as it was imported before. */
    @Transactional
    public void restore(RfpProject project, String bidder, IntegrationStatement statement, String source,
            String importedBy, java.time.Instant importedAt, List<String> systems) {
        statements.save(new RfpBidderStatement(project.getId(), bidder, StatementJson.write(statement), source,
                importedBy, importedAt, systems == null ? List.of() : systems));
    }

    /** A product (one the planner can see) against the current revision of a project of the planner's organization. */
    @Transactional(readOnly = true)
    public GapReport productAgainstProject(AccountPrincipal user, long productId, long projectId) {
        Product product = products.get(user, productId);
        RfpProject project = projects.get(user, projectId);
        return gaps.analyse(project.getName() + " (revision " + project.getRevision() + ")",
                products.statement(product), projects.draft(project).requirements());
    }

    /** Requirements of the project's current revision × its bidders. */
    @Transactional(readOnly = true)
    public BidderMatrix matrix(AccountPrincipal user, long projectId) {
        MatrixInput input = matrixInput(projects.get(user, projectId));
        return gaps.compare(input.requirements(), input.bidders());
    }

    /** What a matrix is built from, read from the database before anything is computed. */
    private record MatrixInput(List<Requirement> requirements, List<Bidder> bidders) {
    }

    private MatrixInput matrixInput(RfpProject project) {
        Map<String, List<RfpBidderStatement>> byBidder = new LinkedHashMap<>();
        for (RfpBidderStatement s : statements.findByProjectIdOrderByBidderAscIdAsc(project.getId())) {
            byBidder.computeIfAbsent(s.getBidder(), b -> new ArrayList<>()).add(s);
        }
        List<Bidder> bidders = byBidder.entrySet().stream().map(e -> bidder(e.getKey(), e.getValue())).toList();
        return new MatrixInput(projects.draft(project).requirements(), bidders);
    }

    /**
     * A bidder with its statements, bidding for the systems its statements are offered for; for every
     * system when any of them is.
     */
    static Bidder bidder(String name, List<RfpBidderStatement> stored) {
        boolean all = stored.stream().anyMatch(s -> s.getSystems().isEmpty());
        Set<String> systems = all ? Set.of()
                : stored.stream().flatMap(s -> s.getSystems().stream()).collect(Collectors.toSet());
        return new Bidder(name, stored.stream().map(s -> StatementJson.read(s.getStatement())).toList(), systems);
    }

    /** The evidence matrix as CSV for the evaluation spreadsheet, built when the file is asked for. */
    @Transactional(readOnly = true)
    public Download matrixCsv(AccountPrincipal user, long projectId) {
        RfpProject project = projects.get(user, projectId);
        return new Download(FileNames.bidderMatrix(project.getName(), "csv"), "text/csv;charset=UTF-8", () -> {
            BidderMatrix matrix = matrix(user, projectId);
            return Timings.statementDocument(metrics, "bidder-matrix.csv", () -> matrices.csv(matrix));
        });
    }

    /** The evidence matrix as a landscape PDF, built and made on the document queue when the file is asked for. */
    @Transactional(readOnly = true)
    public Download matrixPdf(AccountPrincipal user, long projectId) {
        RfpProject project = projects.get(user, projectId);
        String name = project.getName();
        return new Download(FileNames.bidderMatrix(name, "pdf"), "application/pdf", () -> {
            MatrixInput input = matrixInput(projects.get(user, projectId));
            return documents.make(() -> {
                BidderMatrix matrix = gaps.compare(input.requirements(), input.bidders());
                return Timings.statementDocument(metrics, "bidder-matrix.pdf", () -> matrices.pdf(matrix, name));
            });
        });
    }

    /**
     * One bidder statement against the project's current requirements, as a gap analysis PDF,
     * compared and made on the document queue when the file is asked for.
     */
    @Transactional(readOnly = true)
    public Download gapReport(AccountPrincipal user, long projectId, long statementId) {
        RfpProject project = projects.get(user, projectId);
        return new Download(FileNames.bidderGapReport(project.getName(), statementId), "application/pdf", () -> {
            RfpProject current = projects.get(user, projectId);
            RfpBidderStatement stored = statements.findByIdAndProjectId(statementId, current.getId())
                    .orElseThrow(() -> new WorkNotFoundException("bidder statement", statementId));
            String title = current.getName() + " (revision " + current.getRevision() + "), " + stored.getBidder();
            IntegrationStatement statement = statement(stored);
            List<Requirement> requirements = projects.draft(current).requirements();
            return documents.make(() -> {
                GapReport report = gaps.analyse(title, statement, requirements);
                return Timings.statementDocument(metrics, "gap-report.pdf", () -> gapPdf.render(report));
            });
        });
    }
}
