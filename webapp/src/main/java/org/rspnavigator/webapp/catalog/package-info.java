/**
 * The portfolio itself, for everyone: the catalog as an application bean (and how an invalid one
 * stops the start), the catalog view with its filters, a page per standard and per use case, the
 * portfolio laid out as Tables 1 to 5 with its charts and exports; the IHE profiles, filtered by
 * domain, status and group, each with its actors, transactions, options, groupings and actor
 * diagram; and the catalog endpoints of the API ({@code /standards}, {@code /use-cases},
 * {@code /profiles}, {@code /system-types}, {@code /clinical-services}, {@code /portfolio.*}).
 */
package org.rspnavigator.webapp.catalog;
