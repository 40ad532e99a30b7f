package org.rspnavigator.webapp.audit;

import java.util.List;
import java.util.stream.Stream;

import org.rspnavigator.webapp.widgets.Formats;
import org.rspnavigator.webapp.widgets.ListAddress;
import org.rspnavigator.webapp.widgets.ListFilter;
import org.rspnavigator.webapp.widgets.QueryUrl;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The audit trail, for administrators. It grows by every save and sign-in, so the grid reads it a
 * page at a time as it is scrolled, filtered and sorted in the database ({@link AuditQuery}); the
 * filter and the sort order live in the address ({@code admin/audit?q=login%20failed&sort=user}).
 */
@Route(AuditView.PATH)
@PageTitle("Audit trail | RSP Navigator")
@RolesAllowed("ADMIN")
public class AuditView extends Div implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    static final String PATH = "admin/audit";

    private final AuditLog audit;
    private final Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
    private final ListFilter filter = new ListFilter("audit-filter", "Filter by user, action, subject or detail");
    /** While the address is read: what it sets is not written back. */
    private boolean entering;

    public AuditView(AuditLog audit) {
        this.audit = audit;
        addClassNames("rsp-view");
        grid.addColumn(e -> Formats.WHEN.format(e.getAt())).setHeader("When").setKey(AuditQuery.Key.TIME.keyName())
                .setSortProperty(AuditQuery.Key.TIME.keyName()).setAutoWidth(true);
        grid.addColumn(e -> e.getUsername() == null ? AuditQuery.SYSTEM : e.getUsername()).setHeader("Who")
                .setKey(AuditQuery.Key.USER.keyName()).setSortProperty(AuditQuery.Key.USER.keyName()).setAutoWidth(true);
        grid.addColumn(e -> e.getAction().label()).setHeader("What").setKey(AuditQuery.Key.ACTION.keyName())
                .setSortProperty(AuditQuery.Key.ACTION.keyName()).setAutoWidth(true);
        grid.addColumn(e -> e.getSubjectType() + (e.getSubjectId() == null ? "" : " " + e.getSubjectId()))
                .setHeader("On").setAutoWidth(true);
        grid.addColumn(e -> e.getDetail() == null ? "" : e.getDetail()).setHeader("Detail").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(true);
        grid.setItems(this::fetch, this::count);
        grid.setId("audit");
        grid.setAriaLabel("Audit trail");
        grid.setEmptyStateText("No entry matches the filter.");
        // Unlike the other lists, a box of its own: the trail is read a page at a time as it scrolls.
        grid.setHeight("70vh");
        grid.addSortListener(e -> writeAddress());
        filter.addFilterListener(text -> {
            grid.getDataProvider().refreshAll();
            showCount();
            writeAddress();
        });
        add(new H1("Audit trail"), new Paragraph("Every entry, newest first unless sorted otherwise: who created, "
                + "changed, exported, imported or deleted what, and who signed in or failed to."), filter, grid);
    }

    /** One page as the grid asks for it (its offsets are whole pages). */
    private Stream<AuditEvent> fetch(Query<AuditEvent, Void> query) {
        return audit.find(query(query.getSortOrders()), query.getPage(), query.getPageSize()).getContent().stream();
    }

    private int count(Query<AuditEvent, Void> query) {
        return (int) Math.min(Integer.MAX_VALUE, audit.count(query(List.of())));
    }

    /** How many entries the filter selects, of how many. */
    private void showCount() {
        AuditQuery selected = query(List.of());
        long shown = audit.count(selected);
        long total = selected.filter().isEmpty() ? shown : audit.count(new AuditQuery("", List.of()));
        filter.showCount(shown, total, "entry", "entries");
    }

    private AuditQuery query(List<QuerySortOrder> sortOrders) {
        List<AuditQuery.Order> order = sortOrders.stream().map(o -> new AuditQuery.Order(
                AuditQuery.parseOrder(o.getSorted()).getFirst().key(), o.getDirection() == SortDirection.DESCENDING))
                .toList();
        return new AuditQuery(filter.getValue(), order);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        entering = true;
        try {
            filter.setValue(ListAddress.filter(event.getLocation()));
            List<GridSortOrder<AuditEvent>> order = ListAddress.sortOrder(event.getLocation(), grid);
            grid.sort(order.isEmpty() ? newestFirst() : order);
            showCount();
        } finally {
            entering = false;
        }
    }

    private List<GridSortOrder<AuditEvent>> newestFirst() {
        return List.of(new GridSortOrder<>(grid.getColumnByKey(AuditQuery.Key.TIME.keyName()),
                SortDirection.DESCENDING));
    }

    /** The address of the trail as it is shown now; newest first, the usual order, is not written. */
    String address() {
        List<GridSortOrder<AuditEvent>> order = grid.getSortOrder();
        boolean usual = ListAddress.sortParameter(order).equals(ListAddress.sortParameter(newestFirst()));
        return ListAddress.of(PATH, filter.getValue(), usual ? List.of() : order);
    }

    private void writeAddress() {
        if (!entering) {
            QueryUrl.replace(address());
        }
    }
}
