package org.rspnavigator.webapp.operations;

import java.io.IOException;

import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the signed-in user's name into the log context ({@link MDC}) while an API request is
 * handled, so that every line logged for it says whose request it was, and takes it out again
 * afterwards (threads serve other users next). Runs after Spring Security has authenticated the
 * request; anonymous requests get no entry. Nothing else of the request is logged.
 */
public class UserLogContext extends OncePerRequestFilter {

    /**
     * The MDC key. The Elastic Common Schema names the user's name {@code user.name}, so the ECS
     * format writes it as {@code "user":{"name":...}} and log stores that use ECS accept it.
     */
    public static final String KEY = "user.name";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(KEY, authentication.getName());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(KEY);
        }
    }
}
