package org.rspnavigator.model;

/** The IHE domains whose Technical Frameworks define the profiles in the catalog. */
public enum IheDomain implements Term {
    RADIOLOGY("Radiology", "RAD"),
    CARDIOLOGY("Cardiology", "CARD"),
    IT_INFRASTRUCTURE("IT Infrastructure", "ITI");

    private final String label;
    private final String code;

    IheDomain(String label, String code) {
        this.label = label;
        this.code = code;
    }

    @Override
    public String label() {
        return label;
    }

    /** The prefix IHE gives the domain's transactions and documents: RAD, CARD, ITI. */
    public String code() {
        return code;
    }
}
