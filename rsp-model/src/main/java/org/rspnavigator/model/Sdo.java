package org.rspnavigator.model;

/** The standards development organizations that ISO 21860 names for its standards. */
public enum Sdo implements Term {
    DICOM("DICOM", "DICOM Standards Committee (NEMA)"),
    HL7("HL7", "HL7 International"),
    IHE_RADIOLOGY("IHE Radiology", "IHE Radiology domain"),
    IHE_CARDIOLOGY("IHE Cardiology", "IHE Cardiology domain"),
    IHE_ITI("IHE ITI", "IHE IT Infrastructure domain"),
    SNOMED_INTERNATIONAL("SNOMED International", "SNOMED International"),
    REGENSTRIEF("Regenstrief Institute", "Regenstrief Institute"),
    WHO("WHO", "World Health Organization"),
    RSNA("RSNA", "Radiological Society of North America"),
    FDA("US FDA", "United States Food and Drug Administration");

    private final String label;
    private final String fullName;

    Sdo(String label, String fullName) {
        this.label = label;
        this.fullName = fullName;
    }

    @Override
    public String label() {
        return label;
    }

    public String fullName() {
        return fullName;
    }
}
