package org.rspnavigator.webapp.rfp;

import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.rspnavigator.webapp.accounts.OrganizationDeletion;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.rfp.RequirementProposer;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.procurement.rfp.RfpSpec;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.Organization;
import org.rspnavigator.webapp.accounts.OrganizationRepository;
import org.rspnavigator.webapp.accounts.Role;
import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditLog;
import org.rspnavigator.webapp.platform.NotPermittedException;
import org.rspnavigator.webapp.platform.StaleEditException;
import org.rspnavigator.webapp.platform.WorkNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * RFP projects of the signed-in planner's organization. Every save is a new revision, kept, so a
 * planner can see what was issued when and go back to it; saves check the version the planner
 * started from, so nobody overwrites a colleague's work unseen.
 */
@Service
public class RfpProjectService {

    private static final String KIND = "RFP project";
    private static final String AUDIT_KIND = "rfp-project";

    private final RfpProjectRepository projects;
    private final RfpProjectRevisionRepository revisions;
    private final OrganizationRepository organizations;
    private final AuditLog audit;
    private final Catalog catalog;
    private final RequirementProposer proposer;
    private final ObjectMapper json;
    private final Clock clock;

    public RfpProjectService(RfpProjectRepository projects, RfpProjectRevisionRepository revisions,
            OrganizationRepository organizations, AuditLog audit, Catalog catalog, RequirementProposer proposer,
            ObjectMapper json, Clock clock) {
        this.projects = projects;
        this.revisions = revisions;
        this.organizations = organizations;
        this.audit = audit;
        this.catalog = catalog;
        this.proposer = proposer;
        this.json = json;
        this.clock = clock;
    }

    /** Planners, and administrators, work on RFPs; vendors do not see buyers' projects. */
    public static boolean mayPlan(AccountPrincipal user) {
        return user.role() == Role.PLANNER || user.role() == Role.ADMIN;
    }

    @Transactional(readOnly = true)
    public List<RfpProject> list(AccountPrincipal user) {
        requirePlanner(user);
        return projects.findByOrganizationIdOrderByNameAscIdAsc(user.organizationId());
    }

    @Transactional(readOnly = true)
    public RfpProject get(AccountPrincipal user, long id) {
        requirePlanner(user);
        return find(user, id);
    }

    /** The draft a project holds now. */
    public RfpDraft draft(RfpProject project) {
        return read(project.getContent());
    }

    /** A new project from a spec, with the requirements proposed for it, as revision 1. */
    @Transactional
    public RfpProject create(AccountPrincipal user, RfpSpec spec) {
        requirePlanner(user);
        return create(user, RfpDraft.proposed(spec, proposer), AuditAction.CREATED);
    }

    /**
     * A new project from a whole draft (as the API receives one), as revision 1. A SHALL proposed
     * from the portfolio that the draft lowers or withdraws must come with its reason
     * ({@link RfpDraft#explainedSince}).
     */
    @Transactional
    public RfpProject create(AccountPrincipal user, RfpDraft draft) {
        requirePlanner(user);
        return create(user, draft.explainedSince(null), AuditAction.CREATED);
    }

    private RfpProject create(AccountPrincipal user, RfpDraft draft, AuditAction action) {
        RfpDraft valid = draft.validated(catalog).withoutCovered(proposer);
        Instant now = clock.instant();
        RfpProject project = new RfpProject(organization(user), user.username(), now);
        project.apply(valid.spec().projectName(), write(valid), user.username(), now);
        projects.save(project);
        revisions.save(new RfpProjectRevision(project));
        audit.record(user.username(), user.organizationId(), action, AUDIT_KIND, String.valueOf(project.getId()),
                valid.spec().projectName());
        return project;
    }

    /**
     * Saves {@code draft} as the project's next revision if the project is still at
     * {@code version}; otherwise refuses with {@link StaleEditException}, also when a colleague's
     * save lands at the same moment. A SHALL proposed from the portfolio that {@code draft} newly
     * lowers or withdraws must come with its reason; what the saved draft already had is kept
     * ({@link RfpDraft#explainedSince}).
     */
    @Transactional
    public RfpProject save(AccountPrincipal user, long id, long version, RfpDraft draft) {
        requirePlanner(user);
        RfpProject project = find(user, id);
        RfpDraft valid = draft.explainedSince(draft(project)).validated(catalog).withoutCovered(proposer);
        if (project.getVersion() != version) {
            throw new StaleEditException(KIND, project.getName());
        }
        project.apply(valid.spec().projectName(), write(valid), user.username(), clock.instant());
        StaleEditException.flush(projects, KIND, project.getName());
        revisions.save(new RfpProjectRevision(project));
        audit.record(user.username(), user.organizationId(), AuditAction.CHANGED, AUDIT_KIND, String.valueOf(id),
                valid.spec().projectName() + " (revision " + project.getRevision() + ")");
        return project;
    }

    /**
     * Saves the project with a new scope as its next revision: the requirements are proposed
     * again, keeping the numbers, levels and withdrawals the project had.
     */
    @Transactional
    public RfpProject save(AccountPrincipal user, long id, long version, RfpSpec spec) {
        requirePlanner(user);
        return save(user, id, version, draft(find(user, id)).withSpec(spec, proposer));
    }

    /** A copy of the project as it is now, named "Copy of ...", starting again at revision 1. */
    @Transactional
    public RfpProject duplicate(AccountPrincipal user, long id) {
        requirePlanner(user);
        RfpDraft source = draft(find(user, id));
        String name = "Copy of " + source.spec().projectName();
        if (name.length() > FieldLimits.NAME) {
            name = name.substring(0, FieldLimits.NAME);
        }
        RfpSpec spec = new RfpSpec(name, source.spec().organization(), source.spec().region(),
                source.spec().useCases(), source.spec().systems(), source.spec().clinicalServices());
        return create(user, new RfpDraft(spec, source.requirements(), source.withdrawn(), source.mandates(),
                source.clauses(), source.leftOut()), AuditAction.CREATED);
    }

    @Transactional
    public void delete(AccountPrincipal user, long id, long version) {
        requirePlanner(user);
        RfpProject project = find(user, id);
        if (project.getVersion() != version) {
            throw new StaleEditException(KIND, project.getName());
        }
        projects.delete(project);
        StaleEditException.flush(projects, KIND, project.getName());
        audit.record(user.username(), user.organizationId(), AuditAction.DELETED, AUDIT_KIND, String.valueOf(id),
                project.getName());
    }

    /** The saved revisions of a project, newest first. */
    @Transactional(readOnly = true)
    public List<RfpProjectRevision> revisions(AccountPrincipal user, long id) {
        requirePlanner(user);
        return revisions.findByProjectIdOrderByRevisionDesc(find(user, id).getId());
    }

    /** The draft as revision {@code revision} saved it. */
    @Transactional(readOnly = true)
    public RfpDraft revision(AccountPrincipal user, long id, int revision) {
        requirePlanner(user);
        RfpProject project = find(user, id);
        return revisions.findByProjectIdAndRevision(project.getId(), revision).map(r -> read(r.getContent()))
                .orElseThrow(() -> new WorkNotFoundException("revision of " + KIND + " " + id, revision));
    }

    /**
     * What the documents of a saved project are made from: revision {@code revision}, or the
     * current one when it is null, issued today.
     */
    @Transactional(readOnly = true)
    public RfpDocument document(AccountPrincipal user, long id, Integer revision) {
        requirePlanner(user);
        RfpProject project = find(user, id);
        if (revision == null) {
            return draft(project).toDocument(project.getRevision(), today());
        }
        return revision(user, id, revision).toDocument(revision, today());
    }

    /**
     * What the documents of a draft that is not saved are made from, as revision 1 issued today;
     * with {@code proposeRequirements}, its requirements are proposed from its spec first.
     *
     * @throws IllegalArgumentException listing every problem of the draft
     */
    public RfpDocument document(AccountPrincipal user, RfpDraft draft, boolean proposeRequirements) {
        requirePlanner(user);
        RfpDraft complete = proposeRequirements
                ? propose(draft.spec()).withMandates(draft.mandates()).withClauses(draft.clauses())
                : draft;
        return complete.validated(catalog).toDocument(1, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- organization transfer

    /** Every project of an organization, for its export (the caller checks who may export). */
    @Transactional(readOnly = true)
    public List<RfpProject> allOf(long organizationId) {
        return projects.findByOrganizationIdOrderByNameAscIdAsc(organizationId);
    }

    /** Every saved revision of a project, oldest first, with its draft. */
    @Transactional(readOnly = true)
    public List<SavedRevision> history(RfpProject project) {
        return revisions.findByProjectIdOrderByRevisionDesc(project.getId()).reversed().stream()
                .map(r -> new SavedRevision(r.getRevision(), r.getSavedBy(), r.getSavedAt(), read(r.getContent())))
                .toList();
    }

    /** A revision as it was saved. */
    public record SavedRevision(int revision, String savedBy, Instant savedAt, RfpDraft draft) {
    }

    /**
     * Writes an imported project with its whole history into {@code organization}, keeping who
     * saved each revision and when. The revisions must be numbered 1, 2, ... and valid
     * ({@link RfpDraft#validated}); the caller checks that first so that nothing is half-written.
     */
    @Transactional
    public RfpProject restore(String actor, Organization organization, String createdBy, Instant createdAt,
            List<SavedRevision> history) {
        RfpProject project = new RfpProject(organization, createdBy, createdAt);
        for (SavedRevision saved : history) {
            RfpDraft valid = saved.draft().validated(catalog);
            project.apply(valid.spec().projectName(), write(valid), saved.savedBy(), saved.savedAt());
            projects.saveAndFlush(project);
            revisions.save(new RfpProjectRevision(project));
        }
        audit.record(actor, organization.getId(), AuditAction.IMPORTED, AUDIT_KIND, String.valueOf(project.getId()),
                project.getName() + " (" + history.size() + " revisions)");
        return project;
    }

    /** Deletes every project of an organization with its revisions; the number deleted. */
    @Transactional
    public int deleteAllOf(long organizationId) {
        List<RfpProject> all = projects.findByOrganizationIdOrderByNameAscIdAsc(organizationId);
        for (RfpProject project : all) {
            revisions.deleteAll(revisions.findByProjectIdOrderByRevisionDesc(project.getId()));
        }
        projects.deleteAll(all);
        return all.size();
    }

    /** The requirements proposed for a spec, without saving anything. */
    public RfpDraft propose(RfpSpec spec) {
        return RfpDraft.proposed(spec, proposer).validated(catalog);
    }

    private String write(RfpDraft draft) {
        String text = json.writeValueAsString(RfpJson.of(draft));
        if (text.length() > RfpProject.MAX_CONTENT) {
            throw new IllegalArgumentException("The project is too large to save (" + text.length()
                    + " characters of text; at most " + RfpProject.MAX_CONTENT + "). Shorten clauses or rationales.");
        }
        return text;
    }

    private RfpDraft read(String content) {
        try {
            return RfpJson.draft(json.readValue(content, RfpJson.Draft.class));
        } catch (JacksonException e) {
            throw new IllegalStateException("A stored RFP project could not be read", e);
        }
    }

    private static void requirePlanner(AccountPrincipal user) {
        if (!mayPlan(user)) {
            throw new NotPermittedException("Only planners work on RFP projects.");
        }
    }

    private RfpProject find(AccountPrincipal user, long id) {
        return projects.findByIdAndOrganizationId(id, user.organizationId())
                .orElseThrow(() -> new WorkNotFoundException(KIND, id));
    }

    private Organization organization(AccountPrincipal user) {
        return organizations.findById(user.organizationId())
                .orElseThrow(() -> new WorkNotFoundException("organization", user.organizationId()));
    }

    /** An organization is deleted: its RFP projects go with their revisions and bidders, after its shortlists. */
    @EventListener
    @Order(2)
    public void onOrganizationDeletion(OrganizationDeletion deletion) {
        deletion.removed(deleteAllOf(deletion.organizationId()), "RFP projects");
    }
}
