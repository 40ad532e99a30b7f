package org.rspnavigator.webapp.shell;

import org.rspnavigator.webapp.platform.web.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * An unexpected error in a view is logged with its stack trace and shown to the person as a short
 * message that loses nothing they typed, instead of the framework's "Internal error" overlay. When
 * the database cannot be reached the message says so, and that trying again later will work; that
 * is logged as one line, not as an error.
 */
@Component
class UiErrors implements VaadinServiceInitListener {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    static final String GENERIC = "Something went wrong and has been logged. Your input is still here; please try again.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(
                error -> handle(error.getThrowable())));
    }

    /** Logs {@code error} and tells the person in the current UI, if there is one. */
    static void handle(Throwable error) {
        if (browserWentAway(error)) {
            // The page was closed or reloaded while an answer was on its way: nobody is there to tell.
            log.debug("The browser went away before an answer reached it: {}", error.toString());
            return;
        }
        boolean outage = DatabaseUnavailable.isCause(error);
        if (outage) {
            DatabaseUnavailable.log(log, "an action in the user interface", error);
        } else {
            log.error("Unexpected error in the user interface", error);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification n = Notification.show(outage ? DatabaseUnavailable.MESSAGE : GENERIC, outage ? 10000 : 6000,
                        Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    /** Whether {@code error} is the connection to a browser that closed or reloaded the page (Tomcat's client abort). */
    static boolean browserWentAway(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof org.apache.catalina.connector.ClientAbortException) {
                return true;
            }
        }
        return false;
    }
}
