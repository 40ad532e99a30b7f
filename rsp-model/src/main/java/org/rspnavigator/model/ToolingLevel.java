package org.rspnavigator.model;

/** The tooling scale of ISO 21860 (5.2.2), in increasing order. */
public enum ToolingLevel implements Term {
    NONE("None"),
    LOW("Low"),
    MODERATE("Moderate"),
    HIGH("High");

    private final String label;

    ToolingLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isAtLeast(ToolingLevel other) {
        return compareTo(other) >= 0;
    }
}
