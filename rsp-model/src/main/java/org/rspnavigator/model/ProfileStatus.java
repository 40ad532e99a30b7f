package org.rspnavigator.model;

/** Where a profile stands in IHE's publication process. */
public enum ProfileStatus implements Term {
    FINAL_TEXT("Final Text"),
    TRIAL_IMPLEMENTATION("Trial Implementation"),
    PUBLIC_COMMENT("Public Comment"),
    DEPRECATED("Deprecated"),
    RETIRED("Retired");

    private final String label;

    ProfileStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
