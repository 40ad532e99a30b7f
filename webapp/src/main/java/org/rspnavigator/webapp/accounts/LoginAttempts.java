package org.rspnavigator.webapp.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed logins, through the login view, the API's HTTP Basic, and a wrong current password when
 * changing it. Two defences, so that guessing is slow and yet a stranger cannot shut a user out:
 * <ul>
 * <li>per client: {@link LoginThrottle} makes a client address that failed
 * {@code rsp.security.max-failed-logins} times with a name wait ({@code rsp.security.lockout},
 * doubling up to a day) before trying that name again, and an address that failed
 * {@code rsp.security.max-failed-logins-per-address} times, whatever the names, wait for every
 * name. The same account from another address still signs in.</li>
 * <li>per account, in the database so that it holds on every instance: after
 * {@code rsp.security.max-failed-logins-per-account} failures in a row from anywhere, the account
 * is locked ({@code rsp.security.lockout}, doubling up to a day) until it ends or an administrator
 * unlocks it. An administrator signing in from {@code rsp.security.trusted-networks} is never
 * held back by it, so the last administrator cannot be locked out by strangers.</li>
 * </ul>
 * A successful login resets the account's count and its client's.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    private static final Duration LONGEST = Duration.ofDays(1);
    /** The most of a caller's text about an unknown user name that goes into the audit trail. */
    static final int LONGEST_TYPED_NAME = 64;
    static final String UNKNOWN_NAME = "unknown user name (as typed by the caller)";

    private final UserAccountRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final int perAccount;
    private final Duration lockout;
    private final LoginThrottle throttle;
    private final TrustedNetworks trustedNetworks;

    LoginAttempts(UserAccountRepository users, AuditLog audit, Clock clock,
            @Value("${rsp.security.max-failed-logins:5}") int perClient,
            @Value("${rsp.security.max-failed-logins-per-address:100}") int perAddress,
            @Value("${rsp.security.max-failed-logins-per-account:100}") int perAccount,
            @Value("${rsp.security.lockout:PT5M}") Duration lockout,
            @Value("${rsp.security.login-throttle.max-entries:100000}") int maxEntries,
            @Value("${rsp.security.trusted-networks:127.0.0.0/8,::1}") String trustedNetworks) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.perAccount = perAccount;
        this.lockout = lockout;
        this.throttle = new LoginThrottle(clock,
                new LoginThrottle.Limits(perClient, perAddress, lockout, LONGEST, LONGEST.multipliedBy(2), maxEntries));
        this.trustedNetworks = new TrustedNetworks(trustedNetworks);
    }

    /** The client's address as the servlet container reports it (see {@code server.forward-headers-strategy}). */
    static String clientAddress(Authentication authentication) {
        return authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    /** How long this client must still wait before trying {@code typedName} again, if it must. */
    public Optional<Duration> refusal(String typedName, String address) {
        return throttle.refusal(typedName, address);
    }

    /** Whether an administrator signing in from {@code address} may pass a locked account. */
    boolean trusted(String address) {
        return trustedNetworks.contains(address);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        count(String.valueOf(event.getAuthentication().getPrincipal()), clientAddress(event.getAuthentication()),
                "wrong password");
    }

    /**
     * Counts a wrong password that was not typed into the login (the current password when
     * changing it), in a transaction of its own so that it stays when the caller's rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String address, String what) {
        count(username, address, what);
    }

    private void count(String typed, String address, String what) {
        Duration wait = throttle.failed(typed, address);
        String from = " from " + printable(address == null ? "an unknown address" : address, 64);
        String slowed = wait.isZero() ? "" : "; this address waits " + minutes(wait) + " before trying again";
        users.findByUsernameIgnoreCase(typed.strip()).ifPresentOrElse(account -> {
            int failures = account.getFailedLogins() + 1;
            account.setFailedLogins(failures);
            audit.record(account.getUsername(), account.getOrganization().getId(), AuditAction.LOGIN_FAILED, "user",
                    account.getUsername(), what + from + " (" + failures + " in a row" + slowed + ")");
            if (perAccount > 0 && failures >= perAccount) {
                Instant until = clock.instant().plus(lockFor(failures));
                account.setLockedUntil(until);
                log.warn("Account {} locked until {} after {} failed logins", account.getUsername(), until, failures);
                audit.record(account.getUsername(), account.getOrganization().getId(), AuditAction.ACCOUNT_LOCKED,
                        "user", account.getUsername(), "locked until " + until + " after " + failures
                                + " failed logins in a row"
                                + (account.getRole() == Role.ADMIN ? " (still open from " + trustedNetworks + ")" : ""));
            }
        }, () -> audit.record(null, null, AuditAction.LOGIN_FAILED, "user", printable(typed, LONGEST_TYPED_NAME),
                UNKNOWN_NAME));
        if (!wait.isZero()) {
            log.info("Failed logins{}: waits {} before trying again", from, wait);
        }
    }

    Duration lockFor(int failures) {
        return throttle.waitAfter(failures, perAccount);
    }

    /**
     * Text of the caller's choosing, made safe to store and show: control characters (line breaks,
     * terminal escapes) become spaces, and it is cut to {@code max} characters.
     */
    static String printable(String text, int max) {
        StringBuilder clean = new StringBuilder();
        text.codePoints().limit(max).forEach(c -> clean.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT ? ' ' : c));
        String s = clean.toString().strip();
        return s.length() > max ? s.substring(0, max) : s;
    }

    static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        if (minutes >= 120) {
            long hours = (minutes + 59) / 60;
            return hours + " hours";
        }
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            throttle.succeeded(principal.username(), clientAddress(event.getAuthentication()));
            users.findById(principal.userId()).ifPresent(account -> {
                if (account.getFailedLogins() > 0 || account.getLockedUntil() != null) {
                    account.setFailedLogins(0);
                    account.setLockedUntil(null);
                }
            });
        }
    }

    /** An administrator unlocked the account: every client may try it again at once. */
    void forget(String username) {
        throttle.forget(username);
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
}
