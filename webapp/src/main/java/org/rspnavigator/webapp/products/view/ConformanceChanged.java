package org.rspnavigator.webapp.products.view;

import org.rspnavigator.procurement.conformance.ConformanceClaims;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/** The vendor changed the DICOM, DICOMweb, HL7 or terminology part on screen (not saved yet). */
public final class ConformanceChanged extends ComponentEvent<Component> {

    private static final long serialVersionUID = 1L;

    private final ConformanceClaims conformance;

    ConformanceChanged(Component source, ConformanceClaims conformance) {
        super(source, false);
        this.conformance = conformance;
    }

    /** Every part as it is now. */
    public ConformanceClaims conformance() {
        return conformance;
    }
}
