package org.rspnavigator.webapp.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditEvent;
import org.rspnavigator.webapp.audit.AuditEventRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * Signing in and out of the views: a signed-in session loses its rights the moment an
 * administrator changes the user, and a wrong current password on the change-password page
 * counts as a failed login. Sessions are driven through the security filters (MockMvc) as a
 * browser's requests are; the view without a browser.
 */
@SpringBootTest
@Import(TestAccounts.class)
// Like RfpViewsTest: a browserless test class that reuses this cached context after another
// context's browserless tests ran sees an anonymous user, so the context closes after the class.
@DirtiesContext
class AccountViewsTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "Session-passphrase-7";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository users;

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AuditEventRepository auditEvents;

    @Autowired
    Clock clock;

    @Autowired
    SessionRegistry sessionRegistry;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private UserAccount member(Role role) {
        String name = "session-" + UUID.randomUUID().toString().substring(0, 8);
        return tx.execute(s -> users.save(new UserAccount(name, "Test " + name, passwords.encode(PASSWORD), role,
                organizations.findByNameIgnoreCase(TestAccounts.HOSPITAL).orElseThrow(), clock.instant())));
    }

    private AccountPrincipal principal(String username) {
        return (AccountPrincipal) userDetails.loadUserByUsername(username);
    }

    private MockMvc browser() {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /**
     * Any request of the browser's session through the views' security filters. The path is
     * Spring's error page because MockMvc cannot forward to the Vaadin servlet; the filters are
     * the same for every path of the views.
     */
    private static MockHttpServletRequestBuilder nextRequest(MockHttpSession session) {
        return get("/error").session(session);
    }

    /** Signs in through the login form and checks that the session then carries the user. */
    private MockHttpSession signedIn(MockMvc browser, String username) throws Exception {
        MockHttpSession session = (MockHttpSession) browser.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated().withUsername(username)).andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();
        browser.perform(nextRequest(session)).andExpect(authenticated().withUsername(username));
        return session;
    }

    private void assertSignedOutAtTheNextRequest(MockMvc browser, MockHttpSession session) throws Exception {
        browser.perform(nextRequest(session)).andExpect(unauthenticated());
        assertThat(session.isInvalid()).as("the old session is ended").isTrue();
    }

    @Test
    void anAdministratorsChangeEndsTheUsersSignedInSession() throws Exception {
        AccountPrincipal admin = principal(TestAccounts.ADMIN);
        long otherHospital = organizations.findByNameIgnoreCase(TestAccounts.OTHER_HOSPITAL).orElseThrow().getId();
        List<Consumer<UserAccount>> changes = List.of(
                u -> accounts.updateUser(admin, u.getId(), u.getVersion(), u.getRole(), u.getOrganization().getId(),
                        false, false),
                u -> accounts.updateUser(admin, u.getId(), u.getVersion(), Role.PLANNER, u.getOrganization().getId(),
                        true, false),
                u -> accounts.updateUser(admin, u.getId(), u.getVersion(), u.getRole(), otherHospital, true, false),
                u -> accounts.resetPassword(admin, u.getId(), "A-new-one-time-passphrase"));
        MockMvc browser = browser();
        for (int i = 0; i < changes.size(); i++) {
            UserAccount user = member(Role.VENDOR);
            MockHttpSession session = signedIn(browser, user.getUsername());
            changes.get(i).accept(users.findById(user.getId()).orElseThrow());
            assertThat(sessionRegistry.getSessionInformation(session.getId()).isExpired())
                    .as("marked ended on the change itself (change " + i + ")").isTrue();
            assertSignedOutAtTheNextRequest(browser, session);
        }
    }

    @Test
    void aChangeMadeOutsideThisInstanceEndsTheSessionToo() throws Exception {
        UserAccount user = member(Role.PLANNER);
        MockMvc browser = browser();
        MockHttpSession session = signedIn(browser, user.getUsername());
        // As another instance behind the load balancer would: straight in the shared database.
        tx.executeWithoutResult(s -> users.findById(user.getId()).orElseThrow().setRole(Role.VENDOR));
        assertSignedOutAtTheNextRequest(browser, session);
    }

    @Test
    void wrongCurrentPasswordsOnTheChangePasswordPageCountAsFailedLogins() {
        UserAccount user = member(Role.PLANNER);
        AccountPrincipal me = principal(user.getUsername());
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities())));
        navigate(ChangePasswordView.class);
        for (int i = 0; i < 5; i++) {
            changePassword("not-my-password-" + i, "My-brand-new-passphrase");
            assertThat($(Paragraph.class).id("password-message").getText()).contains("not right");
        }
        assertThat(auditEvents.findByUsernameOrderByIdAsc(user.getUsername())).filteredOn(
                e -> e.getAction() == AuditAction.LOGIN_FAILED).hasSize(5);

        changePassword(PASSWORD, "My-brand-new-passphrase");
        assertThat($(Paragraph.class).id("password-message").getText()).as("slowed down like the login form")
                .contains("try again in 5 minutes");
        assertThat(passwords.matches(PASSWORD, users.findById(user.getId()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void theChangePasswordPageRefusesAWeakPassword() {
        UserAccount user = member(Role.VENDOR);
        AccountPrincipal me = principal(user.getUsername());
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities())));
        navigate(ChangePasswordView.class);
        changePassword(PASSWORD, " ".repeat(10));
        assertThat($(Paragraph.class).id("password-message").getText()).containsIgnoringCase("white space");
        assertThat(auditEvents.findByUsernameOrderByIdAsc(user.getUsername())).extracting(AuditEvent::getAction)
                .doesNotContain(AuditAction.PASSWORD_CHANGED);
    }

    private void changePassword(String current, String replacement) {
        test($(PasswordField.class).withLabel("Current password").single()).setValue(current);
        test($(PasswordField.class).withLabel("New password").single()).setValue(replacement);
        test($(PasswordField.class).withLabel("New password again").single()).setValue(replacement);
        test($(Button.class).withText("Change password").single()).click();
    }
}
