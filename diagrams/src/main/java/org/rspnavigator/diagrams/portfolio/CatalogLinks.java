package org.rspnavigator.diagrams.portfolio;

import org.rspnavigator.model.StandardQuery;

/**
 * Where a chart's cells lead: the address of the catalog filtered to the standards a cell
 * counts. The application supplies it, since its routes and their query strings are its own.
 */
@FunctionalInterface
public interface CatalogLinks {

    /** The address of the catalog view showing what {@code query} selects. */
    String href(StandardQuery query);
}
