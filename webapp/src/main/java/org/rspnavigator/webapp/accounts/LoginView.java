package org.rspnavigator.webapp.accounts;

import org.springframework.security.web.WebAttributes;

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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Signing in. Browsing, searching and exporting the catalog need no account; saving work does.
 * A failed login says so without telling whether the user name exists; a browser that failed too
 * often is told when it may try again (whether the name exists or not).
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | RSP Navigator")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    static final String WRONG = "Wrong user name or password. After many failed attempts from everywhere an account "
            + "is locked for a while; an administrator can unlock it at once.";

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        addClassName("rsp-login");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Not signed in");
        i18n.getErrorMessage().setMessage(WRONG);
        login.setI18n(i18n);
        Paragraph intro = new Paragraph("Planners and vendors sign in to save their work and share it within their "
                + "organization. The catalog, search and exports are open without an account.");
        Anchor back = new Anchor("", "← Back to the catalog");
        add(new H1("RSP Navigator"), intro, login, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
            Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            i18n.getErrorMessage().setMessage(failure instanceof LoginThrottledException throttled
                    ? "Wrong user name or password, or too many failed attempts from your address: try again in "
                            + throttled.waitInWords() + "."
                    : WRONG);
            login.setI18n(i18n);
            login.setError(true);
        }
    }
}
