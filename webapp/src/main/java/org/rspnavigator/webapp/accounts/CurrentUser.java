package org.rspnavigator.webapp.accounts;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** The signed-in user of the current request or UI access, if any. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<AccountPrincipal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            auth = fromRequest(request.getRequest());
        }
        return principal(auth);
    }

    /** The user of {@code request}, once the security filters have signed it in. */
    public static Optional<AccountPrincipal> of(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return principal(auth != null ? auth : fromRequest(request));
    }

    /**
     * The security filters also keep the user on the request: the API's context repository as a
     * request attribute, the servlet API as its principal. The holder above is global to the JVM, and
     * an application context started later in the same JVM (as tests do) replaces its strategy with
     * one that does not see this context's sign-ins; the request always does.
     */
    private static Authentication fromRequest(HttpServletRequest request) {
        if (request.getAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME)
                instanceof SecurityContext context && context.getAuthentication() != null) {
            return context.getAuthentication();
        }
        return request.getUserPrincipal() instanceof Authentication auth ? auth : null;
    }

    private static Optional<AccountPrincipal> principal(Authentication auth) {
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal p ? Optional.of(p) : Optional.empty();
    }

    /** @throws org.springframework.security.access.AccessDeniedException when nobody is signed in */
    public static AccountPrincipal require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in first."));
    }
}
