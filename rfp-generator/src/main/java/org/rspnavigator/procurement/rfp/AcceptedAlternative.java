package org.rspnavigator.procurement.rfp;

import java.util.List;
import java.util.Objects;

/**
 * A way of meeting a requirement other than its own subject that the buyer accepts, usually as a
 * transition: a bidder that claims every subject listed meets the requirement with that
 * transition, on the condition stated (for SWF.b in the US: IHE SWF and IHE PIR on HL7 v2.3.1,
 * with a dated migration plan).
 *
 * @param subjects  what the bidder claims instead, all of them together
 * @param condition what the buyer asks in return, in a sentence ("a dated plan for ...")
 * @param basis     why the alternative is accepted ("ISO 21860:2020 Table 5, footnote a")
 */
public record AcceptedAlternative(List<RequirementSubject> subjects, String condition, String basis) {

    public AcceptedAlternative {
        subjects = List.copyOf(subjects);
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("an accepted alternative names at least one subject");
        }
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(basis, "basis");
    }
}
