package org.rspnavigator.procurement.conformance;

import java.util.Objects;

/**
 * A code system a product uses in the data it creates and receives, and the release.
 *
 * @param codeSystem the catalog id of the terminology ("loinc", "snomed-ct-numeric")
 * @param version    the release the product uses ("2.78", "2026-03-01 International Edition"); "" when not stated
 */
public record CodeSystemClaim(String codeSystem, String version) {

    public CodeSystemClaim {
        Objects.requireNonNull(codeSystem, "codeSystem");
        version = version == null ? "" : version;
    }
}
