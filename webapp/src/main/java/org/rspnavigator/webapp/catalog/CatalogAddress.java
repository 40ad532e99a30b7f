package org.rspnavigator.webapp.catalog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.rspnavigator.model.StandardQuery;
import org.rspnavigator.webapp.widgets.ListAddress;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.server.VaadinSession;

/**
 * The catalog's address: its filters and its sort order ({@code sort=-adoption,standard}: column
 * keys in order, a minus for descending). The last one shown in a session is remembered, so that
 * "← Catalog" on a standard's page returns to the catalog as it was left.
 */
final class CatalogAddress {

    static final String SORT = ListAddress.SORT;
    private static final String LAST = CatalogAddress.class.getName() + ".last";

    private CatalogAddress() {
    }

    /** {@code catalog?group=preferred&sort=-adoption}, or {@code catalog} when nothing is chosen. */
    static String of(StandardQuery query, List<? extends GridSortOrder<?>> order) {
        String qs = query.toQueryString();
        String sort = sortParameter(order);
        if (!sort.isEmpty()) {
            qs = qs.isEmpty() ? SORT + "=" + sort : qs + "&" + SORT + "=" + sort;
        }
        return qs.isEmpty() ? CatalogView.PATH : CatalogView.PATH + "?" + qs;
    }

    /** The sort order as the {@code sort} parameter writes it; empty when the grid is unsorted. */
    static String sortParameter(List<? extends GridSortOrder<?>> order) {
        return ListAddress.sortParameter(order);
    }

    /**
     * The sort order in {@code parameters}, for the columns of {@code grid}; unknown or repeated
     * columns are left out, so a hand-edited address never fails.
     */
    static <T> List<GridSortOrder<T>> sortOrder(Map<String, List<String>> parameters, Grid<T> grid) {
        return sortOrder(parameters, grid::getColumnByKey);
    }

    static <T> List<GridSortOrder<T>> sortOrder(Map<String, List<String>> parameters,
            Function<String, Grid.Column<T>> columns) {
        return ListAddress.sortOrder(parameters, columns);
    }

    /** Remembers {@code address} as where the catalog was last left in this session. */
    static void remember(String address) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(LAST, address);
        }
    }

    /** The catalog's address as last shown in this session; the whole catalog before that. */
    static String last() {
        VaadinSession session = VaadinSession.getCurrent();
        Object last = session == null ? null : session.getAttribute(LAST);
        return last instanceof String address ? address : CatalogView.PATH;
    }
}
