package org.rspnavigator.webapp.transfer;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.rspnavigator.documents.statement.StatementJson;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.AccountService;
import org.rspnavigator.webapp.accounts.Organization;
import org.rspnavigator.webapp.accounts.OrganizationRepository;
import org.rspnavigator.webapp.accounts.Role;
import org.rspnavigator.webapp.accounts.UserAccount;
import org.rspnavigator.webapp.accounts.UserAccountRepository;
import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditLog;
import org.rspnavigator.webapp.platform.NotPermittedException;
import org.rspnavigator.webapp.platform.WorkNotFoundException;
import org.rspnavigator.webapp.platform.web.ApiTerms;
import org.rspnavigator.webapp.products.Product;
import org.rspnavigator.webapp.products.ProductService;
import org.rspnavigator.webapp.rfp.RfpBidderService;
import org.rspnavigator.webapp.rfp.RfpEvaluationService;
import org.rspnavigator.procurement.evaluation.Score;
import org.rspnavigator.webapp.rfp.RfpJson;
import org.rspnavigator.webapp.rfp.RfpProject;
import org.rspnavigator.webapp.rfp.RfpProjectService;
import org.rspnavigator.webapp.rfp.RfpProjectService.SavedRevision;
import org.rspnavigator.webapp.shortlists.Shortlist;
import org.rspnavigator.webapp.shortlists.ShortlistContent;
import org.rspnavigator.webapp.shortlists.ShortlistRepository;
import org.rspnavigator.webapp.shortlists.ShortlistService;
import org.rspnavigator.webapp.transfer.OrganizationExport.BidderData;
import org.rspnavigator.webapp.transfer.OrganizationExport.EvaluationData;
import org.rspnavigator.webapp.transfer.OrganizationExport.ResponseData;
import org.rspnavigator.webapp.transfer.OrganizationExport.ScoreData;
import org.rspnavigator.webapp.transfer.OrganizationExport.Member;
import org.rspnavigator.webapp.transfer.OrganizationExport.OrganizationData;
import org.rspnavigator.webapp.transfer.OrganizationExport.ProductData;
import org.rspnavigator.webapp.transfer.OrganizationExport.RevisionData;
import org.rspnavigator.webapp.transfer.OrganizationExport.RfpProjectData;
import org.rspnavigator.webapp.transfer.OrganizationExport.ShortlistData;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Exports an organization's data and imports such an export into an organization. An import is
 * checked in full first and then written in one transaction: it lands completely or not at all.
 */
@Service
public class OrganizationTransfer {

    private final OrganizationRepository organizations;
    private final UserAccountRepository users;
    private final ShortlistRepository shortlists;
    private final ShortlistService shortlistService;
    private final RfpProjectService rfpProjects;
    private final RfpBidderService bidders;
    private final RfpEvaluationService evaluations;
    private final ProductService products;
    private final ObjectMapper json;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Catalog catalog;
    private final Clock clock;

    public OrganizationTransfer(OrganizationRepository organizations, UserAccountRepository users,
            ShortlistRepository shortlists, ShortlistService shortlistService, RfpProjectService rfpProjects,
            RfpBidderService bidders, RfpEvaluationService evaluations, ProductService products, ObjectMapper json, PasswordEncoder passwords, AuditLog audit,
            Catalog catalog, Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.shortlists = shortlists;
        this.shortlistService = shortlistService;
        this.rfpProjects = rfpProjects;
        this.bidders = bidders;
        this.evaluations = evaluations;
        this.products = products;
        this.json = json;
        this.passwords = passwords;
        this.audit = audit;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Members export their own organization, administrators any. What a member may not open through
     * the API stays out: a vendor's export holds no RFP projects.
     */
    @Transactional
    public OrganizationExport export(AccountPrincipal actor, long organizationId) {
        if (!actor.isAdmin() && actor.organizationId() != organizationId) {
            throw new WorkNotFoundException("organization", organizationId);
        }
        Organization org = organizations.findById(organizationId)
                .orElseThrow(() -> new WorkNotFoundException("organization", organizationId));
        List<Member> members = users.findByOrganizationOrderByUsername(org).stream()
                .map(u -> new Member(u.getUsername(), u.getDisplayName(), u.getRole().slug())).toList();
        List<ShortlistData> items = shortlists.findByOrganizationOrderByNameAsc(org).stream()
                .sorted(Comparator.comparing(Shortlist::getName).thenComparing(Shortlist::getCreatedAt))
                .map(s -> new ShortlistData(s.getName(), s.getDescription(), s.getFilter(), s.getStandardIds(),
                        s.getCreatedBy(), s.getCreatedAt(), s.getUpdatedBy(), s.getUpdatedAt()))
                .toList();
        // The export follows the endpoints' role rules: a vendor sees the organization's products, not its RFPs.
        List<RfpProjectData> projects = !RfpProjectService.mayPlan(actor) ? List.of()
                : rfpProjects.allOf(organizationId).stream()
                .sorted(Comparator.comparing(RfpProject::getName).thenComparing(RfpProject::getCreatedAt))
                .map(this::projectData)
                .toList();
        List<ProductData> productData = products.allOf(organizationId).stream()
                .sorted(Comparator.comparing(Product::getName).thenComparing(Product::getProductVersion)
                        .thenComparing(Product::getCreatedAt))
                .map(p -> new ProductData(p.getName(), p.getProductVersion(), p.isPublished(),
                        tree(products.statement(p)), p.getCreatedBy(), p.getCreatedAt(), p.getUpdatedBy(),
                        p.getUpdatedAt()))
                .toList();
        audit.record(actor.username(), organizationId, AuditAction.EXPORTED, "organization",
                String.valueOf(organizationId), members.size() + " members, " + items.size() + " shortlists, "
                        + projects.size() + " RFP projects, " + productData.size() + " products");
        return new OrganizationExport(OrganizationExport.FORMAT, OrganizationExport.VERSION,
                catalog.edition().edition(), new OrganizationData(org.getName()), members, items, projects,
                productData);
    }

    /**
     * Imports {@code data} into the organization: adds its shortlists, and creates its missing
     * members as disabled accounts. Administrators only.
     *
     * @throws IllegalArgumentException listing every problem with its place in the document;
     *         nothing is written then
     */
    @Transactional
    public ImportSummary importInto(AccountPrincipal actor, long organizationId, OrganizationExport data) {
        if (!actor.isAdmin()) {
            throw new NotPermittedException("Only administrators import an organization's data.");
        }
        Organization org = organizations.findById(organizationId)
                .orElseThrow(() -> new WorkNotFoundException("organization", organizationId));
        List<String> problems = check(org, data);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The import was refused and nothing was changed: "
                    + String.join("; ", problems));
        }
        int created = 0;
        for (Member m : data.members()) {
            if (users.findByUsernameIgnoreCase(m.username()).isEmpty()) {
                UserAccount account = new UserAccount(m.username(), m.displayName(), passwords.encode(randomSecret()),
                        ApiTerms.read(Role.class, m.role()).orElseThrow(), org, clock.instant());
                account.setEnabled(false);
                account.setMustChangePassword(true);
                users.save(account);
                created++;
            }
        }
        for (ShortlistData s : data.shortlists()) {
            shortlistService.restore(actor, org, new ShortlistContent(s.name(), s.description(), s.filter(), s.standards()),
                    s.createdBy(), s.createdAt(), s.updatedBy(), s.updatedAt());
        }
        List<RfpProjectData> projects = rfpProjectsOf(data);
        for (RfpProjectData p : projects) {
            RfpProject project = rfpProjects.restore(actor.username(), org, p.createdBy(), p.createdAt(),
                    p.revisions().stream().map(r -> new SavedRevision(r.revision(), r.savedBy(), r.savedAt(),
                            draft(r.draft()))).toList());
            for (BidderData b : biddersOf(p)) {
                bidders.restore(project, b.bidder(), StatementJson.read(b.statement().toString()), b.source(),
                        b.importedBy(), b.importedAt(), b.systems());
            }
            for (ResponseData r : responsesOf(p)) {
                evaluations.restoreResponse(project, r.bidder(), r.revision(), r.answers().toString(), r.source(),
                        r.importedBy(), r.importedAt());
            }
            if (p.evaluation() != null) {
                EvaluationData e = p.evaluation();
                if (e.plan() != null && !e.plan().isNull()) {
                    evaluations.restorePlan(project, e.plan().toString(), e.planUpdatedBy(), e.planUpdatedAt());
                }
                for (ScoreData sc : scoresOf(e)) {
                    evaluations.restoreScore(project, new Score(sc.bidder(), sc.number(), sc.evaluator(), sc.score(),
                            sc.comment()), sc.scoredAt());
                }
            }
        }
        for (ProductData p : productsOf(data)) {
            products.restore(actor.username(), org, StatementJson.read(p.statement().toString()), p.published(),
                    p.createdBy(), p.createdAt(), p.updatedBy(), p.updatedAt());
        }
        audit.record(actor.username(), organizationId, AuditAction.IMPORTED, "organization",
                String.valueOf(organizationId), data.shortlists().size() + " shortlists, " + projects.size()
                        + " RFP projects, " + created + " new members (disabled)");
        return new ImportSummary(data.shortlists().size(), projects.size(), productsOf(data).size(), created);
    }

    public record ImportSummary(int shortlists, int rfpProjects, int products, int membersCreated) {
    }

    private static List<ProductData> productsOf(OrganizationExport data) {
        return data.products() == null ? List.of() : data.products();
    }

    private static List<BidderData> biddersOf(RfpProjectData project) {
        return project.bidders() == null ? List.of() : project.bidders();
    }

    private static List<ResponseData> responsesOf(RfpProjectData project) {
        return project.responses() == null ? List.of() : project.responses();
    }

    private static List<ScoreData> scoresOf(EvaluationData evaluation) {
        return evaluation.scores() == null ? List.of() : evaluation.scores();
    }

    /** A project as exported: every revision, the bidders' statements and matrices, and its evaluation. */
    private RfpProjectData projectData(RfpProject p) {
        RfpEvaluationService.Kept kept = evaluations.allOf(p);
        return new RfpProjectData(p.getName(), p.getCreatedBy(), p.getCreatedAt(),
                rfpProjects.history(p).stream().map(r -> new RevisionData(r.revision(), r.savedBy(), r.savedAt(),
                        json.valueToTree(RfpJson.of(r.draft())))).toList(),
                bidders.allOf(p).stream().map(b -> new BidderData(b.getBidder(), b.getSource(), b.getImportedBy(),
                        b.getImportedAt(), tree(bidders.statement(b)), b.getSystems())).toList(),
                responsesOf(kept), evaluationOf(kept));
    }

    private List<ResponseData> responsesOf(RfpEvaluationService.Kept kept) {
        return kept.responses().stream().map(r -> new ResponseData(r.getBidder(), r.getRevision(), r.getSource(),
                r.getImportedBy(), r.getImportedAt(), json.readTree(evaluations.answersJson(r)))).toList();
    }

    private EvaluationData evaluationOf(RfpEvaluationService.Kept kept) {
        return new EvaluationData(kept.plan().map(p -> json.readTree(evaluations.planJson(p))).orElse(null),
                kept.plan().map(p -> p.getUpdatedBy()).orElse(null), kept.plan().map(p -> p.getUpdatedAt()).orElse(null),
                kept.scores().stream().map(sc -> {
                    Score score = sc.toScore();
                    return new ScoreData(score.bidder(), score.number(), score.evaluator(), score.value(),
                            score.comment(), sc.getScoredAt());
                }).toList());
    }

    /** The problems of a project's returned matrices and evaluation in an import, by their place. */
    private void checkEvaluation(RfpProjectData p, String at, List<String> problems) {
        List<ResponseData> kept = responsesOf(p);
        Set<String> bidderNames = new HashSet<>();
        for (int j = 0; j < kept.size(); j++) {
            ResponseData r = kept.get(j);
            String rat = at + ".responses[" + j + "]";
            if (r == null || r.bidder() == null || r.bidder().isBlank() || r.source() == null || r.importedBy() == null
                    || r.importedAt() == null || r.answers() == null) {
                problems.add(rat + ": bidder, source, importedBy, importedAt and answers are required");
                continue;
            }
            fits(problems, rat + ".bidder", r.bidder(), NAME);
            fits(problems, rat + ".source", r.source(), SOURCE);
            fits(problems, rat + ".importedBy", r.importedBy(), USERNAME);
            if (!bidderNames.add(r.bidder().toLowerCase(java.util.Locale.ROOT))) {
                problems.add(rat + ".bidder: '" + r.bidder() + "' has a matrix already");
            }
            evaluations.answersProblem(r.answers().toString()).ifPresent(e -> problems.add(rat + ".answers: " + e));
        }
        EvaluationData e = p.evaluation();
        if (e == null) {
            return;
        }
        if (e.plan() != null && !e.plan().isNull()) {
            if (e.planUpdatedBy() == null || e.planUpdatedAt() == null) {
                problems.add(at + ".evaluation: planUpdatedBy and planUpdatedAt are required with a plan");
            } else {
                fits(problems, at + ".evaluation.planUpdatedBy", e.planUpdatedBy(), USERNAME);
            }
            evaluations.planProblem(e.plan().toString()).ifPresent(x -> problems.add(at + ".evaluation.plan: " + x));
        }
        Set<String> scored = new HashSet<>();
        List<ScoreData> all = scoresOf(e);
        for (int j = 0; j < all.size(); j++) {
            ScoreData sc = all.get(j);
            String sat = at + ".evaluation.scores[" + j + "]";
            if (sc == null || sc.bidder() == null || sc.number() == null || sc.evaluator() == null
                    || sc.scoredAt() == null) {
                problems.add(sat + ": bidder, number, evaluator and scoredAt are required");
                continue;
            }
            fits(problems, sat + ".bidder", sc.bidder(), NAME);
            fits(problems, sat + ".number", sc.number(), org.rspnavigator.procurement.FieldLimits.NUMBER);
            fits(problems, sat + ".evaluator", sc.evaluator(), USERNAME);
            try {
                new Score(sc.bidder(), sc.number(), sc.evaluator(), sc.score(), sc.comment());
            } catch (IllegalArgumentException x) {
                problems.add(sat + ": " + x.getMessage());
            }
            if (!scored.add(sc.bidder() + "\n" + sc.number() + "\n" + sc.evaluator())) {
                problems.add(sat + ": " + sc.evaluator() + " scored " + sc.bidder() + ", " + sc.number() + " already");
            }
        }
    }

    /** A revision's draft as read from its JSON. */
    private RfpDraft draft(JsonNode draft) {
        try {
            return RfpJson.draft(json.treeToValue(draft, RfpJson.Draft.class));
        } catch (JacksonException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    private JsonNode tree(IntegrationStatement statement) {
        return json.readTree(StatementJson.write(statement));
    }

    /**
     * The problems of the statement at {@code at} ({@code products[0]}) in an import: where it breaks
     * the statement file's schema, as an imported statement file would be refused; else what reading
     * it finds, and, if {@code checkClaims}, what the catalog finds wrong with its claims.
     */
    private List<String> statementProblems(JsonNode statement, String at, boolean checkClaims) {
        if (statement == null || !statement.isObject()) {
            return List.of(at + ".statement: missing");
        }
        List<String> broken = ProductService.STATEMENT_SCHEMA.violations(statement, at + ".statement").stream()
                .map(Object::toString).toList();
        if (!broken.isEmpty()) {
            return broken;
        }
        try {
            IntegrationStatement read = StatementJson.read(statement.toString());
            return checkClaims ? products.problems(read).stream().map(problem -> at + ": " + problem).toList()
                    : List.of();
        } catch (IllegalArgumentException e) {
            return List.of(at + ".statement: " + e.getMessage());
        }
    }

    private void checkProducts(OrganizationExport data, List<String> problems) {
        List<ProductData> all = productsOf(data);
        for (int i = 0; i < all.size(); i++) {
            ProductData p = all.get(i);
            String at = "products[" + i + "]";
            if (p == null || p.createdBy() == null || p.createdAt() == null || p.updatedBy() == null
                    || p.updatedAt() == null) {
                problems.add(at + ": createdBy, createdAt, updatedBy and updatedAt are required");
                continue;
            }
            fits(problems, at + ".createdBy", p.createdBy(), USERNAME);
            fits(problems, at + ".updatedBy", p.updatedBy(), USERNAME);
            problems.addAll(statementProblems(p.statement(), at, true));
        }
    }

    private static List<RfpProjectData> rfpProjectsOf(OrganizationExport data) {
        return data.rfpProjects() == null ? List.of() : data.rfpProjects();
    }

    private void checkRfpProjects(OrganizationExport data, List<String> problems) {
        List<RfpProjectData> projects = rfpProjectsOf(data);
        for (int i = 0; i < projects.size(); i++) {
            RfpProjectData p = projects.get(i);
            String at = "rfpProjects[" + i + "]";
            if (p == null || p.createdBy() == null || p.createdAt() == null || p.revisions() == null
                    || p.revisions().isEmpty()) {
                problems.add(at + ": createdBy, createdAt and at least one revision are required");
                continue;
            }
            fits(problems, at + ".createdBy", p.createdBy(), USERNAME);
            List<BidderData> bidderList = biddersOf(p);
            for (int j = 0; j < bidderList.size(); j++) {
                BidderData b = bidderList.get(j);
                String bat = at + ".bidders[" + j + "]";
                if (b == null || b.bidder() == null || b.bidder().isBlank() || b.source() == null
                        || b.importedBy() == null || b.importedAt() == null) {
                    problems.add(bat + ": bidder, source, importedBy and importedAt are required");
                    continue;
                }
                fits(problems, bat + ".bidder", b.bidder(), NAME);
                fits(problems, bat + ".source", b.source(), SOURCE);
                fits(problems, bat + ".importedBy", b.importedBy(), USERNAME);
                if (b.systems() != null) {
                    for (String system : b.systems()) {
                        if (system == null || catalog.systemType(system).isEmpty()) {
                            problems.add(bat + ".systems: '" + system + "' is not a system type of the catalog");
                        }
                    }
                }
                problems.addAll(statementProblems(b.statement(), bat, false));
            }
            checkEvaluation(p, at, problems);
            for (int j = 0; j < p.revisions().size(); j++) {
                RevisionData r = p.revisions().get(j);
                String rat = at + ".revisions[" + j + "]";
                if (r == null || r.revision() != j + 1 || r.savedBy() == null || r.savedAt() == null || r.draft() == null
                        || r.draft().isNull()) {
                    problems.add(rat + ": revision " + (j + 1) + " with savedBy, savedAt and draft is required");
                    continue;
                }
                fits(problems, rat + ".savedBy", r.savedBy(), USERNAME);
                // The draft's schema first, as the RFP API checks a draft sent to it; then what only reading it finds.
                List<String> broken = RfpJson.DRAFT_SCHEMA.violations(r.draft(), rat + ".draft").stream()
                        .map(Object::toString).toList();
                if (!broken.isEmpty()) {
                    problems.addAll(broken);
                    continue;
                }
                try {
                    draft(r.draft()).validated(catalog);
                } catch (IllegalArgumentException e) {
                    problems.add(rat + ".draft: " + e.getMessage());
                }
            }
        }
    }

    private List<String> check(Organization org, OrganizationExport data) {
        List<String> problems = new ArrayList<>();
        if (!OrganizationExport.FORMAT.equals(data.format())) {
            problems.add("format: expected '" + OrganizationExport.FORMAT + "', found '" + data.format() + "'");
        }
        if (data.formatVersion() != OrganizationExport.VERSION) {
            problems.add("formatVersion: this version reads " + OrganizationExport.VERSION + ", found " + data.formatVersion());
        }
        if (data.members() == null) {
            problems.add("members: missing");
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < data.members().size(); i++) {
                Member m = data.members().get(i);
                String at = "members[" + i + "]";
                if (m == null || m.username() == null || m.username().isBlank()) {
                    problems.add(at + ".username: missing");
                    continue;
                }
                if (!AccountService.isUsername(m.username())) {
                    problems.add(at + ".username: '" + m.username() + "' is not a user name an account may have "
                            + "(2 to 100 characters: lower-case letters, digits, and . _ @ -)");
                }
                if (!seen.add(m.username().toLowerCase(java.util.Locale.ROOT))) {
                    problems.add(at + ".username: '" + m.username() + "' appears twice");
                }
                if (m.displayName() == null || m.displayName().isBlank()) {
                    problems.add(at + ".displayName: missing");
                }
                fits(problems, at + ".displayName", m.displayName(), NAME);
                if (ApiTerms.read(Role.class, m.role()).isEmpty()) {
                    problems.add(at + ".role: must be " + ApiTerms.choices(Role.class));
                }
                users.findByUsernameIgnoreCase(m.username()).filter(u -> !u.getOrganization().getId().equals(org.getId()))
                        .ifPresent(u -> problems.add(at + ".username: '" + m.username()
                                + "' belongs to another organization here"));
            }
        }
        if (data.shortlists() == null) {
            problems.add("shortlists: missing");
        } else {
            Set<String> names = new HashSet<>();
            shortlists.findByOrganizationOrderByNameAsc(org).forEach(s -> names.add(s.getName()));
            for (int i = 0; i < data.shortlists().size(); i++) {
                ShortlistData s = data.shortlists().get(i);
                String at = "shortlists[" + i + "]";
                if (s == null) {
                    problems.add(at + ": missing");
                    continue;
                }
                try {
                    new ShortlistContent(s.name(), s.description(), s.filter(), s.standards()).validated(catalog);
                } catch (IllegalArgumentException e) {
                    problems.add(at + ": " + e.getMessage());
                }
                if (s.name() != null && !names.add(s.name().strip())) {
                    problems.add(at + ".name: the organization already has a shortlist named '" + s.name() + "'");
                }
                if (s.createdBy() == null || s.createdAt() == null || s.updatedBy() == null || s.updatedAt() == null) {
                    problems.add(at + ": createdBy, createdAt, updatedBy and updatedAt are required");
                }
                fits(problems, at + ".createdBy", s.createdBy(), USERNAME);
                fits(problems, at + ".updatedBy", s.updatedBy(), USERNAME);
            }
        }
        checkRfpProjects(data, problems);
        checkProducts(data, problems);
        return problems;
    }

    /** The most characters of a user name (createdBy, savedBy, ...), of a person's or a bidder's name, and of a source. */
    private static final int USERNAME = 100;
    private static final int NAME = 200;
    private static final int SOURCE = 300;

    /** A text longer than its column holds is a problem at its place, rather than a failed write. */
    private static void fits(List<String> problems, String at, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(at + ": " + text.length() + " characters; at most " + max + " are allowed");
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
