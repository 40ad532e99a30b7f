package org.rspnavigator.webapp.accounts;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs people in with user name and password, for the login view and the API alike. In this
 * order: a client that must wait ({@link LoginAttempts}) is refused without a look at the
 * password; an account locked after failed logins from many addresses is refused, except for an
 * administrator on a trusted network; a disabled account is refused; then the password is
 * checked. An unknown name costs as much time as a known one, so that timing does not tell
 * which names exist.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final AccountUserDetailsService accounts;
    private final PasswordEncoder passwords;
    private final LoginAttempts attempts;
    private final String unknownUserHash;

    AccountAuthenticationProvider(AccountUserDetailsService accounts, PasswordEncoder passwords,
            LoginAttempts attempts) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.attempts = attempts;
        this.unknownUserHash = passwords.encode("no user has this password");
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String typed = login.getName();
        String presented = login.getCredentials() == null ? "" : login.getCredentials().toString();
        String address = LoginAttempts.clientAddress(login);
        Optional<Duration> wait = attempts.refusal(typed, address);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        AccountPrincipal account;
        try {
            account = accounts.loadUserByUsername(typed);
        } catch (UsernameNotFoundException unknown) {
            passwords.matches(presented, unknownUserHash);
            throw new BadCredentialsException("Bad credentials");
        } catch (RuntimeException lookupFailed) {
            // The account could not be looked up (the database is unreachable, say): not a failed login.
            // Spring Security answers this kind through the entry point, which tells an outage (503) apart.
            throw new InternalAuthenticationServiceException(lookupFailed.getMessage(), lookupFailed);
        }
        if (account.locked()) {
            if (!(account.isAdmin() && attempts.trusted(address))) {
                throw new LockedException("Locked after repeated failed logins");
            }
            account = account.unlocked();
        }
        if (!account.enabled()) {
            throw new DisabledException("Disabled");
        }
        if (!passwords.matches(presented, account.passwordHash())) {
            throw new BadCredentialsException("Bad credentials");
        }
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(account, null,
                account.getAuthorities());
        result.setDetails(login.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
