/**
 * The documents a planner puts in a tender, made from an RFP of the procurement domain
 * ({@link org.rspnavigator.procurement.rfp}): the interoperability section as PDF and Word, the
 * vendor response matrix as CSV and JSON, and the integration-statement checklist as PDF.
 * {@link org.rspnavigator.documents.rfp.RfpDocuments} is the door; the content is arranged once for
 * every output, with the planner's text capped and cleaned first, and the fixed wording shared by
 * the PDF and the Word document.
 */
package org.rspnavigator.documents.rfp;
