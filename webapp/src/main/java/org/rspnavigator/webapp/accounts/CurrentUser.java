package org.rspnavigator.webapp.accounts;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request or UI access, if any. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<AccountPrincipal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal p ? Optional.of(p) : Optional.empty();
    }

    /** @throws org.springframework.security.access.AccessDeniedException when nobody is signed in */
    public static AccountPrincipal require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in first."));
    }
}
