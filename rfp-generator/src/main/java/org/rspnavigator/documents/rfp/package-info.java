/**
 * The interoperability section of a request for proposals: from a procurement spec (use cases,
 * systems bought) to numbered requirements grounded in ISO 21860 and the IHE profiles, and from
 * those to the documents a planner puts in a tender (RFP section as PDF and Word, the vendor
 * response matrix as CSV and JSON, the integration-statement checklist as PDF).
 */
package org.rspnavigator.documents.rfp;
