package org.rspnavigator.webapp.accounts;

import java.util.Comparator;
import java.util.List;

import org.rspnavigator.webapp.platform.FileNames;
import org.rspnavigator.webapp.widgets.Formats;
import org.rspnavigator.webapp.widgets.AddressedList;
import org.rspnavigator.webapp.widgets.ListFilter;
import org.rspnavigator.webapp.platform.StaleEditException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators create and rename organizations. The list is filtered by name as the administrator
 * types and sorted by its columns, both kept in the address ({@code admin/organizations?q=clinic&sort=name}).
 */
@Route(OrganizationsView.PATH)
@PageTitle("Organizations | RSP Navigator")
@RolesAllowed("ADMIN")
public class OrganizationsView extends Div implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    static final String PATH = "admin/organizations";

    private final AccountService accounts;
    private final Grid<Organization> grid = new Grid<>(Organization.class, false);
    private final ListFilter filter = new ListFilter("organizations-filter", "Filter by name");
    private final AddressedList<Organization> addressed = new AddressedList<>(PATH, filter, grid, this::refresh);
    private GridListDataView<Organization> rows;
    private int total;
    /** While the address is read: what it sets is not written back. */

    private final OrganizationFiles files;

    /** The order of the list before it is sorted, and of rows a sort leaves tied. */
    private static final Comparator<Organization> BY_NAME = Comparator.comparing(Organization::getName,
            String.CASE_INSENSITIVE_ORDER).thenComparing(Organization::getId);

    public OrganizationsView(AccountService accounts, OrganizationFiles files) {
        this.accounts = accounts;
        this.files = files;
        addClassNames("rsp-view");
        grid.addColumn(Organization::getName).setHeader("Organization").setKey("name").setComparator(BY_NAME)
                .setSortable(true).setFlexGrow(1);
        grid.addColumn(o -> Formats.WHEN.format(o.getCreatedAt())).setHeader("Created").setKey("created")
                .setComparator(Comparator.comparing(Organization::getCreatedAt)).setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(o -> {
            Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] data = files.export(CurrentUser.require(), o.getId());
                return new DownloadResponse(new java.io.ByteArrayInputStream(data), FileNames.organizationExport(o.getName()),
                        "application/json", data.length);
            }), "Export");
            export.getElement().setAttribute("aria-label", "Export " + o.getName());
            Button rename = new Button("Rename", e -> edit(o));
            rename.setAriaLabel("Rename " + o.getName());
            Button importData = new Button("Import…", e -> importInto(o));
            importData.setAriaLabel("Import into " + o.getName());
            Div actions = new Div(rename, importData, export);
            actions.addClassName("rsp-actions");
            return actions;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("organizations");
        grid.setAriaLabel("Organizations");
        grid.setEmptyStateText("No organization matches the filter.");
        grid.setMultiSort(true);
        grid.addSortListener(e -> writeAddress());
        filter.addFilterListener(text -> {
            applyFilter();
            writeAddress();
        });
        Button create = new Button("New organization", e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Organizations"), new Paragraph("Members of an organization share its work; nobody else sees it."),
                create, filter, grid);
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

    /** Reads the organizations again, keeping the filter and the sort order. */
    private void refresh() {
        List<Organization> all = accounts.organizations(CurrentUser.require());
        total = all.size();
        List<GridSortOrder<Organization>> order = grid.getSortOrder();
        rows = grid.setItems(all);
        rows.setSortComparator(BY_NAME::compare);
        grid.sort(order);
        applyFilter();
    }

    private void applyFilter() {
        if (rows == null) {
            return;
        }
        List<String> words = ListFilter.words(filter.getValue());
        rows.setFilter(o -> ListFilter.matches(words, o.getName()));
        filter.showCount(rows.getItemCount(), total, "organization", "organizations");
    }

    /** Upload of an export: checked in full, then written all at once, or refused with every problem listed. */
    private void importInto(Organization org) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Import into " + org.getName());
        Paragraph result = new Paragraph("Choose a JSON file exported from RSP Navigator (at most 5 MB).");
        result.setId("import-result");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                result.setText(files.importInto(CurrentUser.require(), org.getId(), bytes));
            } catch (IllegalArgumentException e) {
                result.setText(e.getMessage());
            }
        }));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> result.setText("Refused: " + e.getErrorMessage()));
        dialog.add(result, upload);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
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
