package org.rspnavigator.webapp.api;

import java.time.Clock;

import org.rspnavigator.webapp.accounts.Organization;
import org.rspnavigator.webapp.accounts.OrganizationRepository;
import org.rspnavigator.webapp.accounts.Role;
import org.rspnavigator.webapp.accounts.TestAccounts;
import org.rspnavigator.webapp.accounts.UserAccount;
import org.rspnavigator.webapp.accounts.UserAccountRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who the security probes call the API as: nobody, each role of one organization (St. Example
 * Hospital, whose items the probes ask for), and a planner and a vendor of two other
 * organizations. {@link TestAccounts} has all but the hospital's own vendor, which
 * {@link #ensureAccounts} adds.
 */
enum Caller {

    ANONYMOUS(null, null),
    PLANNER(TestAccounts.PLANNER, TestAccounts.PASSWORD),
    /** A vendor of the planner's organization: sees its unpublished products, not its RFP projects. */
    VENDOR(Caller.HOSPITAL_VENDOR, TestAccounts.PASSWORD),
    /** The administrator, a member of an organization of its own. */
    ADMIN(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD),
    OTHER_PLANNER(TestAccounts.OTHER_PLANNER, TestAccounts.PASSWORD),
    OTHER_VENDOR(TestAccounts.VENDOR, TestAccounts.PASSWORD);

    static final String HOSPITAL_VENDOR = "hospitalvendor";

    final String username;
    final String password;

    Caller(String username, String password) {
        this.username = username;
        this.password = password;
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /**
     * Adds the hospital's vendor if it is not there yet, straight through the repositories, so
     * that it signs in with its password at once (no password change pending) and no failed
     * sign-in is ever counted against the probes' client.
     */
    static void ensureAccounts(ApplicationContext context) {
        UserAccountRepository users = context.getBean(UserAccountRepository.class);
        OrganizationRepository organizations = context.getBean(OrganizationRepository.class);
        PasswordEncoder passwords = context.getBean(PasswordEncoder.class);
        Clock clock = context.getBean(Clock.class);
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            if (users.findByUsernameIgnoreCase(HOSPITAL_VENDOR).isPresent()) {
                return;
            }
            Organization hospital = organizations.findByNameIgnoreCase(TestAccounts.HOSPITAL).orElseThrow();
            UserAccount vendor = new UserAccount(HOSPITAL_VENDOR, "Hal Hospital-Vendor",
                    passwords.encode(TestAccounts.PASSWORD), Role.VENDOR, hospital, clock.instant());
            vendor.setMustChangePassword(false);
            users.save(vendor);
        });
    }
}
