package org.rspnavigator.webapp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.OrganizationRepository;
import org.rspnavigator.webapp.accounts.Role;
import org.rspnavigator.webapp.accounts.TestAccounts;
import org.rspnavigator.webapp.accounts.UserAccount;
import org.rspnavigator.webapp.accounts.UserAccountRepository;
import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditEvent;
import org.rspnavigator.webapp.audit.AuditEventRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;

/** The change-password page: a wrong current password counts as a failed login, a weak new one is refused. */
@SpringBootTest
@Import(TestAccounts.class)
class AccountViewsTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "Session-passphrase-7";

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
