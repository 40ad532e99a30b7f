/**
 * Exports of a filtered view of the portfolio, for people who take the catalog elsewhere: a CSV
 * file for spreadsheets and a PDF laid out as ISO 21860 lays out its Tables 1–5. Both take the
 * standards in the order the caller selected them, typically
 * {@link org.rspnavigator.model.StandardQuery#apply(org.rspnavigator.model.Catalog)}.
 */
package org.rspnavigator.documents.portfolio;
