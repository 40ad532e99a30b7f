package org.rspnavigator.procurement.conformance;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A DICOMweb service of PS3.18 a product implements, and in which roles.
 *
 * @param service "STOW-RS", "QIDO-RS", "WADO-RS" or "WADO-URI"
 * @param roles   origin server, user agent or both; never empty
 */
public record DicomWebClaim(String service, Set<DicomWebRole> roles) {

    public DicomWebClaim {
        Objects.requireNonNull(service, "service");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a DICOMweb claim needs at least one role");
        }
        roles = java.util.Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }
}
