package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a use-case table: the standard(s) it names, the systems they concern and what they
 * are for. A row such as "DICOM CT and X-Ray RDSR" names two portfolio entries.
 *
 * @param number     the row's position in its use case, from 1
 * @param label      the brief name as the use-case table prints it
 * @param purpose    what the row is for (project's words)
 * @param footnotes  marks of the use case's footnotes that apply to the row
 * @param basis      for a derived use case, the clause this row rests on
 * @param correction where the catalog deliberately holds something other than what the table prints
 */
public record UseCaseRow(String useCaseId, int number, String label, List<Standard> standards, List<String> systems,
        String purpose, List<String> footnotes, Optional<String> basis, Optional<Correction> correction) {

    public UseCaseRow {
        Objects.requireNonNull(useCaseId, "useCaseId");
        Objects.requireNonNull(label, "label");
        standards = List.copyOf(standards);
        systems = List.copyOf(systems);
        Objects.requireNonNull(purpose, "purpose");
        footnotes = List.copyOf(footnotes);
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(correction, "correction");
    }

    public UseCaseRow(String useCaseId, int number, String label, List<Standard> standards, List<String> systems,
            String purpose, List<String> footnotes, Optional<String> basis) {
        this(useCaseId, number, label, standards, systems, purpose, footnotes, basis, Optional.empty());
    }

    /** The category the row is listed under: that of the first standard it names. */
    public Category category() {
        return standards.getFirst().category();
    }

    public boolean concerns(String system) {
        return systems.stream().anyMatch(s -> s.equalsIgnoreCase(system));
    }

    /** The row's cell in {@code column} as the catalog holds it: "Modalities, Clinical Applications, Reporting Systems". */
    public String cell(CorrectedColumn column) {
        return switch (column) {
            case BRIEF_NAME -> label;
            case SYSTEMS -> String.join(", ", systems);
        };
    }
}
