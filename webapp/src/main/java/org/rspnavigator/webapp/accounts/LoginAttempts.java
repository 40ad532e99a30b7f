package org.rspnavigator.webapp.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account. After {@code rsp.security.max-failed-logins} in a row the
 * account is locked, first for {@code rsp.security.lockout}, then twice as long for every further
 * failure (up to a day), so that guessing a password takes forever. A successful login resets
 * the count. Logins through the API's HTTP Basic count the same way.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    private static final Duration LONGEST = Duration.ofDays(1);

    private final UserAccountRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(UserAccountRepository users, AuditLog audit, Clock clock,
            @Value("${rsp.security.max-failed-logins:5}") int maxFailures,
            @Value("${rsp.security.lockout:PT5M}") Duration lockout) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String name = String.valueOf(event.getAuthentication().getPrincipal());
        users.findByUsernameIgnoreCase(name.strip()).ifPresentOrElse(account -> {
            int failures = account.getFailedLogins() + 1;
            account.setFailedLogins(failures);
            audit.record(account.getUsername(), account.getOrganization().getId(), AuditAction.LOGIN_FAILED, "user",
                    account.getUsername(), "wrong password (" + failures + " in a row)");
            if (failures >= maxFailures) {
                Instant until = clock.instant().plus(lockFor(failures));
                account.setLockedUntil(until);
                log.warn("Account {} locked until {} after {} failed logins", account.getUsername(), until, failures);
                audit.record(account.getUsername(), account.getOrganization().getId(), AuditAction.ACCOUNT_LOCKED,
                        "user", account.getUsername(), "locked until " + until + " after " + failures + " failed logins");
            }
        }, () -> audit.record(null, null, AuditAction.LOGIN_FAILED, "user", truncate(name), "unknown user name"));
    }

    Duration lockFor(int failures) {
        Duration d = lockout;
        for (int i = maxFailures; i < failures && d.compareTo(LONGEST) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(LONGEST) > 0 ? LONGEST : d;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            users.findById(principal.userId()).ifPresent(account -> {
                if (account.getFailedLogins() > 0 || account.getLockedUntil() != null) {
                    account.setFailedLogins(0);
                    account.setLockedUntil(null);
                }
            });
        }
    }

    /** A person signing in through the login view (not every API call with HTTP Basic) is recorded. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            audit.record(principal.username(), principal.organizationId(), AuditAction.LOGIN, "user",
                    principal.username(), null);
        }
    }

    private static String truncate(String s) {
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
