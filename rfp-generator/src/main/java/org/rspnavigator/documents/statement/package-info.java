/**
 * IHE Integration Statements (Appendix F of the IHE Technical Frameworks General Introduction): a
 * vendor's claims of profiles, actors and options for one product version, checked against the
 * catalog ({@link org.rspnavigator.documents.statement.StatementChecker}), read and written as JSON
 * and CSV, published as a tagged PDF in the Appendix F layout with the JSON attached, and compared
 * with a buyer's RFP requirements: one statement as a gap report, several bidders side by side.
 */
package org.rspnavigator.documents.statement;
