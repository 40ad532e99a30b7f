package org.rspnavigator.webapp.accounts;

import java.security.SecureRandom;
import java.time.Clock;

import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On the first start (no user yet) creates the administrator: with {@code rsp.admin.password}
 * if configured, otherwise with a generated one-time password printed once in the log, which
 * must be changed at the first login.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccountRepository users;
    private final OrganizationRepository organizations;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final Clock clock;
    private final String username;
    private final String password;
    private final String organization;

    FirstAdministrator(UserAccountRepository users, OrganizationRepository organizations, PasswordEncoder passwords,
            PasswordPolicy policy, AuditLog audit, Clock clock, @Value("${rsp.admin.username:admin}") String username,
            @Value("${rsp.admin.password:}") String password,
            @Value("${rsp.admin.organization:RSP Navigator administration}") String organization) {
        this.users = users;
        this.organizations = organizations;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.username = username;
        this.password = password;
        this.organization = organization;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = !StringUtils.hasText(password);
        String secret = generated ? generate() : password;
        try {
            policy.check(secret, username);
        } catch (IllegalArgumentException weak) {
            throw new IllegalArgumentException("rsp.admin.password is not accepted: " + weak.getMessage(), weak);
        }
        Organization org = organizations.findByNameIgnoreCase(organization)
                .orElseGet(() -> organizations.save(new Organization(organization, clock.instant())));
        UserAccount admin = new UserAccount(username, "Administrator", passwords.encode(secret), Role.ADMIN, org,
                clock.instant());
        admin.setMustChangePassword(generated);
        users.save(admin);
        audit.record(null, org.getId(), AuditAction.CREATED, "user", username, "first administrator");
        if (generated) {
            log.warn("""

                    ============================================================
                    First start: created the administrator '{}'.
                    One-time password: {}
                    It is shown only now and must be changed at the first login.
                    ============================================================""", username, secret);
        } else {
            log.info("First start: created the administrator '{}' with the configured password", username);
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
