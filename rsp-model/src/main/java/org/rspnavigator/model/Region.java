package org.rspnavigator.model;

/**
 * The regions the footnotes of ISO 21860 distinguish when uptake differs by geography. The
 * ratings themselves are estimates for North America, Europe and Japan combined (5.2.2).
 * {@link #ELSEWHERE} stands for every region a footnote does not name.
 */
public enum Region implements Term {
    US("US"),
    CANADA("Canada"),
    EUROPE("Europe"),
    JAPAN("Japan"),
    ELSEWHERE("Elsewhere");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
