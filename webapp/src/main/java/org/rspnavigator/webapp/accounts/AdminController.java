package org.rspnavigator.webapp.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.rspnavigator.webapp.platform.web.Api;
import org.rspnavigator.webapp.platform.web.ApiTerms;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
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

/**
 * Administration of organizations and users over the API (ADMIN role). The export and import of
 * an organization's data are in {@code transfer}, the audit trail in {@code audit}.
 */
@RestController
@Tag(name = "Administration")
@RequestMapping(Api.V1 + "/admin")
class AdminController {

    private final AccountService accounts;
    private final Clock clock;

    AdminController(AccountService accounts, Clock clock) {
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
        static UserJson of(UserAccount u, Instant now) {
            return new UserJson(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole().slug(),
                    u.getOrganization().getId(), u.isEnabled(), u.isLockedAt(now), u.getVersion());
        }
    }

    /** {@code role} is a role's slug ({@code planner}); absent, the user is a planner. */
    record NewUser(String username, String displayName, String role, long organizationId, String password) {
    }

    record UserChange(long version, String role, long organizationId, boolean enabled, boolean unlock) {
    }

    @GetMapping("/users")
    List<UserJson> users() {
        Instant now = clock.instant();
        return accounts.users(CurrentUser.require()).stream().map(u -> UserJson.of(u, now)).toList();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserJson createUser(@RequestBody NewUser input) {
        return UserJson.of(accounts.createUser(CurrentUser.require(), input.username(), input.displayName(), role(input.role()),
                input.organizationId(), input.password()), clock.instant());
    }

    @PutMapping("/users/{id}")
    UserJson updateUser(@PathVariable long id, @RequestBody UserChange change) {
        return UserJson.of(accounts.updateUser(CurrentUser.require(), id, change.version(), role(change.role()),
                change.organizationId(), change.enabled(), change.unlock()), clock.instant());
    }

    /** The role a request names by its slug (or, deprecated, its upper-case name); null when it names none. */
    private static Role role(String text) {
        if (text == null) {
            return null;
        }
        return ApiTerms.read(Role.class, text).orElseThrow(() -> new IllegalArgumentException("The role must be "
                + ApiTerms.choices(Role.class) + "."));
    }
}
