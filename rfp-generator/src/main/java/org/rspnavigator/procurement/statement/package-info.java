/**
 * IHE Integration Statements (Appendix F of the IHE Technical Frameworks General Introduction): a
 * vendor's claims of profiles, actors and options for one product version, checked against the
 * catalog ({@link org.rspnavigator.procurement.statement.StatementChecker}), and held against a
 * buyer's RFP requirements ({@link org.rspnavigator.procurement.statement.GapAnalysis}): one
 * statement as a gap report, several bidders side by side, each requirement met, partly met, not
 * met or not assessed ({@link org.rspnavigator.procurement.statement.Fit}).
 */
package org.rspnavigator.procurement.statement;
