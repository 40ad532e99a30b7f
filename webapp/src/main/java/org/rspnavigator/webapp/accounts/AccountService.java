package org.rspnavigator.webapp.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditLog;
import org.rspnavigator.webapp.platform.NotPermittedException;
import org.rspnavigator.webapp.platform.WorkNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing organizations and users. Administrators do everything here; every user may change
 * their own password. Each change is audited in the same transaction.
 */
@Service
public class AccountService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

    private final OrganizationRepository organizations;
    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final LoginAttempts attempts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AccountService(OrganizationRepository organizations, UserAccountRepository users,
            PasswordEncoder passwords, PasswordPolicy policy,
            LoginAttempts attempts, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.passwords = passwords;
        this.policy = policy;
        this.attempts = attempts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    private static void requireAdmin(AccountPrincipal actor) {
        if (actor == null || !actor.isAdmin()) {
            throw new NotPermittedException("Only administrators manage organizations and users.");
        }
    }

    /**
     * Whether an account may have {@code name} as its user name: 2 to 100 characters, lower-case
     * letters, digits, and . _ @ -
     */
    public static boolean isUsername(String name) {
        return name != null && USERNAME.matcher(name).matches();
    }

    @Transactional(readOnly = true)
    public List<Organization> organizations(AccountPrincipal actor) {
        requireAdmin(actor);
        return organizations.findAll(org.springframework.data.domain.Sort.by("name"));
    }

    @Transactional(readOnly = true)
    public List<UserAccount> users(AccountPrincipal actor) {
        requireAdmin(actor);
        return users.findAllByOrderByUsername();
    }

    @Transactional
    public Organization createOrganization(AccountPrincipal actor, String name) {
        requireAdmin(actor);
        String clean = requireText(name, "The organization needs a name.", 200);
        if (organizations.findByNameIgnoreCase(clean).isPresent()) {
            throw new IllegalArgumentException("An organization named “" + clean + "” already exists.");
        }
        Organization org = organizations.save(new Organization(clean, clock.instant()));
        audit.record(actor.username(), org.getId(), AuditAction.CREATED, "organization", String.valueOf(org.getId()), clean);
        return org;
    }

    @Transactional
    public Organization renameOrganization(AccountPrincipal actor, long id, long version, String name) {
        requireAdmin(actor);
        Organization org = organizations.findById(id).orElseThrow(() -> new WorkNotFoundException("organization", id));
        if (org.getVersion() != version) {
            throw new org.rspnavigator.webapp.platform.StaleEditException("organization", org.getName());
        }
        String clean = requireText(name, "The organization needs a name.", 200);
        organizations.findByNameIgnoreCase(clean).filter(o -> !o.getId().equals(id)).ifPresent(o -> {
            throw new IllegalArgumentException("An organization named “" + clean + "” already exists.");
        });
        String old = org.getName();
        org.setName(clean);
        audit.record(actor.username(), id, AuditAction.CHANGED, "organization", String.valueOf(id), old + " → " + clean);
        return org;
    }

    /**
     * Deletes an organization with its members and all its work, e.g. after exporting it to move
     * it elsewhere. An administrator cannot delete their own organization.
     */
    @Transactional
    public void deleteOrganization(AccountPrincipal actor, long id, long version) {
        requireAdmin(actor);
        if (actor.organizationId() == id) {
            throw new IllegalArgumentException("Administrators cannot delete their own organization.");
        }
        Organization org = organizations.findById(id).orElseThrow(() -> new WorkNotFoundException("organization", id));
        if (org.getVersion() != version) {
            throw new org.rspnavigator.webapp.platform.StaleEditException("organization", org.getName());
        }
        var members = users.findByOrganizationOrderByUsername(org);
        OrganizationDeletion deletion = new OrganizationDeletion(id);
        events.publishEvent(deletion);
        users.deleteAll(members);
        members.forEach(m -> events.publishEvent(new SignedInSessions.AccountChanged(m.getId(), m.getUsername(),
                "the organization was deleted")));
        organizations.delete(org);
        List<String> removed = new ArrayList<>();
        removed.add(members.size() + " members");
        removed.addAll(deletion.removed());
        audit.record(actor.username(), id, AuditAction.DELETED, "organization", String.valueOf(id),
                org.getName() + " with " + inWords(removed));
    }

    @Transactional
    public UserAccount createUser(AccountPrincipal actor, String username, String displayName, Role role,
            long organizationId, String password) {
        requireAdmin(actor);
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A user name has 2 to 100 characters: lower-case letters, digits, and . _ @ -");
        }
        if (users.findByUsernameIgnoreCase(name).isPresent()) {
            throw new IllegalArgumentException("The user name “" + name + "” is taken.");
        }
        policy.check(password, name);
        Organization org = organizations.findById(organizationId)
                .orElseThrow(() -> new WorkNotFoundException("organization", organizationId));
        UserAccount account = new UserAccount(name, requireText(displayName, "The user needs a name.", 200),
                passwords.encode(password), role == null ? Role.PLANNER : role, org, clock.instant());
        account.setMustChangePassword(true);
        users.save(account);
        audit.record(actor.username(), org.getId(), AuditAction.CREATED, "user", name,
                account.getRole() + " in " + org.getName());
        return account;
    }

    /**
     * Changes role, organization and whether the account may sign in, and ends the user's signed-in
     * browser sessions if any of these changed; unlocks the account if asked, for every client.
     */
    @Transactional
    public UserAccount updateUser(AccountPrincipal actor, long userId, long version, Role role, long organizationId,
            boolean enabled, boolean unlock) {
        requireAdmin(actor);
        if (role == null) {
            throw new IllegalArgumentException("Give the user a role: PLANNER, VENDOR or ADMIN.");
        }
        UserAccount account = users.findById(userId).orElseThrow(() -> new WorkNotFoundException("user", userId));
        if (account.getVersion() != version) {
            throw new org.rspnavigator.webapp.platform.StaleEditException("user", account.getUsername());
        }
        if (account.getId() == actor.userId() && (role != Role.ADMIN || !enabled)) {
            throw new IllegalArgumentException("Administrators cannot take away their own administration rights.");
        }
        Organization org = organizations.findById(organizationId)
                .orElseThrow(() -> new WorkNotFoundException("organization", organizationId));
        StringBuilder detail = new StringBuilder();
        if (account.getRole() != role) {
            detail.append("role ").append(account.getRole()).append(" → ").append(role).append("; ");
            account.setRole(role);
        }
        if (!account.getOrganization().getId().equals(org.getId())) {
            detail.append("organization ").append(account.getOrganization().getName()).append(" → ")
                    .append(org.getName()).append("; ");
            account.setOrganization(org);
        }
        if (account.isEnabled() != enabled) {
            detail.append(enabled ? "enabled; " : "disabled; ");
            account.setEnabled(enabled);
        }
        boolean rightsChanged = !detail.isEmpty();
        if (unlock) {
            attempts.forget(account.getUsername());
            if (account.getLockedUntil() != null || account.getFailedLogins() > 0) {
                detail.append("unlocked; ");
                account.setLockedUntil(null);
                account.setFailedLogins(0);
            }
        }
        if (rightsChanged) {
            events.publishEvent(new SignedInSessions.AccountChanged(account.getId(), account.getUsername(),
                    detail.toString().strip()));
        }
        if (!detail.isEmpty()) {
            audit.record(actor.username(), org.getId(), AuditAction.CHANGED, "user", account.getUsername(),
                    detail.toString().strip());
        }
        return account;
    }

    /** Sets a one-time password, unlocks the account and ends the user's signed-in browser sessions. */
    @Transactional
    public void resetPassword(AccountPrincipal actor, long userId, String password) {
        requireAdmin(actor);
        UserAccount account = users.findById(userId).orElseThrow(() -> new WorkNotFoundException("user", userId));
        policy.check(password, account.getUsername());
        account.setPasswordHash(passwords.encode(password));
        account.setMustChangePassword(true);
        account.setLockedUntil(null);
        account.setFailedLogins(0);
        attempts.forget(account.getUsername());
        events.publishEvent(new SignedInSessions.AccountChanged(account.getId(), account.getUsername(),
                "an administrator set a new password"));
        audit.record(actor.username(), account.getOrganization().getId(), AuditAction.PASSWORD_CHANGED, "user",
                account.getUsername(), "reset by an administrator");
    }

    /**
     * The signed-in user replaces their password. A wrong current password counts as a failed
     * login from {@code clientAddress}, and a client that failed too often must wait, as at the
     * login: a stolen session cannot be used to guess the password.
     *
     * @throws WrongPasswordException when {@code current} is not the password
     * @throws NotPermittedException when this client must wait before trying again
     * @throws IllegalArgumentException when {@code replacement} is not accepted, saying why
     */
    @Transactional
    public void changeOwnPassword(AccountPrincipal actor, String clientAddress, String current, String replacement) {
        attempts.refusal(actor.username(), clientAddress).ifPresent(wait -> {
            throw new NotPermittedException("Too many wrong passwords: try again in " + LoginAttempts.minutes(wait)
                    + ".");
        });
        UserAccount account = users.findById(actor.userId()).orElseThrow(() -> new WorkNotFoundException("user", actor.userId()));
        if (!passwords.matches(current == null ? "" : current, account.getPasswordHash())) {
            attempts.failed(account.getUsername(), clientAddress, "wrong current password when changing it");
            throw new WrongPasswordException();
        }
        policy.check(replacement, account.getUsername());
        if (passwords.matches(replacement, account.getPasswordHash())) {
            throw new IllegalArgumentException("Choose a password different from the current one.");
        }
        account.setPasswordHash(passwords.encode(replacement));
        account.setMustChangePassword(false);
        audit.record(actor.username(), actor.organizationId(), AuditAction.PASSWORD_CHANGED, "user", actor.username(),
                "changed by the user");
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword(AccountPrincipal actor) {
        return users.findById(actor.userId()).map(UserAccount::isMustChangePassword).orElse(false);
    }

    private static String requireText(String text, String message, int max) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        String clean = text.strip();
        if (clean.length() > max) {
            throw new IllegalArgumentException("At most " + max + " characters, please.");
        }
        return clean;
    }

    /** "2 members, 3 shortlists and 1 product": the parts joined as a sentence would. */
    private static String inWords(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
