package org.rspnavigator.webapp.accounts;

import java.io.Serial;
import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the password, because this client failed too often with
 * this name or from this address. It is answered like a failed login (401, "wrong user name or
 * password"), with the time to wait, and tells nothing about whether the account exists.
 */
public class LoginThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins from this address: try again in " + LoginAttempts.minutes(retryAfter) + ".");
        this.retryAfter = retryAfter;
    }

    /** How long the client must wait. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in words, rounded up: "5 minutes", "2 hours". */
    public String waitInWords() {
        return LoginAttempts.minutes(retryAfter);
    }
}
