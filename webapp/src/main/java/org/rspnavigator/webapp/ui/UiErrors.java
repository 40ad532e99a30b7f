package org.rspnavigator.webapp.ui;

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
 * message that loses nothing they typed, instead of the framework's "Internal error" overlay.
 */
@Component
class UiErrors implements VaadinServiceInitListener {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(error -> {
            log.error("Unexpected error in the user interface", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    Notification n = Notification.show("Something went wrong and has been logged. Your input is "
                            + "still here; please try again.", 6000, Notification.Position.TOP_CENTER);
                    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        }));
    }
}
