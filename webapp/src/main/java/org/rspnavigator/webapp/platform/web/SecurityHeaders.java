package org.rspnavigator.webapp.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The security headers of every answer, pages and API alike, in one place. They are set before
 * anything else runs and cannot be changed by what follows: Vaadin's bootstrap page, which Spring
 * Security's filter chain does not see, would otherwise go out without them, and Vaadin would
 * weaken {@code X-Frame-Options} to {@code SAMEORIGIN}.
 *
 * <p>Dynamic answers are not to be stored by browsers or proxies ({@code Cache-Control: no-store}),
 * since pages and API answers may hold an organization's work; static files under {@code /VAADIN/}
 * and the stylesheets keep whatever caching their handler sets.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter {

    /**
     * The Content Security Policy. Vaadin's client engine needs inline styles and evaluates its
     * bootstrap script; everything else comes from this origin, and no page may be framed.
     */
    public static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Headers this filter owns: later attempts to set them are ignored. */
    static final Map<String, String> FIXED = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
            "Cross-Origin-Opener-Policy", "same-origin");

    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Guarded guarded = new Guarded(response, !isStaticFile(request.getRequestURI()));
        guarded.apply();
        chain.doFilter(request, guarded);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    static boolean isStaticFile(String uri) {
        String path = uri == null ? "" : uri.toLowerCase(Locale.ROOT);
        return path.startsWith("/vaadin/") || path.endsWith(".css") || path.endsWith(".js") || path.endsWith(".png")
                || path.endsWith(".svg") || path.endsWith(".ico") || path.endsWith(".woff2") || path.endsWith(".woff");
    }

    /** A response whose fixed headers stay as set, even across {@code reset()}. */
    private static final class Guarded extends HttpServletResponseWrapper {

        private final boolean noStore;

        Guarded(HttpServletResponse response, boolean noStore) {
            super(response);
            this.noStore = noStore;
        }

        void apply() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            FIXED.forEach(response::setHeader);
            if (noStore) {
                response.setHeader("Cache-Control", NO_STORE);
            }
        }

        private static boolean fixed(String name) {
            return FIXED.keySet().stream().anyMatch(n -> n.equalsIgnoreCase(name));
        }

        @Override
        public void setHeader(String name, String value) {
            if (!fixed(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!fixed(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void reset() {
            super.reset();
            apply();
        }
    }
}
