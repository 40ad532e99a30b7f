package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a use-case table: the standard(s) it names, the systems they concern and what they
 * are for. A row such as "DICOM CT and X-Ray RDSR" names two portfolio entries.
 *
 * @param number    the row's position in its use case, from 1
 * @param label     the brief name as the use-case table prints it
 * @param purpose   what the row is for (project's words)
 * @param footnotes marks of the use case's footnotes that apply to the row
 * @param basis     for a derived use case, the clause this row rests on
 */
public record UseCaseRow(String useCaseId, int number, String label, List<Standard> standards, List<String> systems,
        String purpose, List<String> footnotes, Optional<String> basis) {

    public UseCaseRow {
        Objects.requireNonNull(useCaseId, "useCaseId");
        Objects.requireNonNull(label, "label");
        standards = List.copyOf(standards);
        systems = List.copyOf(systems);
        Objects.requireNonNull(purpose, "purpose");
        footnotes = List.copyOf(footnotes);
        Objects.requireNonNull(basis, "basis");
    }

    /** The category the row is listed under: that of the first standard it names. */
    public Category category() {
        return standards.getFirst().category();
    }

    public boolean concerns(String system) {
        return systems.stream().anyMatch(s -> s.equalsIgnoreCase(system));
    }
}
