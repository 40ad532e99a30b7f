package org.rspnavigator.webapp.ui;

import org.rspnavigator.webapp.accounts.AccountService;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.accounts.Organization;
import org.rspnavigator.webapp.work.StaleEditException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Administrators create and rename organizations. */
@Route("admin/organizations")
@PageTitle("Organizations | RSP Navigator")
@RolesAllowed("ADMIN")
public class OrganizationsView extends Div {

    private static final long serialVersionUID = 1L;

    private final AccountService accounts;
    private final Grid<Organization> grid = new Grid<>(Organization.class, false);

    public OrganizationsView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("rsp-view");
        grid.addColumn(Organization::getName).setHeader("Organization").setFlexGrow(1);
        grid.addColumn(o -> ShortlistsView.WHEN.format(o.getCreatedAt())).setHeader("Created").setAutoWidth(true);
        grid.addComponentColumn(o -> new Button("Rename", e -> edit(o))).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("organizations");
        Button create = new Button("New organization", e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Organizations"), new Paragraph("Members of an organization share its work; nobody else sees it."),
                create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.organizations(CurrentUser.require()));
    }

    private void edit(Organization org) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(org == null ? "New organization" : "Rename organization");
        TextField name = new TextField("Name");
        name.setWidthFull();
        name.setMaxLength(200);
        if (org != null) {
            name.setValue(org.getName());
        }
        Paragraph error = new Paragraph();
        error.addClassName("rsp-error");
        Button save = new Button("Save", e -> {
            try {
                if (org == null) {
                    accounts.createOrganization(CurrentUser.require(), name.getValue());
                } else {
                    accounts.renameOrganization(CurrentUser.require(), org.getId(), org.getVersion(), name.getValue());
                }
                dialog.close();
                refresh();
            } catch (IllegalArgumentException | StaleEditException ex) {
                error.setText(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name, error);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
