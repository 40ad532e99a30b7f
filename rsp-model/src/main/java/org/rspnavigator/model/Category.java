package org.rspnavigator.model;

/**
 * The five categories of ISO 21860 that list standards, each with the table and clause that
 * list them (5.2.1, Tables 1–5).
 */
public enum Category implements Term {
    DATA("Data standards", Interoperability.SEMANTIC, 1, "5.3.1"),
    CONTENT("Content standards", Interoperability.SEMANTIC, 2, "5.3.2"),
    INFORMATION_EXCHANGE("Information exchange standards", Interoperability.TECHNICAL, 3, "5.4.1"),
    PRIVACY_SECURITY("Privacy and security standards", Interoperability.TECHNICAL, 4, "5.4.2"),
    TECHNICAL_WORKFLOW("Technical workflow standards", Interoperability.TECHNICAL, 5, "5.4.3");

    private final String label;
    private final Interoperability interoperability;
    private final int table;
    private final String clause;

    Category(String label, Interoperability interoperability, int table, String clause) {
        this.label = label;
        this.interoperability = interoperability;
        this.table = table;
        this.clause = clause;
    }

    @Override
    public String label() {
        return label;
    }

    public Interoperability interoperability() {
        return interoperability;
    }

    /** The number of the ISO 21860 table that lists this category. */
    public int table() {
        return table;
    }

    /** The ISO 21860 clause that describes this category. */
    public String clause() {
        return clause;
    }

    /** The category table {@code table} lists, or {@code null} when ISO 21860 has no such table. */
    public static Category ofTableOrNull(int table) {
        for (Category c : values()) {
            if (c.table == table) {
                return c;
            }
        }
        return null;
    }

    public static Category ofTable(int table) {
        for (Category c : values()) {
            if (c.table == table) {
                return c;
            }
        }
        throw new IllegalArgumentException("ISO 21860 has no category table " + table);
    }
}
