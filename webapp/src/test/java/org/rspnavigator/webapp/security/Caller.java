package org.rspnavigator.webapp.security;

import java.time.Clock;
import java.util.Locale;

import org.rspnavigator.webapp.accounts.Organization;
import org.rspnavigator.webapp.accounts.OrganizationRepository;
import org.rspnavigator.webapp.accounts.Role;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.rspnavigator.webapp.accounts.UserAccount;
import org.rspnavigator.webapp.accounts.UserAccountRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who the security probes call the API as: nobody; a planner, a vendor and an administrator; a
 * planner and a vendor of two other organizations. The planner and the vendor are members of
 * St. Example Hospital (of {@link TestAccounts}), whose items the probes ask for; the
 * administrator belongs to the administration's own organization.
 *
 * <p>The probes sign in as accounts of their own, made by {@link #ensureAccounts} straight
 * through the repositories: they sign in with their password at once (no password change
 * pending), and their passwords are hashed at BCrypt's lowest cost, so that the many hundred
 * signed-in requests of the probes do not spend their time hashing. The server checks them as
 * it checks every password.
 */
enum Caller {

    ANONYMOUS(null, null, null),
    PLANNER("probe-planner", TestAccounts.HOSPITAL, Role.PLANNER),
    /** A vendor of the planner's organization: sees its unpublished products, not its RFP projects. */
    VENDOR("probe-vendor", TestAccounts.HOSPITAL, Role.VENDOR),
    ADMIN("probe-admin", null, Role.ADMIN),
    OTHER_PLANNER("probe-other-planner", TestAccounts.OTHER_HOSPITAL, Role.PLANNER),
    OTHER_VENDOR("probe-other-vendor", TestAccounts.VENDOR_ORG, Role.VENDOR);

    static final String PASSWORD = "Probe-password-1";

    final String username;
    final String password;
    /** The organization's name; the administrators' organization when null. */
    private final String organization;
    private final Role role;

    Caller(String username, String organization, Role role) {
        this.username = username;
        this.password = username == null ? null : PASSWORD;
        this.organization = organization;
        this.role = role;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Adds the probes' accounts that are not there yet. */
    static void ensureAccounts(ApplicationContext context) {
        UserAccountRepository users = context.getBean(UserAccountRepository.class);
        OrganizationRepository organizations = context.getBean(OrganizationRepository.class);
        Clock clock = context.getBean(Clock.class);
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            for (Caller caller : values()) {
                if (caller.username == null || users.findByUsernameIgnoreCase(caller.username).isPresent()) {
                    continue;
                }
                Organization organization = caller.organization == null
                        ? users.findByUsernameIgnoreCase(TestAccounts.ADMIN).orElseThrow().getOrganization()
                        : organizations.findByNameIgnoreCase(caller.organization).orElseThrow();
                UserAccount account = new UserAccount(caller.username, "Probe " + caller.label(), hash, caller.role,
                        organization, clock.instant());
                account.setMustChangePassword(false);
                users.save(account);
            }
        });
    }
}
