/**
 * The interoperability section of a request for proposals as a planner works on it: from a
 * procurement spec (use cases, systems bought, region) to numbered requirements grounded in
 * ISO 21860 and the IHE profiles ({@link org.rspnavigator.procurement.rfp.RequirementProposer}),
 * and the draft a planner edits ({@link org.rspnavigator.procurement.rfp.RfpDraft}): levels,
 * withdrawals, requirements of their own, local mandates and custom clauses.
 *
 * <p>A draft is checked once, against the catalog and the limits of
 * {@link org.rspnavigator.procurement.FieldLimits}, into a value that holds the catalog entries it
 * names ({@link org.rspnavigator.procurement.rfp.RfpDraft#resolve}); a document of any draft,
 * validated or not, is resolved the same way ({@link org.rspnavigator.procurement.rfp.RfpDocument#resolve}).
 * The documents are made from that {@link org.rspnavigator.procurement.rfp.ResolvedRfp} and never look
 * an id up again. {@link org.rspnavigator.procurement.rfp.PlannerText} says how much of what a
 * planner wrote is printed, and without which scripts.
 */
package org.rspnavigator.procurement.rfp;
