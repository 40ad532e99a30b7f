package org.rspnavigator.webapp.rfp.view;

import java.util.Comparator;
import java.util.List;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.platform.StaleEditException;
import org.rspnavigator.webapp.rfp.RfpProject;
import org.rspnavigator.webapp.rfp.RfpProjectService;
import org.rspnavigator.webapp.widgets.Formats;
import org.rspnavigator.webapp.widgets.AddressedList;
import org.rspnavigator.webapp.widgets.ListFilter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * The RFP projects of the signed-in planner's organization: open, duplicate, delete, start a new
 * one. An organization gathers hundreds of projects over the years, so the list is filtered as
 * the planner types and sorted by its columns, and both live in the address
 * ({@code rfp?q=pacs&sort=-updated}) so that a reload or the back button keeps them.
 */
@Route(RfpProjectsView.PATH)
@PageTitle("RFP projects | RSP Navigator")
@RolesAllowed({"PLANNER", "ADMIN"})
public class RfpProjectsView extends Div implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    static final String PATH = "rfp";

    private final RfpProjectService projects;
    private final Catalog catalog;
    private final ListFilter filter = new ListFilter("rfp-projects-filter", "Filter by project, system or person");
    private final Grid<Row> grid = new Grid<>(Row.class, false);
    private final AddressedList<Row> addressed = new AddressedList<>(PATH, filter, grid, this::refresh);
    private final Paragraph none = new Paragraph("Your organization has no RFP project yet.");
    private GridListDataView<Row> rows;
    private int total;
    /** While the address is read: what it sets is not written back. */

    /** A project as the list shows it; its draft is read once per listing, not at each sort or filter. */
    public record Row(RfpProject project, String systems, int requirements, String updated) {
    }

    public RfpProjectsView(RfpProjectService projects, Catalog catalog) {
        this.projects = projects;
        this.catalog = catalog;
        addClassNames("rsp-view");
        AccountPrincipal user = CurrentUser.require();
        Paragraph intro = new Paragraph("An RFP project turns the use cases in scope and the systems being bought "
                + "into numbered requirements grounded in ISO 21860 and the IHE profiles, which you adjust and then "
                + "download as an RFP section, a vendor response matrix and an integration-statement checklist. "
                + "Projects are shared by everyone in " + user.organizationName() + " and every save is kept as a "
                + "revision.");
        intro.addClassName("rsp-intro");
        RouterLink create = new RouterLink("New RFP project", RfpProjectView.class, RfpProjectView.NEW);
        create.addClassName("rsp-button-link");
        create.setId("new-rfp-project");
        RouterLink exceptions = new RouterLink("Exceptions to the portfolio", PortfolioExceptionsView.class);
        exceptions.setId("rfp-exceptions");
        exceptions.getElement().setAttribute("title", "Every SHALL of the portfolio your projects lowered or "
                + "withdrew, with the reasons, for your policy makers");
        Div actions = new Div(create, exceptions);
        actions.addClassName("rsp-actions");
        configureGrid(user);
        filter.addFilterListener(text -> {
            applyFilter();
            writeAddress();
        });
        grid.addSortListener(e -> writeAddress());
        add(new H1("RFP projects"), intro, actions, none, filter, grid);
    }

    /** The order of the list before it is sorted, and of rows a sort leaves tied. */
    private static final Comparator<Row> BY_NAME = Comparator.comparing((Row r) -> r.project().getName(),
            String.CASE_INSENSITIVE_ORDER).thenComparing(r -> r.project().getId());

    private void configureGrid(AccountPrincipal user) {
        grid.addColumn(new ComponentRenderer<>(r -> new RouterLink(r.project().getName(), RfpProjectView.class,
                String.valueOf(r.project().getId())))).setHeader("Project").setKey("name").setComparator(BY_NAME)
                .setSortable(true).setFlexGrow(2).setWidth("12rem")
                .setTooltipGenerator(r -> r.project().getName());
        grid.addColumn(Row::systems).setHeader("Systems").setKey("systems").setFlexGrow(1).setWidth("8rem");
        grid.addColumn(Row::requirements).setHeader("Requirements").setKey("requirements")
                .setComparator(Comparator.comparingInt(Row::requirements)).setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.project().getRevision()).setHeader("Revision").setKey("revision")
                .setComparator(Comparator.comparingInt((Row r) -> r.project().getRevision()))
                .setSortable(true).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::updated).setHeader("Last saved").setKey("updated")
                .setComparator(Comparator.comparing((Row r) -> r.project().getUpdatedAt()))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.project().getUpdatedBy()).setHeader("By").setKey("by")
                .setComparator(Comparator.comparing((Row r) -> r.project().getUpdatedBy(), String.CASE_INSENSITIVE_ORDER))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        // Measured rather than auto: the grid's auto width left the second button half hidden.
        grid.addComponentColumn(this::actions).setHeader("Actions").setKey("actions").setWidth("13rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(true);
        // As the catalog: every row is laid out and the page scrolls as a whole.
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.setId("rfp-projects");
        grid.setAriaLabel("RFP projects of " + user.organizationName());
        grid.setEmptyStateText("No project matches the filter.");
    }

    private Div actions(Row row) {
        RfpProject p = row.project();
        Button copy = new Button("Duplicate", VaadinIcon.COPY_O.create(), e -> duplicate(p));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        copy.setAriaLabel("Duplicate " + p.getName());
        Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirmDelete(p));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        delete.setAriaLabel("Delete " + p.getName());
        return new Div(copy, delete);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        addressed.enter(event.getLocation());
    }

    /** The address of the list as it is shown now. */
    String address() {
        return addressed.address();
    }

    /** The filter and the sort order go into the address, without a new history entry. */
    private void writeAddress() {
        addressed.write();
    }

    /** Reads the projects again, keeping the filter and the sort order. */
    private void refresh() {
        List<Row> all = projects.list(CurrentUser.require()).stream().map(this::row).toList();
        total = all.size();
        List<GridSortOrder<Row>> order = grid.getSortOrder();
        rows = grid.setItems(all);
        rows.setSortComparator(BY_NAME::compare);
        grid.sort(order);
        none.setVisible(all.isEmpty());
        filter.setVisible(!all.isEmpty());
        grid.setVisible(!all.isEmpty());
        applyFilter();
    }

    private Row row(RfpProject p) {
        RfpDraft draft = projects.draft(p);
        String systems = String.join(", ", draft.spec().systems().stream()
                .map(s -> catalog.systemType(s.systemType()).map(t -> t.name()).orElse(s.systemType())
                        + (s.quantity() > 1 ? " × " + s.quantity() : ""))
                .toList());
        return new Row(p, systems, draft.requirements().size(), Formats.WHEN.format(p.getUpdatedAt()));
    }

    private void applyFilter() {
        if (rows == null) {
            return;
        }
        List<String> words = ListFilter.words(filter.getValue());
        rows.setFilter(r -> ListFilter.matches(words, r.project().getName(), r.systems(), r.project().getUpdatedBy(),
                r.updated()));
        filter.showCount(rows.getItemCount(), total, "project", "projects");
    }

    private void duplicate(RfpProject p) {
        RfpProject copy = projects.duplicate(CurrentUser.require(), p.getId());
        Notification.show("Duplicated as “" + copy.getName() + "”.", 3000, Notification.Position.BOTTOM_START);
        refresh();
    }

    private void confirmDelete(RfpProject p) {
        ConfirmDialog dialog = new ConfirmDialog("Delete this RFP project?", "“" + p.getName() + "” and all its "
                + p.getRevision() + " revisions will be deleted for everyone in your organization.", "Delete", e -> {
                    try {
                        projects.delete(CurrentUser.require(), p.getId(), p.getVersion());
                    } catch (StaleEditException ex) {
                        Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE);
                    }
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
