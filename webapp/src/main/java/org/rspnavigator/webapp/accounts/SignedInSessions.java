package org.rspnavigator.webapp.accounts;

import java.io.IOException;
import java.util.Optional;

import org.rspnavigator.webapp.platform.web.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Browser sessions (the views) end when an administrator disables, demotes or moves their user,
 * resets their password, or deletes their organization, so that an open page cannot go on with
 * rights the user no longer has. Two ways, one behind the other:
 * <ul>
 * <li>on the change, every session of the user on this instance is marked expired (Spring
 * Security's {@link SessionRegistry}); the next request of that browser signs it out;</li>
 * <li>on every request of a signed-in browser, {@link #filter()} compares the session's user with
 * the account in the database, and signs the session out if the account is gone, disabled, or has
 * another role or organization, or an administrator set a new password. This also covers changes
 * made on another instance behind the load balancer, which this instance's registry never hears
 * of.</li>
 * </ul>
 * Signed out, the request goes on as anonymous: Vaadin answers a view's request with "session
 * expired", the page reloads, and the person lands on the login. The API needs neither: it
 * authenticates every request anew.
 */
@Component
public class SignedInSessions {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    /** Published (in the changing transaction) when an account changes in a way that ends its sessions. */
    public record AccountChanged(long userId, String username, String what) {
    }

    private final SessionRegistry registry;
    private final UserAccountRepository users;

    SignedInSessions(SessionRegistry registry, UserAccountRepository users) {
        this.registry = registry;
        this.users = users;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onChange(AccountChanged change) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof AccountPrincipal p && p.userId() == change.userId()) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of {}: {}", ended, change.username(), change.what());
        }
    }

    /**
     * Why the session of {@code signedIn} may not go on, if it may not: the account as it is now
     * in the database no longer matches what the session was given at sign-in.
     */
    Optional<String> outdated(AccountPrincipal signedIn) {
        Optional<UserAccount> now = users.findById(signedIn.userId());
        if (now.isEmpty()) {
            return Optional.of("the account was deleted");
        }
        UserAccount account = now.get();
        if (!account.isEnabled()) {
            return Optional.of("the account was disabled");
        }
        if (account.getRole() != signedIn.role()) {
            return Optional.of("the role changed");
        }
        if (account.getOrganization().getId() != signedIn.organizationId()) {
            return Optional.of("the organization changed");
        }
        // An administrator's new one-time password; a password the user chose themselves keeps them signed in.
        if (account.isMustChangePassword() && !account.getPasswordHash().equals(signedIn.passwordHash())) {
            return Optional.of("an administrator set a new password");
        }
        return Optional.empty();
    }

    /** The per-request check for the views' filter chain. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                Authentication auth = request.getSession(false) == null ? null
                        : SecurityContextHolder.getContext().getAuthentication();
                if (auth != null && auth.getPrincipal() instanceof AccountPrincipal signedIn) {
                    Optional<String> why;
                    try {
                        why = outdated(signedIn);
                    } catch (RuntimeException e) {
                        if (!DatabaseUnavailable.isCause(e)) {
                            throw e;
                        }
                        why = Optional.empty(); // nothing of the user's can be opened or saved anyway
                    }
                    if (why.isPresent()) {
                        log.info("Signed out {}: {}", signedIn.username(), why.get());
                        new SecurityContextLogoutHandler().logout(request, response, auth);
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }
}
