package org.rspnavigator.webapp.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditEvent;
import org.rspnavigator.webapp.audit.AuditLog;
import org.rspnavigator.webapp.testing.AddressBar;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;

/**
 * The administrator's long lists with hundreds of entries made through the services: the
 * organizations and the users, filtered and sorted in memory, and the audit trail, filtered,
 * sorted and read a page at a time from the database. Each keeps its filter and sort order in
 * its address.
 */
@SpringBootTest
@Import(TestAccounts.class)
// As RfpViewsTest: the browserless tests of a class get a context of their own.
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminListViewsTest extends SpringBrowserlessTest {

    private static final int ORGANIZATIONS = 250;
    private static final int ENTRIES = 400;
    /** Entries of the trail by whom: mixed case, and every fifth without a user (the system's). */
    private static final List<String> WHO = List.of("zed", "Amy", "bob", "Cat");

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TransactionTemplate tx;

    private AccountPrincipal admin;
    /** Letters that no other word of these lists has, to find this run's entries by. */
    private String token;

    @BeforeAll
    void hundredsOfEntries() {
        admin = (AccountPrincipal) userDetails.loadUserByUsername(TestAccounts.ADMIN);
        Random random = new Random();
        token = IntStream.range(0, 8).mapToObj(i -> String.valueOf("qxzjkw".charAt(random.nextInt(6))))
                .reduce("", String::concat);
        for (int i = 0; i < ORGANIZATIONS; i++) {
            accounts.createOrganization(admin, String.format("Clinic %s n%03d", token, i));
        }
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < ENTRIES; i++) {
                String who = i % 5 == 4 ? null : WHO.get(i % 5) + "-" + token;
                audit.record(who, null, AuditAction.values()[i % AuditAction.values().length], "list-test",
                        token + "-" + i, "Entry " + i + " of " + token);
            }
        });
    }

    @BeforeEach
    void signIn() {
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities())));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return $(Grid.class).id(id);
    }

    private <T> List<T> rows(String id) {
        Grid<T> grid = grid(id);
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }

    private void type(String filterId, String text) {
        test($(TextField.class).id(filterId)).setValue(text);
    }

    private String count(String filterId) {
        return $(Span.class).id(filterId + "-count").getText();
    }

    private List<String> organizationNames() {
        return this.<Organization>rows("organizations").stream().map(Organization::getName).toList();
    }

    @Test
    void organizationsAreFilteredByNameSortedAndKeptInTheAddress() {
        AddressBar.open("admin/organizations");
        int all = accounts.organizations(admin).size();
        assertThat(all).isGreaterThan(ORGANIZATIONS);
        assertThat(count("organizations-filter")).isEqualTo(all + " organizations");
        assertThat(organizationNames()).hasSize(all).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        type("organizations-filter", token.toUpperCase());
        assertThat(organizationNames()).hasSize(ORGANIZATIONS);
        assertThat(count("organizations-filter")).isEqualTo("Showing " + ORGANIZATIONS + " of " + all + " organizations");
        type("organizations-filter", token + " n04");
        assertThat(organizationNames()).hasSize(10).allMatch(n -> n.contains(" n04"));

        test(this.<Organization>grid("organizations")).sortByColumn("name", SortDirection.DESCENDING);
        assertThat(organizationNames().getFirst()).isEqualTo("Clinic " + token + " n049");
        String address = AddressBar.lastWritten();
        assertThat(address).isEqualTo("admin/organizations?q=" + token + "%20n04&sort=-name");

        AddressBar.open("catalog");
        AddressBar.open(address);
        assertThat($(TextField.class).id("organizations-filter").getValue()).isEqualTo(token + " n04");
        assertThat(organizationNames()).hasSize(10).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(count("organizations-filter")).isEqualTo("Showing 10 of " + all + " organizations");
    }

    @Test
    void usersAreFilteredByAnyColumnAndSorted() {
        AddressBar.open("admin/users?q=planner&sort=-username");
        List<String> names = this.<UserAccount>rows("users").stream().map(UserAccount::getUsername).toList();
        assertThat(names).containsExactly(TestAccounts.PLANNER_2, TestAccounts.PLANNER, TestAccounts.OTHER_PLANNER);
        type("users-filter", "other regional");
        assertThat(this.<UserAccount>rows("users")).extracting(UserAccount::getUsername)
                .containsExactly(TestAccounts.OTHER_PLANNER);
        assertThat(AddressBar.lastWritten()).isEqualTo("admin/users?q=other%20regional&sort=-username");
    }

    private List<AuditEvent> trail() {
        return rows("audit");
    }

    @Test
    void theAuditTrailIsFilteredAndSortedInTheDatabaseNewestFirstUnlessAskedOtherwise() {
        AddressBar.open("admin/audit");
        assertThat(this.<AuditEvent>grid("audit").getSortOrder()).extracting(o -> o.getSorted().getKey(),
                GridSortOrder::getDirection).containsExactly(org.assertj.core.groups.Tuple.tuple("time",
                        SortDirection.DESCENDING));
        type("audit-filter", token);
        assertThat(trail()).as("with the creation of the organizations named after it").hasSize(
                ENTRIES + ORGANIZATIONS);
        type("audit-filter", "LIST-TEST " + token);
        List<AuditEvent> mine = trail();
        assertThat(mine).hasSize(ENTRIES);
        assertThat(mine.getFirst().getDetail()).isEqualTo("Entry " + (ENTRIES - 1) + " of " + token);
        assertThat(mine).extracting(AuditEvent::getId).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(count("audit-filter")).matches("Showing 400 of \\d+ entries");
        assertThat(AddressBar.lastWritten()).as("newest first is not written")
                .isEqualTo("admin/audit?q=LIST-TEST%20" + token);

        type("audit-filter", token + " LOGIN failed");
        int loginFailures = (int) IntStream.range(0, ENTRIES)
                .filter(i -> i % AuditAction.values().length == AuditAction.LOGIN_FAILED.ordinal()).count();
        assertThat(trail()).hasSize(loginFailures).allMatch(e -> e.getAction() == AuditAction.LOGIN_FAILED);
        type("audit-filter", token + " (system)");
        assertThat(trail()).hasSize(ENTRIES / 5).allMatch(e -> e.getUsername() == null);
        type("audit-filter", "list-test " + token + "-17");
        assertThat(trail()).extracting(AuditEvent::getSubjectId).containsExactlyInAnyOrder(token + "-17",
                token + "-170", token + "-171", token + "-172", token + "-173", token + "-174", token + "-175",
                token + "-176", token + "-177", token + "-178", token + "-179");

        type("audit-filter", "list-test " + token);
        test(this.<AuditEvent>grid("audit")).sortByColumn("user", SortDirection.ASCENDING);
        List<String> who = trail().stream().map(AuditEvent::getUsername).toList();
        List<String> expected = new ArrayList<>();
        for (String name : List.of("Amy", "bob", "Cat", "zed")) {
            expected.addAll(java.util.Collections.nCopies(ENTRIES / 5, name + "-" + token));
        }
        expected.addAll(java.util.Collections.nCopies(ENTRIES / 5, null));
        assertThat(who).as("in any case, the system's last").isEqualTo(expected);
        String address = AddressBar.lastWritten();
        assertThat(address).isEqualTo("admin/audit?q=list-test%20" + token + "&sort=user%2C-time");

        AddressBar.open("catalog");
        AddressBar.open(address);
        assertThat($(TextField.class).id("audit-filter").getValue()).isEqualTo("list-test " + token);
        assertThat(trail()).extracting(AuditEvent::getUsername).isEqualTo(expected);
        assertThat(trail().getFirst().getDetail()).as("newest first among Amy's")
                .isEqualTo("Entry " + (ENTRIES - 4) + " of " + token);

        AddressBar.open("admin/audit?q=" + token + "&sort=action,-nonsense");
        assertThat(trail()).hasSize(ENTRIES + ORGANIZATIONS);
        assertThat(trail()).extracting(AuditEvent::getAction).isSortedAccordingTo(
                Comparator.comparing(AuditAction::name));
    }
}
