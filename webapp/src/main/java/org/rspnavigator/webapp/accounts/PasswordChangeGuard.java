package org.rspnavigator.webapp.accounts;

import org.rspnavigator.webapp.platform.web.DatabaseUnavailable;
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
            CurrentUser.get().filter(this::mustChangePassword)
                    .ifPresent(user -> enter.forwardTo(ChangePasswordView.class));
        }));
    }

    /**
     * Asks the database, which knows about a password changed since signing in. While the database
     * cannot be reached the person may go on browsing the catalog, which needs no database; nothing
     * of their organization's can be opened or saved then anyway.
     */
    private boolean mustChangePassword(AccountPrincipal user) {
        try {
            return accounts.mustChangePassword(user);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.isCause(e)) {
                return false;
            }
            throw e;
        }
    }
}
