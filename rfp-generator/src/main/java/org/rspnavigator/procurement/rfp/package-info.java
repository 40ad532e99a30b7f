/**
 * The interoperability section of a request for proposals as a planner works on it: from a
 * procurement spec (use cases, systems bought, region) to numbered requirements grounded in
 * ISO 21860 and the IHE profiles ({@link org.rspnavigator.procurement.rfp.RequirementProposer}),
 * and the draft a planner edits ({@link org.rspnavigator.procurement.rfp.RfpDraft}): levels,
 * withdrawals, requirements of their own, local mandates and custom clauses, checked against the
 * catalog and the limits of {@link org.rspnavigator.procurement.FieldLimits}.
 */
package org.rspnavigator.procurement.rfp;
