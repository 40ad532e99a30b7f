/**
 * The catalog of RSP Navigator: the standards of the ISO 21860:2020 Reference Standards
 * Portfolio for clinical imaging, the portfolio tables and their footnotes, and the
 * implementation use cases, as immutable records linked by a {@link org.rspnavigator.model.Catalog}.
 *
 * <p>The vocabulary is that of ISO 21860 (category, assessment group, standard maturity, product
 * adoption, site deployment, tooling). Ratings are enums, never strings; every vocabulary enum
 * implements {@link org.rspnavigator.model.Term} so that catalog files, URLs and the API all use
 * the same lower-case slugs, and {@link org.rspnavigator.model.TermParameters} reads and writes
 * them in query strings for every filter.
 */
package org.rspnavigator.model;
