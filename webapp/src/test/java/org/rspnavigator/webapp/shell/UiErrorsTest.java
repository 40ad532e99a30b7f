package org.rspnavigator.webapp.shell;

import org.rspnavigator.webapp.catalog.CatalogView;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.rspnavigator.webapp.platform.web.DatabaseUnavailable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.CannotCreateTransactionException;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

/** What a person sees when an action fails: a database outage is named as such, anything else stays generic. */
@SpringBootTest
class UiErrorsTest extends SpringBrowserlessTest {

    private String notificationAfter(Throwable error) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(error));
        roundTrip();
        return test($(Notification.class).single()).getText();
    }

    @Test
    void aDatabaseOutageSaysNothingWasSavedAndToTryAgain() {
        navigate(CatalogView.class);
        String shown = notificationAfter(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001")));
        assertThat(shown).isEqualTo(DatabaseUnavailable.MESSAGE)
                .isEqualTo("The database cannot be reached right now; nothing was saved. Try again in a minute.");
    }

    @Test
    void anyOtherErrorGetsTheGenericMessage() {
        navigate(CatalogView.class);
        assertThat(notificationAfter(new IllegalStateException("a bug"))).isEqualTo(UiErrors.GENERIC);
    }

    @Test
    void aBrowserThatWentAwayIsNotToldAnything() {
        navigate(CatalogView.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new org.apache.catalina.connector
                .ClientAbortException(new java.io.IOException("Broken pipe"))));
        roundTrip();
        assertThat($(Notification.class).all()).isEmpty();
        assertThat(UiErrors.browserWentAway(new IllegalStateException("wrapped",
                new org.apache.catalina.connector.ClientAbortException()))).isTrue();
        assertThat(UiErrors.browserWentAway(new IllegalStateException("a bug"))).isFalse();
    }
}
