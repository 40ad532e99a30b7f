package org.rspnavigator.procurement.conformance;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of a product's DICOM conformance part: a SOP class, the roles the product takes for it, and
 * the transfer syntaxes it offers or accepts (as a DICOM Conformance Statement, PS3.2, lists them).
 *
 * @param sopClass         the SOP class UID ("1.2.840.10008.5.1.4.1.1.88.67")
 * @param roles            SCU, SCP or both; never empty
 * @param transferSyntaxes transfer syntax UIDs, in the vendor's order; may be empty
 */
public record DicomClaim(String sopClass, Set<DicomRole> roles, List<String> transferSyntaxes) {

    public DicomClaim {
        Objects.requireNonNull(sopClass, "sopClass");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a DICOM claim needs at least one role (SCU or SCP)");
        }
        roles = java.util.Collections.unmodifiableSet(EnumSet.copyOf(roles));
        transferSyntaxes = transferSyntaxes == null ? List.of() : List.copyOf(transferSyntaxes);
    }

    /** "SCU and SCP", "SCP". */
    public String rolesText() {
        return roles.stream().map(DicomRole::label).collect(Collectors.joining(" and "));
    }
}
