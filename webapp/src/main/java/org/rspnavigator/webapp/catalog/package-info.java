/**
 * The portfolio itself, for everyone: the catalog as an application bean (and how an invalid one
 * stops the start), the catalog view with its filters, a page per standard and per use case, the
 * portfolio laid out as Tables 1 to 5 with its charts and exports, and the catalog endpoints of
 * the API ({@code /standards}, {@code /use-cases}, {@code /system-types}, {@code /portfolio.*}).
 */
package org.rspnavigator.webapp.catalog;
