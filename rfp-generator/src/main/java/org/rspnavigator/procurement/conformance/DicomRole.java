package org.rspnavigator.procurement.conformance;

import org.rspnavigator.model.Term;

/** The role a product takes for a DICOM SOP class (DICOM PS3.7): user or provider of the service. */
public enum DicomRole implements Term {
    /** Service Class User: it invokes the service (sends the images, queries the worklist). */
    SCU,
    /** Service Class Provider: it performs the service (stores the images, answers the query). */
    SCP;

    /** "SCU": as DICOM and the files write it. */
    @Override
    public String slug() {
        return name();
    }

    @Override
    public String label() {
        return name();
    }
}
