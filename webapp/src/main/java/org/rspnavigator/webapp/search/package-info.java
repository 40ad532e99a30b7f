/**
 * Search: the index as an application bean, the timed search the API and the views share, search
 * requests as URL parameters and hit targets as routes ({@code SearchRequests}), the results view,
 * the box in the header and the search endpoints.
 */
package org.rspnavigator.webapp.search;
