package org.rspnavigator.model;

/** A direction a footnote gives for a regional level ("low but rising"). */
public enum Trend implements Term {
    RISING("rising"),
    FALLING("falling");

    private final String label;

    Trend(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
