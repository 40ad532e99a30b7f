/**
 * Bidders' answers to the vendor response matrix: one {@link org.rspnavigator.procurement.response.Answer}
 * per requirement, with the roadmap date, evidence reference and comment the bidder gives
 * ({@link org.rspnavigator.procurement.response.BidderAnswer}), and a returned matrix as a whole
 * ({@link org.rspnavigator.procurement.response.BidderResponse}) with how it differs from the
 * revision it is held against.
 */
package org.rspnavigator.procurement.response;
