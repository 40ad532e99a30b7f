package org.rspnavigator.webapp.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.rspnavigator.model.StandardQuery;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.server.VaadinSession;

/**
 * The catalog's address: its filters and its sort order ({@code sort=-adoption,standard}: column
 * keys in order, a minus for descending). The last one shown in a session is remembered, so that
 * "← Catalog" on a standard's page returns to the catalog as it was left.
 */
final class CatalogAddress {

    static final String SORT = "sort";
    private static final String LAST = CatalogAddress.class.getName() + ".last";
    private static final int MAX_SORT_KEYS = 8;

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
        List<String> keys = new ArrayList<>();
        for (GridSortOrder<?> o : order) {
            String key = o.getSorted().getKey();
            if (key != null) {
                keys.add(o.getDirection() == SortDirection.DESCENDING ? "-" + key : key);
            }
        }
        return String.join(",", keys);
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
        List<GridSortOrder<T>> order = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String value : parameters.getOrDefault(SORT, List.of())) {
            for (String part : value.split(",")) {
                String token = part.strip();
                boolean descending = token.startsWith("-");
                String key = descending ? token.substring(1) : token;
                Grid.Column<T> column = key.isEmpty() ? null : columns.apply(key);
                if (column != null && column.isSortable() && seen.add(key) && order.size() < MAX_SORT_KEYS) {
                    order.add(new GridSortOrder<>(column, descending ? SortDirection.DESCENDING : SortDirection.ASCENDING));
                }
            }
        }
        return order;
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
