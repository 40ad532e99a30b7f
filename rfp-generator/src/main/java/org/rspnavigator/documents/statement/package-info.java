/**
 * IHE Integration Statements and what is made of them, as files: a statement read and written as
 * JSON (the {@code statement.json} format) and CSV (a claim a line), published as a tagged PDF in
 * the layout of Appendix F of the IHE Technical Frameworks General Introduction with the JSON
 * attached; a gap report as PDF and a comparison of bidders as CSV and PDF. The statements, their
 * checks and the comparisons themselves are in {@link org.rspnavigator.procurement.statement}.
 */
package org.rspnavigator.documents.statement;
