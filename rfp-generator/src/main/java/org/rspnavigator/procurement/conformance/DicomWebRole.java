package org.rspnavigator.procurement.conformance;

import org.rspnavigator.model.Term;

/** The role a product takes for a DICOMweb service, in the words of DICOM PS3.18. */
public enum DicomWebRole implements Term {
    /** It answers the requests: an archive serving WADO-RS. */
    ORIGIN_SERVER("origin server"),
    /** It makes the requests: a viewer fetching with WADO-RS. */
    USER_AGENT("user agent");

    private final String label;

    DicomWebRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
