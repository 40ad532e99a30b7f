package org.rspnavigator.webapp.api;

import java.time.Instant;
import java.util.List;

import org.rspnavigator.webapp.accounts.AccountService;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.accounts.Organization;
import org.rspnavigator.webapp.accounts.Role;
import org.rspnavigator.webapp.accounts.UserAccount;
import org.rspnavigator.webapp.audit.AuditLog;
import org.rspnavigator.webapp.transfer.OrganizationExport;
import org.rspnavigator.webapp.transfer.OrganizationTransfer;
import org.rspnavigator.webapp.transfer.OrganizationTransfer.ImportSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration over the API (ADMIN role): organizations and users, export and import of an
 * organization's data, and the audit trail.
 */
@RestController
@RequestMapping(CatalogJson.API + "/admin")
class AdminController {

    private final OrganizationTransfer transfer;
    private final AuditLog audit;
    private final AccountService accounts;
    private final java.time.Clock clock;

    AdminController(OrganizationTransfer transfer, AuditLog audit, AccountService accounts, java.time.Clock clock) {
        this.transfer = transfer;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    record OrganizationJson(long id, String name, long version) {
        static OrganizationJson of(Organization o) {
            return new OrganizationJson(o.getId(), o.getName(), o.getVersion());
        }
    }

    record NewOrganization(String name) {
    }

    @GetMapping("/organizations")
    List<OrganizationJson> organizations() {
        return accounts.organizations(CurrentUser.require()).stream().map(OrganizationJson::of).toList();
    }

    @PostMapping("/organizations")
    @ResponseStatus(HttpStatus.CREATED)
    OrganizationJson createOrganization(@RequestBody NewOrganization input) {
        return OrganizationJson.of(accounts.createOrganization(CurrentUser.require(), input.name()));
    }

    @DeleteMapping("/organizations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteOrganization(@PathVariable long id, @RequestParam long version) {
        accounts.deleteOrganization(CurrentUser.require(), id, version);
    }

    record UserJson(long id, String username, String displayName, String role, long organizationId, boolean enabled,
            boolean locked, long version) {
        static UserJson of(UserAccount u, java.time.Instant now) {
            return new UserJson(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole().name(),
                    u.getOrganization().getId(), u.isEnabled(), u.isLockedAt(now), u.getVersion());
        }
    }

    record NewUser(String username, String displayName, Role role, long organizationId, String password) {
    }

    record UserChange(long version, Role role, long organizationId, boolean enabled, boolean unlock) {
    }

    @GetMapping("/users")
    List<UserJson> users() {
        java.time.Instant now = clock.instant();
        return accounts.users(CurrentUser.require()).stream().map(u -> UserJson.of(u, now)).toList();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserJson createUser(@RequestBody NewUser input) {
        return UserJson.of(accounts.createUser(CurrentUser.require(), input.username(), input.displayName(), input.role(),
                input.organizationId(), input.password()), clock.instant());
    }

    @PutMapping("/users/{id}")
    UserJson updateUser(@PathVariable long id, @RequestBody UserChange change) {
        return UserJson.of(accounts.updateUser(CurrentUser.require(), id, change.version(), change.role(),
                change.organizationId(), change.enabled(), change.unlock()), clock.instant());
    }

    @GetMapping("/organizations/{id}/export")
    ResponseEntity<OrganizationExport> export(@PathVariable long id) {
        return WorkController.exportResponse(transfer.export(CurrentUser.require(), id));
    }

    @PostMapping("/organizations/{id}/import")
    ImportSummary importInto(@PathVariable long id, @RequestBody OrganizationExport data) {
        return transfer.importInto(CurrentUser.require(), id, data);
    }

    record AuditEntry(Instant at, String username, Long organizationId, String action, String subjectType,
            String subjectId, String detail) {
    }

    @GetMapping("/audit")
    List<AuditEntry> audit(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("The limit must be between 1 and 1000, not " + limit + ".");
        }
        return audit.latest(limit).stream().map(e -> new AuditEntry(e.getAt(), e.getUsername(), e.getOrganizationId(),
                e.getAction().name(), e.getSubjectType(), e.getSubjectId(), e.getDetail())).toList();
    }
}
