package org.rspnavigator.model;

/**
 * The scale of product adoption and of site deployment (ISO 21860, 5.2.2), in increasing order,
 * so that {@code compareTo} answers "at least moderate".
 */
public enum AdoptionLevel implements Term {
    NONE("None"),
    PILOT("Pilot"),
    LOW("Low"),
    MODERATE("Moderate"),
    HIGH("High"),
    UNIVERSAL("Universal");

    private final String label;

    AdoptionLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isAtLeast(AdoptionLevel other) {
        return compareTo(other) >= 0;
    }
}
