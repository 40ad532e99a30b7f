package org.rspnavigator.webapp.rfp.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rspnavigator.model.Region;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.RfpSpec;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.Organization;
import org.rspnavigator.webapp.accounts.OrganizationRepository;
import org.rspnavigator.webapp.accounts.Role;
import org.rspnavigator.webapp.accounts.UserAccount;
import org.rspnavigator.webapp.accounts.UserAccountRepository;
import org.rspnavigator.webapp.rfp.RfpProject;
import org.rspnavigator.webapp.rfp.RfpProjectService;
import org.rspnavigator.webapp.testing.AddressBar;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;

/**
 * An organization with three hundred RFP projects, made through the service: the list is narrowed
 * as the planner types, sorted by its columns, and shown again as it was from its address.
 */
@SpringBootTest
@Import(TestAccounts.class)
// As RfpViewsTest: the browserless tests of a class get a context of their own.
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RfpProjectsViewTest extends SpringBrowserlessTest {

    private static final int PROJECTS = 300;
    /** Every third project buys one kind of system; its name says which with a word no other text has. */
    private static final List<String> KINDS = List.of("Alpha", "Beta", "Gamma");

    @Autowired
    RfpProjectService projects;

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    UserAccountRepository users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    private AccountPrincipal planner;

    /** Letters no word typed into the filter below has, so that nothing typed finds the user's name. */
    private static String letters(int n) {
        Random random = new Random();
        String from = "qxzjkw";
        return IntStream.range(0, n).mapToObj(i -> String.valueOf(from.charAt(random.nextInt(from.length()))))
                .reduce("", String::concat);
    }

    private static RfpSpec spec(int i) {
        String name = String.format("Site n%03d %s", i, KINDS.get(i % 3));
        ProcuredSystem system = switch (i % 3) {
            case 0 -> new ProcuredSystem("pacs", 1, "");
            case 1 -> new ProcuredSystem("vna", 1, "");
            default -> new ProcuredSystem("image-display", 20, "");
        };
        String useCase = i % 3 == 1 ? "department-to-enterprise" : "device-to-department";
        return new RfpSpec(name, "", Optional.of(Region.EUROPE), List.of(useCase), List.of(system));
    }

    @BeforeAll
    void hundredsOfProjects() {
        String username = "lists-" + letters(8);
        tx.executeWithoutResult(s -> {
            Organization org = organizations.save(new Organization("Long lists " + letters(8), clock.instant()));
            users.save(new UserAccount(username, "Lee Lister", passwords.encode(TestAccounts.PASSWORD), Role.PLANNER,
                    org, clock.instant()));
        });
        planner = (AccountPrincipal) userDetails.loadUserByUsername(username);
        List<RfpProject> made = IntStream.range(0, PROJECTS).mapToObj(i -> projects.create(planner, spec(i))).toList();
        for (int i = 0; i < PROJECTS; i += 7) {
            RfpProject p = made.get(i);
            projects.save(planner, p.getId(), p.getVersion(), projects.draft(p));
        }
    }

    @BeforeEach
    void signIn() {
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(planner, null, planner.getAuthorities())));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @SuppressWarnings("unchecked")
    private Grid<RfpProjectsView.Row> grid() {
        return $(Grid.class).id("rfp-projects");
    }

    private List<RfpProjectsView.Row> rows() {
        Grid<RfpProjectsView.Row> grid = grid();
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }

    private List<String> names() {
        return rows().stream().map(r -> r.project().getName()).toList();
    }

    private void type(String text) {
        test($(TextField.class).id("rfp-projects-filter")).setValue(text);
    }

    private String count() {
        return $(Span.class).id("rfp-projects-filter-count").getText();
    }

    @Test
    void theListNarrowsAsThePlannerTypesAndSaysHowManyItShows() {
        AddressBar.open("rfp");
        assertThat(test(grid()).size()).isEqualTo(PROJECTS);
        assertThat(count()).isEqualTo("300 projects");

        type("vna");
        assertThat(test(grid()).size()).as("found by the Systems column").isEqualTo(100);
        assertThat(rows()).allSatisfy(r -> assertThat(r.systems()).isEqualTo("VNA"));
        assertThat(count()).isEqualTo("Showing 100 of 300 projects");
        assertThat(AddressBar.lastWritten()).isEqualTo("rfp?q=vna");

        type("n04");
        assertThat(names()).containsExactlyInAnyOrder("Site n040 Beta", "Site n041 Gamma", "Site n042 Alpha",
                "Site n043 Beta", "Site n044 Gamma", "Site n045 Alpha", "Site n046 Beta", "Site n047 Gamma",
                "Site n048 Alpha", "Site n049 Beta");

        type("  GAMMA   n04 ");
        assertThat(names()).as("every word, in any case, anywhere in the row")
                .containsExactlyInAnyOrder("Site n041 Gamma", "Site n044 Gamma", "Site n047 Gamma");
        assertThat(count()).isEqualTo("Showing 3 of 300 projects");

        type("nothing like this");
        assertThat(test(grid()).size()).isZero();
        assertThat(count()).isEqualTo("Showing 0 of 300 projects");

        type("");
        assertThat(test(grid()).size()).isEqualTo(PROJECTS);
        assertThat(count()).isEqualTo("300 projects");
        assertThat(AddressBar.lastWritten()).isEqualTo("rfp");
    }

    @Test
    void eachColumnSortsTheListBothWays() {
        AddressBar.open("rfp");
        test(grid()).sortByColumn("requirements", SortDirection.DESCENDING);
        List<Integer> requirements = rows().stream().map(RfpProjectsView.Row::requirements).toList();
        assertThat(requirements).hasSize(PROJECTS).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(requirements.getFirst()).isGreaterThan(requirements.getLast());
        assertThat(AddressBar.lastWritten()).isEqualTo("rfp?sort=-requirements");

        AddressBar.open("rfp");
        test(grid()).sortByColumn("name", SortDirection.DESCENDING);
        assertThat(names().subList(0, 3)).containsExactly("Site n299 Gamma", "Site n298 Beta", "Site n297 Alpha");
        test(grid()).sortByColumn("name", SortDirection.ASCENDING);
        assertThat(names().getFirst()).isEqualTo("Site n000 Alpha");

        AddressBar.open("rfp");
        test(grid()).sortByColumn("revision", SortDirection.DESCENDING);
        List<Integer> revisions = rows().stream().map(r -> r.project().getRevision()).toList();
        assertThat(revisions).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(revisions.stream().filter(r -> r == 2)).hasSize(43);
        assertThat(names().getFirst()).as("ties in name order").isEqualTo("Site n000 Alpha");

        AddressBar.open("rfp");
        test(grid()).sortByColumn("updated", SortDirection.DESCENDING);
        assertThat(rows()).extracting(r -> r.project().getUpdatedAt()).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(rows().subList(0, 43)).as("saved again after all were made").allSatisfy(
                r -> assertThat(r.project().getRevision()).isEqualTo(2));
    }

    @Test
    void theAddressBringsBackTheFilterAndTheSortOrder() {
        AddressBar.open("rfp");
        type("gamma");
        test(grid()).sortByColumn("revision", SortDirection.DESCENDING);
        List<String> shown = names();
        String address = AddressBar.lastWritten();
        assertThat(address).isEqualTo("rfp?q=gamma&sort=-revision");

        AddressBar.open("catalog");
        AddressBar.open(address);
        assertThat($(TextField.class).id("rfp-projects-filter").getValue()).isEqualTo("gamma");
        assertThat(grid().getSortOrder()).extracting(o -> o.getSorted().getKey(), GridSortOrder::getDirection)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("revision", SortDirection.DESCENDING));
        assertThat(names()).isEqualTo(shown);
        assertThat(count()).isEqualTo("Showing 100 of 300 projects");
        assertThat(AddressBar.lastWritten()).as("reading the address writes nothing back").isNull();

        AddressBar.open("rfp?q=N04%20alpha&sort=-name,nonsense");
        assertThat(names()).containsExactly("Site n048 Alpha", "Site n045 Alpha", "Site n042 Alpha");
    }
}
