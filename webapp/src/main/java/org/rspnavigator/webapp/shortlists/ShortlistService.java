package org.rspnavigator.webapp.shortlists;

import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.rspnavigator.webapp.accounts.OrganizationDeletion;
import org.rspnavigator.webapp.platform.StaleEditException;
import org.rspnavigator.webapp.platform.WorkNotFoundException;
import java.time.Clock;
import java.util.List;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.Organization;
import org.rspnavigator.webapp.accounts.OrganizationRepository;
import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shortlists of the signed-in user's organization. Every method takes the user and sees only
 * their organization's items; saves check the version the user started from.
 */
@Service
public class ShortlistService {

    private static final String KIND = "shortlist";

    private final ShortlistRepository shortlists;
    private final OrganizationRepository organizations;
    private final AuditLog audit;
    private final Catalog catalog;
    private final Clock clock;

    public ShortlistService(ShortlistRepository shortlists, OrganizationRepository organizations, AuditLog audit,
            Catalog catalog, Clock clock) {
        this.shortlists = shortlists;
        this.organizations = organizations;
        this.audit = audit;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Shortlist> list(AccountPrincipal user) {
        return shortlists.findByOrganizationOrderByNameAsc(organization(user));
    }

    @Transactional(readOnly = true)
    public Shortlist get(AccountPrincipal user, long id) {
        return find(user, id);
    }

    @Transactional
    public Shortlist create(AccountPrincipal user, ShortlistContent content) {
        ShortlistContent valid = content.validated(catalog);
        Shortlist shortlist = new Shortlist(organization(user), user.username(), clock.instant());
        shortlist.apply(valid, user.username(), clock.instant());
        shortlists.save(shortlist);
        audit.record(user.username(), user.organizationId(), AuditAction.CREATED, KIND, String.valueOf(shortlist.getId()),
                valid.name());
        return shortlist;
    }

    /**
     * Saves {@code content} if the shortlist is still at {@code version}, the version the user
     * opened; otherwise refuses with {@link StaleEditException}.
     */
    @Transactional
    public Shortlist update(AccountPrincipal user, long id, long version, ShortlistContent content) {
        ShortlistContent valid = content.validated(catalog);
        Shortlist shortlist = find(user, id);
        if (shortlist.getVersion() != version) {
            throw new StaleEditException(KIND, shortlist.getName());
        }
        shortlist.apply(valid, user.username(), clock.instant());
        StaleEditException.flush(shortlists, KIND, valid.name());
        audit.record(user.username(), user.organizationId(), AuditAction.CHANGED, KIND, String.valueOf(id), valid.name());
        return shortlist;
    }

    @Transactional
    public void delete(AccountPrincipal user, long id, long version) {
        Shortlist shortlist = find(user, id);
        if (shortlist.getVersion() != version) {
            throw new StaleEditException(KIND, shortlist.getName());
        }
        shortlists.delete(shortlist);
        StaleEditException.flush(shortlists, KIND, shortlist.getName());
        audit.record(user.username(), user.organizationId(), AuditAction.DELETED, KIND, String.valueOf(id),
                shortlist.getName());
    }

    /**
     * Writes a shortlist from an export into {@code organization} as it was, with its recorded
     * creation and last change. Used by the import, inside its transaction.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Shortlist restore(AccountPrincipal actor, Organization organization, ShortlistContent content, String createdBy,
            java.time.Instant createdAt, String updatedBy, java.time.Instant updatedAt) {
        ShortlistContent valid = content.validated(catalog);
        Shortlist shortlist = new Shortlist(organization, createdBy, createdAt);
        shortlist.apply(valid, updatedBy, updatedAt);
        shortlist.restoreCreation(createdBy, createdAt);
        shortlists.save(shortlist);
        audit.record(actor.username(), organization.getId(), AuditAction.IMPORTED, KIND,
                String.valueOf(shortlist.getId()), valid.name());
        return shortlist;
    }

    private Shortlist find(AccountPrincipal user, long id) {
        return shortlists.findByIdAndOrganizationId(id, user.organizationId())
                .orElseThrow(() -> new WorkNotFoundException(KIND, id));
    }

    private Organization organization(AccountPrincipal user) {
        return organizations.findById(user.organizationId())
                .orElseThrow(() -> new WorkNotFoundException("organization", user.organizationId()));
    }

    /** An organization is deleted: its shortlists go first. */
    @EventListener
    @Order(1)
    public void onOrganizationDeletion(OrganizationDeletion deletion) {
        List<Shortlist> all = shortlists.findByOrganizationIdOrderByNameAsc(deletion.organizationId());
        shortlists.deleteAll(all);
        deletion.removed(all.size(), "shortlists");
    }
}
