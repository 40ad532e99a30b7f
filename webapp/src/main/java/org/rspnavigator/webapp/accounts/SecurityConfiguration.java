package org.rspnavigator.webapp.accounts;

import java.io.IOException;

import org.rspnavigator.webapp.platform.web.Api;
import org.rspnavigator.webapp.platform.web.DatabaseUnavailable;
import org.rspnavigator.webapp.platform.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may do what. The catalog, search, profiles and their exports are open to everyone; users'
 * work needs a signed-in member of the owning organization; administration needs the ADMIN role.
 *
 * <p>The API ({@code /api/**}) authenticates every request with HTTP Basic and never uses the
 * browser session, so a session cookie cannot be abused by another site (no CSRF risk); its
 * errors are JSON problem documents. The operations endpoints ({@code /actuator/**}) work the
 * same way: health and its probes are open (details only for administrators), metrics are for
 * administrators. Someone signed in with a one-time password may only change it there
 * ({@link OneTimePasswords}). The views use Vaadin's form login and session; a session ends as soon
 * as an administrator changes its user ({@link SignedInSessions}). Who signs in, and how failed
 * attempts slow a client down: {@link AccountAuthenticationProvider}, {@link LoginAttempts}.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new PasswordHashing();
    }

    /** The signed-in browser sessions, so that an administrator's change can end them. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the servlet container ends a session, so that it forgets it. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(Api.ADMIN).hasRole(Role.ADMIN.name())
                        .requestMatchers(Api.SIGNED_IN).authenticated()
                        .anyRequest().permitAll());
        return statelessBasic(http).build();
    }

    /**
     * Spring Boot Actuator. The whole path belongs to this chain, so that an endpoint that is not
     * exposed answers 401 or 404 here rather than falling through to the views.
     */
    @Bean
    @Order(2)
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()));
        return statelessBasic(http).build();
    }

    /**
     * HTTP Basic on every request, no session, no CSRF token, and errors as problem documents. A
     * client that failed too often is answered like a failed login, with the time to wait.
     */
    private static HttpSecurity statelessBasic(HttpSecurity http) throws Exception {
        return http
                .httpBasic(basic -> basic.realmName("RSP Navigator").authenticationEntryPoint((request, response, e) -> {
                    if (DatabaseUnavailable.isCause(e)) { // the account could not be looked up: 503, not 401
                        DatabaseUnavailable.answer(request, response, e);
                    } else if (e instanceof LoginThrottledException throttled) {
                        response.setHeader("Retry-After", String.valueOf(throttled.retryAfter().toSeconds()));
                        problem(response, HttpStatus.UNAUTHORIZED, "Wrong user name or password, or too many failed "
                                + "sign-ins from your address: try again in " + throttled.waitInWords() + ".", true);
                    } else {
                        problem(response, HttpStatus.UNAUTHORIZED,
                                "Sign in with HTTP Basic (user name and password) to use this endpoint.", true);
                    }
                }))
                .addFilterAfter(OneTimePasswords.filter(), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> problem(response,
                        HttpStatus.FORBIDDEN, "Your role does not allow this.", false)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable());
    }

    @Bean
    @Order(3)
    SecurityFilterChain views(HttpSecurity http, SessionRegistry sessionRegistry, SignedInSessions sessions)
            throws Exception {
        http.addFilterBefore(new SameOriginLogin("/login"), UsernamePasswordAuthenticationFilter.class)
                // Sessions are registered so that an administrator's change can end them; an ended
                // session's request goes on signed out (Vaadin then reloads the page to the login).
                .sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessionRegistry)
                        .expiredSessionStrategy(expired -> expired.getFilterChain().doFilter(expired.getRequest(),
                                expired.getResponse())))
                .addFilterAfter(sessions.filter(), ConcurrentSessionFilter.class)
                // Every view declares who may open it (@AnonymousAllowed, @PermitAll, @RolesAllowed) and
                // Vaadin's navigation access control enforces it on the server, so the HTTP layer lets
                // requests through: an unknown address then shows the not-found page, not the login.
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/")
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        return http.build();
    }

    static void problem(HttpServletResponse response, HttpStatus status, String detail, boolean challenge)
            throws IOException {
        if (challenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"RSP Navigator\"");
        }
        ProblemResponses.write(response, status, status.getReasonPhrase(), detail);
    }
}
