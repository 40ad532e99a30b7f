package org.rspnavigator.webapp.widgets;

import java.io.Serializable;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.Location;

/**
 * A list page whose filter and sort order live in its address ({@code organizations?q=north&sort=-created},
 * see {@link ListAddress}): entering the address shows the list that way, and every change of the
 * filter or the sort order is written back without a new history entry, so that a reload, Back or
 * a bookmark brings the list back as it was left.
 *
 * @param <T> the rows of the grid
 */
public final class AddressedList<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final ListFilter filter;
    private final Grid<T> grid;
    private final SerializableRunnable refresh;
    /** While the address is being applied: the changes it makes are not written back to it. */
    private boolean entering;

    /**
     * @param path    the list's route ({@code organizations})
     * @param refresh reads the rows again under the filter and sort order shown
     */
    public AddressedList(String path, ListFilter filter, Grid<T> grid, SerializableRunnable refresh) {
        this.path = path;
        this.filter = filter;
        this.grid = grid;
        this.refresh = refresh;
    }

    /** Shows the list as {@code location} asks: its filter and its sort order. */
    public void enter(Location location) {
        entering = true;
        try {
            filter.setValue(ListAddress.filter(location));
            grid.sort(ListAddress.sortOrder(location, grid));
            refresh.run();
        } finally {
            entering = false;
        }
    }

    /** The address of the list as it is shown now. */
    public String address() {
        return ListAddress.of(path, filter.getValue(), grid.getSortOrder());
    }

    /** Writes the address of the list as it is shown now, unless the address is what is being shown. */
    public void write() {
        if (!entering) {
            QueryUrl.replace(address());
        }
    }
}
