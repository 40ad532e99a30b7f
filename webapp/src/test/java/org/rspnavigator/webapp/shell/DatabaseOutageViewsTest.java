package org.rspnavigator.webapp.shell;

import org.rspnavigator.webapp.catalog.CatalogView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rspnavigator.webapp.accounts.AccountService;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.rspnavigator.webapp.shortlists.ShortlistService;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.CannotCreateTransactionException;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;

/**
 * The views while the database cannot be reached (the services fail as they do when no connection
 * can be had): a view of saved work says so and that it is temporary, and a signed-in person can
 * still browse the catalog.
 */
@SpringBootTest
@Import(TestAccounts.class)
@DirtiesContext // the mocked services make a context of its own; nobody else should reuse it
class DatabaseOutageViewsTest extends SpringBrowserlessTest {

    @MockitoBean
    AccountService accounts;

    @MockitoBean
    ShortlistService shortlists;

    @BeforeEach
    void databaseUnreachable() {
        CannotCreateTransactionException outage = new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction", new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms", "08001"));
        when(accounts.mustChangePassword(any())).thenThrow(outage);
        when(shortlists.list(any())).thenThrow(outage);
    }

    @Test
    @WithUserDetails(TestAccounts.PLANNER)
    void savedWorkCannotBeOpenedAndThePersonIsToldWhyWhileTheCatalogStillOpens() {
        UI.getCurrent().navigate("shortlists");
        assertThat(getCurrentView()).isInstanceOf(DatabaseUnavailableView.class);
        assertThat($view(H1.class).single().getText()).isEqualTo("The database cannot be reached");

        UI.getCurrent().navigate("catalog");
        assertThat(getCurrentView()).isInstanceOf(CatalogView.class);
    }
}
