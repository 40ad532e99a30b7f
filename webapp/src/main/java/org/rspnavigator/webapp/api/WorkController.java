package org.rspnavigator.webapp.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.AccountService;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.transfer.OrganizationExport;
import org.rspnavigator.webapp.transfer.OrganizationTransfer;
import org.rspnavigator.webapp.work.Shortlist;
import org.rspnavigator.webapp.work.ShortlistContent;
import org.rspnavigator.webapp.work.ShortlistService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The signed-in user's own work (HTTP Basic): who they are, their password, their organization's
 * shortlists, and the export of their organization's data. Items of other organizations do not
 * exist here.
 */
@RestController
@RequestMapping(CatalogJson.API)
class WorkController {

    private final ShortlistService shortlists;
    private final OrganizationTransfer transfer;
    private final AccountService accounts;

    WorkController(ShortlistService shortlists, OrganizationTransfer transfer, AccountService accounts) {
        this.shortlists = shortlists;
        this.transfer = transfer;
        this.accounts = accounts;
    }

    /** {@code mustChangePassword}: signed in with a one-time password, which opens nothing but its change. */
    record Me(String username, String displayName, String role, long organizationId, String organization,
            boolean mustChangePassword) {
    }

    @GetMapping("/me")
    Me me() {
        AccountPrincipal u = CurrentUser.require();
        return new Me(u.username(), u.displayName(), u.role().name(), u.organizationId(), u.organizationName(),
                u.mustChangePassword());
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    /**
     * The user replaces their password (204). A weak new password: 400 saying why; a wrong current
     * one: 403, counted as a failed login from the caller's address.
     */
    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody PasswordChange change, HttpServletRequest request) {
        accounts.changeOwnPassword(CurrentUser.require(), request.getRemoteAddr(), change.currentPassword(),
                change.newPassword());
    }

    /** A shortlist as sent and received; {@code version} must come back unchanged on an update. */
    record ShortlistJson(Long id, long version, String name, String description, String filter, List<String> standards,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, String href) {
        static ShortlistJson of(Shortlist s) {
            return new ShortlistJson(s.getId(), s.getVersion(), s.getName(), s.getDescription(), s.getFilter(),
                    s.getStandardIds(), s.getCreatedBy(), s.getCreatedAt(), s.getUpdatedBy(), s.getUpdatedAt(),
                    CatalogJson.API + "/shortlists/" + s.getId());
        }
    }

    record ShortlistInput(String name, String description, String filter, List<String> standards, Long version) {
        ShortlistContent content() {
            return new ShortlistContent(name, description, filter, standards);
        }
    }

    @GetMapping("/shortlists")
    List<ShortlistJson> list() {
        return shortlists.list(CurrentUser.require()).stream().map(ShortlistJson::of).toList();
    }

    @GetMapping("/shortlists/{id}")
    ShortlistJson get(@PathVariable long id) {
        return ShortlistJson.of(shortlists.get(CurrentUser.require(), id));
    }

    @PostMapping("/shortlists")
    ResponseEntity<ShortlistJson> create(@RequestBody ShortlistInput input) {
        Shortlist s = shortlists.create(CurrentUser.require(), input.content());
        return ResponseEntity.created(URI.create(CatalogJson.API + "/shortlists/" + s.getId())).body(ShortlistJson.of(s));
    }

    @PutMapping("/shortlists/{id}")
    ShortlistJson update(@PathVariable long id, @RequestBody ShortlistInput input) {
        if (input.version() == null) {
            throw new IllegalArgumentException("Send the 'version' you read, so that a colleague's change is not overwritten.");
        }
        return ShortlistJson.of(shortlists.update(CurrentUser.require(), id, input.version(), input.content()));
    }

    @DeleteMapping("/shortlists/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam long version) {
        shortlists.delete(CurrentUser.require(), id, version);
    }

    @GetMapping("/organization/export")
    ResponseEntity<OrganizationExport> export() {
        AccountPrincipal u = CurrentUser.require();
        return exportResponse(transfer.export(u, u.organizationId()));
    }

    static ResponseEntity<OrganizationExport> exportResponse(OrganizationExport data) {
        String name = "rsp-" + data.organization().name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                + ".json";
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()).body(data);
    }
}
