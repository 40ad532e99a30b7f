/**
 * Exports of a filtered view of the portfolio, for people who take the catalog elsewhere: a CSV
 * file and an XLSX workbook for spreadsheets (the same columns and rows; the workbook's levels
 * ranked so that they sort) and a PDF laid out as ISO 21860 lays out its Tables 1–5. All take the
 * standards in the order the caller selected them, typically
 * {@link org.rspnavigator.model.StandardQuery#apply(org.rspnavigator.model.Catalog)}.
 */
package org.rspnavigator.documents.portfolio;
