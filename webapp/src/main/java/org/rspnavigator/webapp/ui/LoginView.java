package org.rspnavigator.webapp.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Signing in. Browsing, searching and exporting the catalog need no account; saving work does.
 * A failed login says so without telling whether the user name exists; a locked account is told
 * when it may try again.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | RSP Navigator")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("rsp-login");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Not signed in");
        i18n.getErrorMessage().setMessage("The user name or password is not right, or the account is locked after "
                + "repeated failed attempts (it unlocks by itself after a few minutes; an administrator can unlock it "
                + "at once).");
        login.setI18n(i18n);
        Paragraph intro = new Paragraph("Planners and vendors sign in to save their work and share it within their "
                + "organization. The catalog, search and exports are open without an account.");
        Anchor back = new Anchor("", "← Back to the catalog");
        add(new H1("RSP Navigator"), intro, login, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
    }
}
