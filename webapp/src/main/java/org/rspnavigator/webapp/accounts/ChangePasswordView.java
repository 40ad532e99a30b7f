package org.rspnavigator.webapp.accounts;

import org.rspnavigator.webapp.shortlists.ShortlistsView;
import org.rspnavigator.webapp.platform.NotPermittedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;

import jakarta.annotation.security.PermitAll;

/**
 * A signed-in user changes their password; the first login with a one-time password leads here.
 * A wrong current password counts as a failed login from the browser's address, as on the login
 * page, and too many make that address wait.
 */
@Route("account/password")
@PageTitle("Change password | RSP Navigator")
@PermitAll
public class ChangePasswordView extends Div {

    private static final long serialVersionUID = 1L;

    public ChangePasswordView(AccountService accounts) {
        addClassNames("rsp-view", "rsp-narrow");
        PasswordField current = new PasswordField("Current password");
        PasswordField replacement = new PasswordField("New password");
        replacement.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; a passphrase of several words"
                + " is good. Common passwords, repetitions and sequences are refused.");
        PasswordField again = new PasswordField("New password again");
        Paragraph message = new Paragraph();
        message.setId("password-message");
        Button save = new Button("Change password", e -> {
            if (!replacement.getValue().equals(again.getValue())) {
                message.setText("The two new passwords differ.");
                return;
            }
            try {
                accounts.changeOwnPassword(CurrentUser.require(), clientAddress(), current.getValue(),
                        replacement.getValue());
                Notification n = Notification.show("Your password is changed.", 4000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(ShortlistsView.class));
            } catch (IllegalArgumentException | NotPermittedException ex) {
                message.setText(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean mustChange = CurrentUser.get().map(accounts::mustChangePassword).orElse(false);
        Paragraph intro = new Paragraph(mustChange
                ? "Your password was set by an administrator or generated at installation. Choose your own before you go on."
                : "Choose a new password.");
        add(new H1("Change password"), intro, current, replacement, again, save, message);
        for (var f : java.util.List.of(current, replacement, again)) {
            f.setWidthFull();
            f.setMaxLength(PasswordPolicy.MAX_LENGTH * 2); // characters outside the BMP count twice here
        }
    }

    /** The browser's address, as the login sees it (the servlet container's, see server.forward-headers-strategy). */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
