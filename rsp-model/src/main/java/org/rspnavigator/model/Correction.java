package org.rspnavigator.model;

import java.util.Objects;

/**
 * An editorial correction, disclosed: in one column of a table row the catalog deliberately holds
 * something other than what ISO 21860 prints, for the reason given. Readers see both, so the
 * catalog never passes off its reading as the printed text.
 *
 * @param column  the column of the table that is corrected
 * @param printed exactly what the table prints in that column
 * @param reason  why the catalog differs (project's words)
 */
public record Correction(CorrectedColumn column, String printed, String reason) {

    public Correction {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(reason, "reason");
        if (printed.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("a correction gives the printed text and a reason");
        }
    }

    /** "Table 6 prints “…” in the Devices/Systems column: …", for tooltips and exports. */
    public String describe(String table) {
        return table + " prints “" + printed + "” in the " + column.label() + " column. " + reason;
    }
}
