package org.rspnavigator.model;

/** The columns of a printed table whose content the catalog carries over, and so may correct. */
public enum CorrectedColumn implements Term {
    /** The brief name: of a portfolio entry (Tables 1–5) or of a use-case row (Tables 6 and 7). */
    BRIEF_NAME("Brief name"),
    /** The devices and systems a use-case row names (Tables 6 and 7). */
    SYSTEMS("Devices/Systems");

    private final String label;

    CorrectedColumn(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
