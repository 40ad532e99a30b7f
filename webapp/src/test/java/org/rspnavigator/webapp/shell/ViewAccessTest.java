package org.rspnavigator.webapp.shell;

import org.rspnavigator.webapp.accounts.ChangePasswordView;
import org.rspnavigator.webapp.accounts.LoginView;
import org.rspnavigator.webapp.accounts.OrganizationsView;
import org.rspnavigator.webapp.accounts.UsersView;
import org.rspnavigator.webapp.audit.AuditView;
import org.rspnavigator.webapp.catalog.CatalogView;
import org.rspnavigator.webapp.catalog.PortfolioView;
import org.rspnavigator.webapp.catalog.StandardView;
import org.rspnavigator.webapp.catalog.UseCaseView;
import org.rspnavigator.webapp.products.view.ProductView;
import org.rspnavigator.webapp.products.view.ProductsView;
import org.rspnavigator.webapp.catalog.ProfileView;
import org.rspnavigator.webapp.catalog.ProfilesView;
import org.rspnavigator.webapp.rfp.view.RfpProjectView;
import org.rspnavigator.webapp.rfp.view.PortfolioExceptionsView;
import org.rspnavigator.webapp.rfp.view.RfpProjectsView;
import org.rspnavigator.webapp.search.SearchView;
import org.rspnavigator.webapp.shortlists.ShortlistView;
import org.rspnavigator.webapp.shortlists.ShortlistsView;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * Which views each kind of user reaches: anonymous visitors browse the catalog and are sent to
 * the login for anything that saves work; planners and vendors reach their work, only planners the RFP builder and only vendors new products; only
 * administrators reach administration.
 */
@SpringBootTest
@Import(TestAccounts.class)
public class ViewAccessTest extends SpringBrowserlessTest {

    /** Route → the view class reached when access is granted. */
    private static final Map<String, Class<? extends Component>> VIEWS = new LinkedHashMap<>();

    static {
        VIEWS.put("catalog", CatalogView.class);
        VIEWS.put("standards/ihe-swf-b", StandardView.class);
        VIEWS.put("use-cases/device-to-department", UseCaseView.class);
        VIEWS.put("portfolio", PortfolioView.class);
        VIEWS.put("search", SearchView.class);
        VIEWS.put("profiles", ProfilesView.class);
        VIEWS.put("profiles/nmi", ProfileView.class);
        VIEWS.put("shortlists", ShortlistsView.class);
        VIEWS.put("shortlists/new", ShortlistView.class);
        VIEWS.put("account/password", ChangePasswordView.class);
        VIEWS.put("products", ProductsView.class);
        VIEWS.put("products/new", ProductView.class);
        VIEWS.put("rfp", RfpProjectsView.class);
        VIEWS.put("rfp/new", RfpProjectView.class);
        VIEWS.put("rfp/exceptions", PortfolioExceptionsView.class);
        VIEWS.put("admin/organizations", OrganizationsView.class);
        VIEWS.put("admin/users", UsersView.class);
        VIEWS.put("admin/audit", AuditView.class);
    }

    private static final List<String> OPEN = List.of("catalog", "standards/ihe-swf-b", "use-cases/device-to-department",
            "portfolio", "search", "profiles", "profiles/nmi");
    private static final List<String> MEMBERS = List.of("shortlists", "shortlists/new", "account/password", "products");
    private static final List<String> VENDING = List.of("products/new");
    private static final List<String> PLANNING = List.of("rfp", "rfp/new", "rfp/exceptions");

    /** Where each route leads for the current user, as the class of the view shown. */
    private Map<String, Class<?>> reached() {
        Map<String, Class<?>> result = new LinkedHashMap<>();
        for (String route : VIEWS.keySet()) {
            UI.getCurrent().navigate(route);
            result.put(route, getCurrentView().getClass());
        }
        return result;
    }

    private static List<String> mismatches(Map<String, Class<?>> reached, List<String> allowed, Class<?> refusedView) {
        List<String> wrong = new ArrayList<>();
        reached.forEach((route, view) -> {
            Class<?> expected = allowed.contains(route) ? VIEWS.get(route) : refusedView;
            if (!view.equals(expected)) {
                wrong.add(route + " showed " + view.getSimpleName() + " instead of " + expected.getSimpleName());
            }
        });
        return wrong;
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsBrowseAndAreSentToTheLoginForTheRest() {
        assertThat(mismatches(reached(), OPEN, LoginView.class)).isEmpty();
    }

    @Test
    @WithUserDetails(TestAccounts.PLANNER)
    void plannersReachTheirWorkButNotAdministration() {
        List<String> allowed = new ArrayList<>(OPEN);
        allowed.addAll(MEMBERS);
        allowed.addAll(PLANNING);
        assertThat(mismatches(reached(), allowed, NotFoundView.class)).isEmpty();
    }

    @Test
    @WithUserDetails(TestAccounts.VENDOR)
    void vendorsReachTheirWorkButNotTheRfpBuilderOrAdministration() {
        List<String> allowed = new ArrayList<>(OPEN);
        allowed.addAll(MEMBERS);
        allowed.addAll(VENDING);
        assertThat(mismatches(reached(), allowed, NotFoundView.class)).isEmpty();
    }

    @Test
    @WithUserDetails(TestAccounts.ADMIN)
    void administratorsReachEverything() {
        assertThat(mismatches(reached(), List.copyOf(VIEWS.keySet()), NotFoundView.class)).isEmpty();
    }
}
