package org.rspnavigator.webapp.accounts;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.rspnavigator.webapp.platform.StaleEditException;
import org.rspnavigator.webapp.widgets.AddressedList;
import org.rspnavigator.webapp.widgets.ListFilter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators create users, give them a role and an organization, disable or unlock them,
 * and set one-time passwords that the user must change at the next login. Disabling a user, or
 * changing their role or organization or password, signs them out of their open sessions. As the
 * organizations, the list is filtered as the administrator types and sorted by its columns, both
 * kept in the address ({@code admin/users?q=hospital&sort=organization,username}).
 */
@Route(UsersView.PATH)
@PageTitle("Users | RSP Navigator")
@RolesAllowed("ADMIN")
public class UsersView extends Div implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    static final String PATH = "admin/users";

    private final AccountService accounts;
    private final Clock clock;
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    /** The order of the list before it is sorted, and of rows a sort leaves tied. */
    private static final Comparator<UserAccount> BY_USERNAME = Comparator.comparing(UserAccount::getUsername,
            String.CASE_INSENSITIVE_ORDER);
    private final ListFilter filter = new ListFilter("users-filter", "Filter by user name, name, role, organization or status");
    private final AddressedList<UserAccount> addressed = new AddressedList<>(PATH, filter, grid, this::refresh);
    private GridListDataView<UserAccount> rows;
    private int total;
    /** While the address is read: what it sets is not written back. */

    public UsersView(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        addClassNames("rsp-view");
        grid.addColumn(UserAccount::getUsername).setHeader("User name").setKey("username").setComparator(BY_USERNAME)
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(UserAccount::getDisplayName).setHeader("Name").setKey("name")
                .setComparator(Comparator.comparing(UserAccount::getDisplayName, String.CASE_INSENSITIVE_ORDER))
                .setSortable(true).setFlexGrow(1);
        grid.addColumn(u -> u.getRole().label()).setHeader("Role").setKey("role")
                .setComparator(Comparator.comparing((UserAccount u) -> u.getRole().label()))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(u -> u.getOrganization().getName()).setHeader("Organization").setKey("organization")
                .setComparator(Comparator.comparing((UserAccount u) -> u.getOrganization().getName(),
                        String.CASE_INSENSITIVE_ORDER))
                .setSortable(true).setFlexGrow(1);
        grid.addColumn(this::status).setHeader("Status").setKey("status")
                .setComparator(Comparator.comparing(this::status)).setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(u -> {
            Button edit = new Button("Edit", e -> edit(u));
            edit.setAriaLabel("Edit " + u.getUsername());
            return edit;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("users");
        grid.setAriaLabel("Users");
        grid.setEmptyStateText("No user matches the filter.");
        grid.setMultiSort(true);
        grid.addSortListener(e -> writeAddress());
        filter.addFilterListener(text -> {
            applyFilter();
            writeAddress();
        });
        Button create = new Button("New user", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Users"), create, filter, grid);
    }

    private String status(UserAccount u) {
        return !u.isEnabled() ? "Disabled" : u.isLockedAt(clock.instant()) ? "Locked" : "Active";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        addressed.enter(event.getLocation());
    }

    /** The address of the list as it is shown now. */
    String address() {
        return addressed.address();
    }

    private void writeAddress() {
        addressed.write();
    }

    /** Reads the users again, keeping the filter and the sort order. */
    private void refresh() {
        List<UserAccount> all = accounts.users(CurrentUser.require());
        total = all.size();
        List<GridSortOrder<UserAccount>> order = grid.getSortOrder();
        rows = grid.setItems(all);
        rows.setSortComparator(BY_USERNAME::compare);
        grid.sort(order);
        applyFilter();
    }

    private void applyFilter() {
        if (rows == null) {
            return;
        }
        List<String> words = ListFilter.words(filter.getValue());
        rows.setFilter(u -> ListFilter.matches(words, u.getUsername(), u.getDisplayName(), u.getRole().label(),
                u.getOrganization().getName(), status(u)));
        filter.showCount(rows.getItemCount(), total, "user", "users");
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
