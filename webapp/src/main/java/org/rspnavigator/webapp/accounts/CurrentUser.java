package org.rspnavigator.webapp.accounts;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The signed-in user of the current request or UI access, if any. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<AccountPrincipal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getRequest().getUserPrincipal() instanceof Authentication fromRequest) {
            // The security filters of this application put the user on the request too. The holder above is
            // global to the JVM, and an application context started later in the same JVM (as tests do)
            // replaces its strategy with one that does not see this context's sign-ins.
            auth = fromRequest;
        }
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal p ? Optional.of(p) : Optional.empty();
    }

    /** @throws org.springframework.security.access.AccessDeniedException when nobody is signed in */
    public static AccountPrincipal require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in first."));
    }
}
