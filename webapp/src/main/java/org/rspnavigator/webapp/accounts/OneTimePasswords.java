package org.rspnavigator.webapp.accounts;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A password set by an administrator, or generated for the first administrator, is good for one
 * thing only: choosing one's own. The views send such a user to the change-password page
 * ({@code PasswordChangeGuard}); on the API and the operations endpoints every call with it is
 * answered {@code 403} with the way out, except {@code GET /api/v1/me} and the change itself,
 * {@code PUT /api/v1/me/password}.
 */
final class OneTimePasswords {

    static final String CHANGE_PATH = "/api/v1/me/password";
    static final String DETAIL = "Change your one-time password first: PUT " + CHANGE_PATH
            + " with {\"currentPassword\": \"...\", \"newPassword\": \"...\"}. Until then only that and GET /api/v1/me"
            + " answer.";

    private OneTimePasswords() {
    }

    static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ("PUT".equals(request.getMethod()) && CHANGE_PATH.equals(path))
                || ("GET".equals(request.getMethod()) && "/api/v1/me".equals(path));
    }

    static OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if (CurrentUser.of(request).map(AccountPrincipal::mustChangePassword).orElse(false)
                        && !allowed(request)) {
                    SecurityConfiguration.problem(response, HttpStatus.FORBIDDEN, DETAIL, false);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
