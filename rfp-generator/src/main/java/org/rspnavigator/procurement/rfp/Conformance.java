package org.rspnavigator.procurement.rfp;

import java.util.Objects;

/**
 * What makes a requirement testable: the role the system takes, the version that binds it, the
 * evidence the bidder gives, and who holds a licence where one is needed.
 *
 * @param role     what the system does under the standard: DICOM SOP classes with SCU/SCP or
 *                 creator/consumer roles, HL7 v2 message types with direction, IHE actor with
 *                 options, or what a terminology codes where
 * @param version  the edition, revision or version that binds it ("the DICOM Standard edition
 *                 current at the date of issue of this RFP")
 * @param evidence what the bidder submits to show it ("DICOM Conformance Statement (PS3.2), ...")
 * @param licence  who holds the licence the standard needs; empty when it needs none
 */
public record Conformance(String role, String version, String evidence, String licence) {

    /** For requirements made before roles, versions and evidence were recorded. */
    public static final Conformance UNSTATED = new Conformance("", "", "", "");

    public Conformance {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(evidence, "evidence");
        licence = licence == null ? "" : licence;
    }

    /** Whether role, version and evidence are all stated. */
    public boolean complete() {
        return !role.isBlank() && !version.isBlank() && !evidence.isBlank();
    }
}
