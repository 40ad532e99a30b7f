package org.rspnavigator.webapp.accounts;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads an account by user name (trimmed, any case), telling whether it is locked now. Used by
 * {@link AccountAuthenticationProvider} and by tests that sign a user in without a password.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public AccountPrincipal loadUserByUsername(String username) {
        UserAccount account = users.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return AccountPrincipal.of(account, account.isLockedAt(clock.instant()));
    }
}
