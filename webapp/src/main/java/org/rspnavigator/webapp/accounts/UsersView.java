package org.rspnavigator.webapp.accounts;

import java.time.Clock;

import org.rspnavigator.webapp.platform.StaleEditException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators create users, give them a role and an organization, disable or unlock them,
 * and set one-time passwords that the user must change at the next login. Disabling a user, or
 * changing their role or organization or password, signs them out of their open sessions.
 */
@Route("admin/users")
@PageTitle("Users | RSP Navigator")
@RolesAllowed("ADMIN")
public class UsersView extends Div {

    private static final long serialVersionUID = 1L;

    private final AccountService accounts;
    private final Clock clock;
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);

    public UsersView(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        addClassNames("rsp-view");
        grid.addColumn(UserAccount::getUsername).setHeader("User name").setAutoWidth(true);
        grid.addColumn(UserAccount::getDisplayName).setHeader("Name").setFlexGrow(1);
        grid.addColumn(u -> u.getRole().label()).setHeader("Role").setAutoWidth(true);
        grid.addColumn(u -> u.getOrganization().getName()).setHeader("Organization").setFlexGrow(1);
        grid.addColumn(u -> !u.isEnabled() ? "Disabled" : u.isLockedAt(clock.instant()) ? "Locked" : "Active")
                .setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(u -> new Button("Edit", e -> edit(u))).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("users");
        Button create = new Button("New user", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Users"), create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.users(CurrentUser.require()));
    }

    private ComboBox<Organization> organizations() {
        ComboBox<Organization> box = new ComboBox<>("Organization");
        box.setItems(accounts.organizations(CurrentUser.require()));
        box.setItemLabelGenerator(Organization::getName);
        return box;
    }

    private static ComboBox<Role> roles() {
        ComboBox<Role> box = new ComboBox<>("Role");
        box.setItems(Role.values());
        box.setItemLabelGenerator(Role::label);
        return box;
    }

    private void create() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New user");
        TextField username = new TextField("User name");
        TextField name = new TextField("Name");
        ComboBox<Role> role = roles();
        role.setValue(Role.PLANNER);
        ComboBox<Organization> org = organizations();
        PasswordField password = new PasswordField("One-time password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; changed at the first login");
        Paragraph error = new Paragraph();
        error.addClassName("rsp-error");
        Button save = new Button("Create", e -> {
            try {
                if (org.getValue() == null) {
                    throw new IllegalArgumentException("Choose the user's organization.");
                }
                accounts.createUser(CurrentUser.require(), username.getValue(), name.getValue(), role.getValue(),
                        org.getValue().getId(), password.getValue());
                dialog.close();
                refresh();
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(username, name, role, org, password), error);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void edit(UserAccount user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Edit " + user.getUsername());
        ComboBox<Role> role = roles();
        role.setValue(user.getRole());
        ComboBox<Organization> org = organizations();
        org.getListDataView().getItems().filter(o -> o.getId().equals(user.getOrganization().getId())).findFirst()
                .ifPresent(org::setValue);
        Checkbox enabled = new Checkbox("May sign in", user.isEnabled());
        // Also when the account is not locked: a client address may still be waiting after failed logins.
        Checkbox unlock = new Checkbox("Unlock after failed logins (from every address)", false);
        PasswordField password = new PasswordField("New one-time password (optional)");
        Paragraph error = new Paragraph();
        error.addClassName("rsp-error");
        Button save = new Button("Save", e -> {
            try {
                accounts.updateUser(CurrentUser.require(), user.getId(), user.getVersion(), role.getValue(),
                        org.getValue().getId(), enabled.getValue(), unlock.getValue());
                if (!password.getValue().isEmpty()) {
                    accounts.resetPassword(CurrentUser.require(), user.getId(), password.getValue());
                }
                dialog.close();
                refresh();
            } catch (IllegalArgumentException | StaleEditException ex) {
                error.setText(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(role, org, enabled, unlock, password), error);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
