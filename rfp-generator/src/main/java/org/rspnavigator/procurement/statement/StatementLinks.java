package org.rspnavigator.procurement.statement;

import java.util.Objects;

/**
 * The links at the foot of an Integration Statement, each "" when the vendor gives none. Only
 * http and https addresses become links in documents; anything else is printed as text.
 *
 * @param vendorIheInformation the vendor's page of IHE information and Integration Statements
 * @param dicomConformance     the product's DICOM Conformance Statement
 * @param hl7Conformance       the product's HL7 conformance statement
 */
public record StatementLinks(String vendorIheInformation, String dicomConformance, String hl7Conformance) {

    public StatementLinks {
        Objects.requireNonNull(vendorIheInformation, "vendorIheInformation");
        Objects.requireNonNull(dicomConformance, "dicomConformance");
        Objects.requireNonNull(hl7Conformance, "hl7Conformance");
    }

    /** No links at all. */
    public static StatementLinks none() {
        return new StatementLinks("", "", "");
    }
}
