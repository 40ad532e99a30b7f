package org.rspnavigator.model.load;

import java.util.Optional;

import org.rspnavigator.model.CorrectedColumn;
import org.rspnavigator.model.Correction;

/** Reads the {@code correction} key that standards and use-case rows share. */
final class Corrections {

    private Corrections() {
    }

    /** {@code correction: {column: …, printed: "…", reason: "…"}} under {@code f}, if given and complete. */
    static Optional<Correction> read(YamlFields f, Problems problems) {
        if (!f.has("correction")) {
            return Optional.empty();
        }
        Optional<YamlFields> c = f.mapping("correction");
        if (c.isEmpty()) {
            return Optional.empty();
        }
        YamlFields fields = c.get();
        CorrectedColumn column = fields.requiredTerm("column", CorrectedColumn.class, "corrected column");
        String printed = fields.requiredText("printed");
        String reason = fields.requiredText("reason");
        fields.finish();
        if (column == null || printed == null || reason == null || printed.isBlank() || reason.isBlank()) {
            if ((printed != null && printed.isBlank()) || (reason != null && reason.isBlank())) {
                problems.add(f.file(), f.lineOf("correction"), "a correction needs a non-empty 'printed' and 'reason'");
            }
            return Optional.empty();
        }
        return Optional.of(new Correction(column, printed, reason));
    }
}
