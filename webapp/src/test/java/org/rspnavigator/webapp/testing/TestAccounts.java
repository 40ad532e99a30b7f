package org.rspnavigator.webapp.testing;

import org.rspnavigator.webapp.accounts.Organization;
import org.rspnavigator.webapp.accounts.OrganizationRepository;
import org.rspnavigator.webapp.accounts.Role;
import org.rspnavigator.webapp.accounts.UserAccount;
import org.rspnavigator.webapp.accounts.UserAccountRepository;
import java.time.Clock;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two organizations with a planner and a vendor each, for tests that need signed-in users of
 * different organizations. Created once per application context, if they are not there yet.
 */
@TestConfiguration
public class TestAccounts {

    public static final String PASSWORD = "Test-password-123";
    public static final String HOSPITAL = "St. Example Hospital";
    public static final String VENDOR_ORG = "Example Imaging Systems";
    public static final String OTHER_HOSPITAL = "Other Regional Hospital";
    public static final String PLANNER = "planner";
    public static final String PLANNER_2 = "planner2";
    public static final String VENDOR = "vendor";
    public static final String OTHER_PLANNER = "otherplanner";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Admin-password-for-tests";

    @Bean
    @Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
    public ApplicationRunner testAccounts(OrganizationRepository organizations, UserAccountRepository users,
            PasswordEncoder passwords, TransactionTemplate tx, Clock clock) {
        return args -> tx.executeWithoutResult(status -> {
            if (users.findByUsernameIgnoreCase(PLANNER).isPresent()) {
                return;
            }
            String hash = passwords.encode(PASSWORD);
            Organization hospital = organizations.save(new Organization(HOSPITAL, clock.instant()));
            Organization vendorOrg = organizations.save(new Organization(VENDOR_ORG, clock.instant()));
            Organization other = organizations.save(new Organization(OTHER_HOSPITAL, clock.instant()));
            users.save(new UserAccount(PLANNER, "Pat Planner", hash, Role.PLANNER, hospital, clock.instant()));
            users.save(new UserAccount(PLANNER_2, "Quinn Colleague", hash, Role.PLANNER, hospital, clock.instant()));
            users.save(new UserAccount(VENDOR, "Val Vendor", hash, Role.VENDOR, vendorOrg, clock.instant()));
            users.save(new UserAccount(OTHER_PLANNER, "Oli Outsider", hash, Role.PLANNER, other, clock.instant()));
            users.findByUsernameIgnoreCase(ADMIN).ifPresent(admin -> admin.setMustChangePassword(false));
        });
    }
}
