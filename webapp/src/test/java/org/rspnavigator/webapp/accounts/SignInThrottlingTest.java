package org.rspnavigator.webapp.accounts;

import org.rspnavigator.webapp.testing.MutableClock;
import org.rspnavigator.webapp.testing.Http;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditEvent;
import org.rspnavigator.webapp.audit.AuditEventRepository;
import org.rspnavigator.webapp.testing.Http.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins slow down the client that made them, not the account: a stranger cannot shut
 * a user out, the administrator least of all. Clients are told apart by their address; behind
 * the proxy simulated here ({@code server.forward-headers-strategy=native}, requests from
 * loopback) that is the address in {@code X-Forwarded-For}. The addresses are documentation
 * addresses (RFC 5737) that only ever appear in a header: every request goes to loopback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "server.forward-headers-strategy=native",
    "rsp.security.max-failed-logins=5",
    "rsp.security.max-failed-logins-per-address=10",
    "rsp.security.max-failed-logins-per-account=12",
    "rsp.security.lockout=PT5M"})
@Import({TestAccounts.class, SignInThrottlingTest.MovingClock.class})
class SignInThrottlingTest {

    private static final String PASSWORD = "Right-passphrase-42";

    @TestConfiguration
    static class MovingClock {
        @Bean
        @Primary
        MutableClock movingClock() {
            return new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Clock applicationClock;

    @Autowired
    UserAccountRepository users;

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AuditEventRepository auditEvents;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private String member(Role role) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        tx.executeWithoutResult(s -> users.save(new UserAccount(name, "Test " + name, passwords.encode(PASSWORD), role,
                organizations.findByNameIgnoreCase(TestAccounts.HOSPITAL).orElseThrow(), clock.instant())));
        return name;
    }

    /** GET /api/v1/me from {@code address} (through the proxy), or straight from loopback if null. */
    private Answer signIn(String user, String password, String address) {
        return http.send("GET", "/api/v1/me", user, password, null,
                address == null ? Map.of() : Map.of("X-Forwarded-For", address));
    }

    private long id(String user) {
        return users.findByUsernameIgnoreCase(user).orElseThrow().getId();
    }

    @Test
    void theApplicationRunsOnTheMovableClock() {
        assertThat(applicationClock).isSameAs(clock);
    }

    @Test
    void aStrangerSlowsDownOnlyTheirOwnAddressNotTheAccount() {
        String user = member(Role.PLANNER);
        String stranger = "203.0.113.10";
        // Case and white space variants of the name are the same account, and count together.
        for (String typed : List.of(user, user.toUpperCase(), "  " + user + " ", user, "\t" + user.toUpperCase())) {
            assertThat(signIn(typed, "wrong-guess", stranger).status()).as(typed).isEqualTo(401);
        }
        Answer refused = signIn(user, PASSWORD, stranger);
        assertThat(refused.status()).as("the right password from the guessing address").isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isEqualTo(String.valueOf(Duration.ofMinutes(5).toSeconds()));

        assertThat(signIn(user, PASSWORD, "198.51.100.20").status()).as("the user from elsewhere").isEqualTo(200);
        assertThat(signIn(user, PASSWORD, null).status()).as("the user from the server itself").isEqualTo(200);
        assertThat(auditEvents.findByUsernameOrderByIdAsc(user)).extracting(AuditEvent::getAction)
                .contains(AuditAction.LOGIN_FAILED).doesNotContain(AuditAction.ACCOUNT_LOCKED);

        clock.advance(Duration.ofMinutes(4));
        assertThat(signIn(user, PASSWORD, stranger).status()).as("still waiting").isEqualTo(401);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn(user, PASSWORD, stranger).status()).as("after the wait").isEqualTo(200);
    }

    @Test
    void everyFurtherFailureDoublesTheWaitAndASuccessStartsAfresh() {
        String user = member(Role.VENDOR);
        String address = "203.0.113.11";
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(user, "wrong-" + i, address).status()).isEqualTo(401);
        }
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(signIn(user, "wrong-again", address).status()).isEqualTo(401);
        Answer waiting = signIn(user, PASSWORD, address);
        assertThat(waiting.status()).isEqualTo(401);
        assertThat(waiting.header("Retry-After")).isEqualTo(String.valueOf(Duration.ofMinutes(10).toSeconds()));
        clock.advance(Duration.ofMinutes(9));
        assertThat(signIn(user, PASSWORD, address).status()).isEqualTo(401);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn(user, PASSWORD, address).status()).isEqualTo(200);

        assertThat(signIn(user, "wrong", address).status()).isEqualTo(401);
        assertThat(signIn(user, PASSWORD, address).status()).as("one failure after a success").isEqualTo(200);
    }

    @Test
    void anAddressGuessingManyNamesIsSlowedDownForEveryName() {
        String user = member(Role.PLANNER);
        String sprayer = "203.0.113.12";
        for (int i = 0; i < 10; i++) {
            String name = i % 2 == 0 ? "nobody-" + UUID.randomUUID().toString().substring(0, 6) : member(Role.VENDOR);
            assertThat(signIn(name, "Summer2026!", sprayer).status()).isEqualTo(401);
        }
        assertThat(signIn(user, PASSWORD, sprayer).status()).as("any name from the spraying address").isEqualTo(401);
        assertThat(signIn(user, PASSWORD, "203.0.113.13").status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(signIn(user, PASSWORD, sprayer).status()).isEqualTo(200);
    }

    @Test
    void failuresFromManyAddressesLockTheAccountButNeverAnAdministratorOnTheTrustedNetwork() {
        String planner = member(Role.PLANNER);
        String admin = member(Role.ADMIN);
        for (int a = 0; a < 4; a++) {
            for (int i = 0; i < 3; i++) {
                for (String user : List.of(planner, admin)) {
                    assertThat(signIn(user, "wrong-" + i, "192.0.2." + (20 + a)).status()).isEqualTo(401);
                }
            }
        }
        assertThat(auditEvents.findByUsernameOrderByIdAsc(planner)).extracting(AuditEvent::getAction)
                .contains(AuditAction.ACCOUNT_LOCKED);
        String elsewhere = "192.0.2.99";
        assertThat(signIn(planner, PASSWORD, elsewhere).status()).as("a locked planner").isEqualTo(401);
        assertThat(signIn(planner, PASSWORD, null).status()).as("a locked planner on loopback").isEqualTo(401);
        assertThat(signIn(admin, PASSWORD, elsewhere).status()).as("a locked administrator from outside")
                .isEqualTo(401);
        assertThat(signIn(admin, PASSWORD, null).status()).as("the administrator on the trusted network")
                .isEqualTo(200);

        Answer listed = http.send("GET", "/api/v1/admin/users", admin, PASSWORD, null);
        Map<String, Object> change = Map.of("version", listed.json().valueStream()
                .filter(u -> u.get("username").asString().equals(planner)).findFirst().orElseThrow()
                .get("version").asLong(), "role", "PLANNER", "organizationId",
                organizations.findByNameIgnoreCase(TestAccounts.HOSPITAL).orElseThrow().getId(), "enabled", true,
                "unlock", true);
        assertThat(http.send("PUT", "/api/v1/admin/users/" + id(planner), admin, PASSWORD, change).status())
                .isEqualTo(200);
        assertThat(signIn(planner, PASSWORD, elsewhere).status()).as("unlocked by the administrator").isEqualTo(200);
    }
}
