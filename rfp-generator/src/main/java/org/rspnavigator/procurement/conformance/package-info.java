/**
 * DICOM and HL7 conformance as data: the vocabulary the catalog gives ({@link
 * org.rspnavigator.procurement.conformance.Vocabulary}: SOP classes with their UIDs, DICOMweb
 * services, HL7 v2 messages, what a requirement on a portfolio entry asks each kind of system to
 * declare, and what IHE transactions carry), and a product's declared conformance ({@link
 * org.rspnavigator.procurement.conformance.ConformanceClaims}: the DICOM, DICOMweb, HL7 and
 * terminology parts beside its IHE Integration Statement).
 */
package org.rspnavigator.procurement.conformance;
