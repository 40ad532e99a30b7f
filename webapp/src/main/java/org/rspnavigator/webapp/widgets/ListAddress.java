package org.rspnavigator.webapp.widgets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Location;

/**
 * The address of a long list (RFP projects, organizations, users, the audit trail): its text
 * filter ({@code q=pacs}) and its sort order ({@code sort=-updated,name}: column keys in order, a
 * minus for descending, as the catalog writes its own), so that a reload, a bookmark or the back
 * button shows the list as it was left.
 */
public final class ListAddress {

    public static final String FILTER = "q";
    public static final String SORT = "sort";
    /** The longest filter kept; the filter field stops at the same length. */
    public static final int MAX_FILTER = 200;
    private static final int MAX_SORT_KEYS = 8;

    private ListAddress() {
    }

    /** {@code rfp?q=pacs&sort=-updated}, or {@code rfp} when nothing is filtered or sorted. */
    public static String of(String path, String filter, List<? extends GridSortOrder<?>> order) {
        List<String> parts = new ArrayList<>();
        if (filter != null && !filter.isBlank()) {
            parts.add(FILTER + "=" + URLEncoder.encode(filter.strip(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        String sort = sortParameter(order);
        if (!sort.isEmpty()) {
            parts.add(SORT + "=" + sort);
        }
        return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
    }

    /** The sort order as the {@code sort} parameter writes it; empty when the grid is unsorted. */
    public static String sortParameter(List<? extends GridSortOrder<?>> order) {
        List<String> keys = new ArrayList<>();
        for (GridSortOrder<?> o : order) {
            String key = o.getSorted().getKey();
            if (key != null) {
                keys.add(o.getDirection() == SortDirection.DESCENDING ? "-" + key : key);
            }
        }
        return String.join(",", keys);
    }

    /** The text filter in the address, without surrounding spaces; empty when there is none. */
    public static String filter(Location location) {
        return filter(location.getQueryParameters().getParameters());
    }

    static String filter(Map<String, List<String>> parameters) {
        List<String> values = parameters.getOrDefault(FILTER, List.of());
        String value = values.isEmpty() || values.getFirst() == null ? "" : values.getFirst().strip();
        return value.length() <= MAX_FILTER ? value : value.substring(0, MAX_FILTER);
    }

    /** The sort order in the address, for the columns of {@code grid}. */
    public static <T> List<GridSortOrder<T>> sortOrder(Location location, Grid<T> grid) {
        return sortOrder(location.getQueryParameters().getParameters(), grid);
    }

    /**
     * The sort order in {@code parameters}; unknown, unsortable or repeated columns are left out,
     * so that a hand-edited address never fails.
     */
    static <T> List<GridSortOrder<T>> sortOrder(Map<String, List<String>> parameters, Grid<T> grid) {
        return sortOrder(parameters, grid::getColumnByKey);
    }

    /** The sort order in {@code parameters}, for the columns {@code columns} finds by key. */
    public static <T> List<GridSortOrder<T>> sortOrder(Map<String, List<String>> parameters,
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
}
