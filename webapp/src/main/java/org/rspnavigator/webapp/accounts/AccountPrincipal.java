package org.rspnavigator.webapp.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the application sees them during a request: who, in which organization,
 * with which role. Services take it to decide what the user may see and change.
 */
public record AccountPrincipal(long userId, String username, String displayName, long organizationId,
        String organizationName, Role role, String passwordHash, boolean enabled, boolean locked,
        boolean mustChangePassword) implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    static AccountPrincipal of(UserAccount account, boolean locked) {
        return new AccountPrincipal(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getOrganization().getId(), account.getOrganization().getName(), account.getRole(),
                account.getPasswordHash(), account.isEnabled(), locked, account.isMustChangePassword());
    }

    /** The same account, let past its lock (an administrator on a trusted network). */
    AccountPrincipal unlocked() {
        return new AccountPrincipal(userId, username, displayName, organizationId, organizationName, role, passwordHash,
                enabled, false, mustChangePassword);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** The principal without its password hash, for keeping in a session. */
    @Override
    public String toString() {
        return username + " (" + role + ", organization " + organizationId + ")";
    }
}
