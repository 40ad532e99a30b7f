/**
 * Procurement: what a buyer asks for and what a vendor claims, in plain Java, independent of any
 * document format. {@link org.rspnavigator.procurement.FieldLimits} bounds every text people type
 * on either side.
 *
 * <ul>
 * <li>{@link org.rspnavigator.procurement.rfp}: the interoperability requirements of a tender,
 * proposed from a spec and edited by the planner;</li>
 * <li>{@link org.rspnavigator.procurement.statement}: vendors' IHE Integration Statements, checked
 * against the catalog and held against a buyer's requirements.</li>
 * </ul>
 *
 * <p>Nothing here depends on {@code org.rspnavigator.documents}, which lays these values out as
 * PDF, Word, CSV and JSON.
 */
package org.rspnavigator.procurement;
