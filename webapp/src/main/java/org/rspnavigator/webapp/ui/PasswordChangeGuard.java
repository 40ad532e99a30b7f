package org.rspnavigator.webapp.ui;

import org.rspnavigator.webapp.accounts.AccountService;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * A user signed in with a one-time password (generated at installation, or set by an
 * administrator) is sent to choose their own before anything else.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private static final long serialVersionUID = 1L;

    private final transient AccountService accounts;

    PasswordChangeGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target == ChangePasswordView.class || target == LoginView.class) {
                return;
            }
            CurrentUser.get().filter(accounts::mustChangePassword)
                    .ifPresent(user -> enter.forwardTo(ChangePasswordView.class));
        }));
    }
}
