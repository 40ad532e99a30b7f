package org.rspnavigator.procurement.rfp;

import java.util.List;
import java.util.Objects;

/**
 * One numbered requirement of the RFP section.
 *
 * @param number       stable within a project ("PACS-07"); never reused once given
 * @param system       the system type it applies to
 * @param category     the portfolio category slug it is listed under ("technical-workflow")
 * @param text         the requirement sentence as the vendor reads it
 * @param rationale    why it is there, in one line: the use-case row and clause, the grouping or
 *                     the planner's reason (the portfolio ratings are stated once, in the glossary)
 * @param conformance  the system's role, the binding version and the evidence asked
 * @param alternatives what else the buyer accepts as meeting it (a regional transition); often none
 * @param amendment    what the buyer changed after it was proposed, and why
 */
public record Requirement(String number, RequirementLevel level, String system, String category,
        RequirementSubject subject, String text, String rationale, RequirementOrigin origin, Conformance conformance,
        List<AcceptedAlternative> alternatives, Amendment amendment) {

    public Requirement {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(origin, "origin");
        conformance = conformance == null ? Conformance.UNSTATED : conformance;
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        amendment = amendment == null ? Amendment.NONE : amendment;
    }

    /** A requirement as proposed, nothing amended by the buyer. */
    public Requirement(String number, RequirementLevel level, String system, String category,
            RequirementSubject subject, String text, String rationale, RequirementOrigin origin, Conformance conformance,
            List<AcceptedAlternative> alternatives) {
        this(number, level, system, category, subject, text, rationale, origin, conformance, alternatives,
                Amendment.NONE);
    }

    /** A requirement without stated role, version, evidence or alternatives (as stored before they were). */
    public Requirement(String number, RequirementLevel level, String system, String category,
            RequirementSubject subject, String text, String rationale, RequirementOrigin origin) {
        this(number, level, system, category, subject, text, rationale, origin, Conformance.UNSTATED, List.of());
    }

    /**
     * The requirement at another level, its sentence saying so ("SHALL" becomes "SHOULD"), and its
     * amendment remembering the level it was proposed at.
     */
    public Requirement withLevel(RequirementLevel newLevel) {
        return new Requirement(number, newLevel, system, category, subject,
                RequirementProposer.relevel(text, level, newLevel), rationale, origin, conformance, alternatives,
                amendment.relevelled(level, newLevel));
    }

    /** The requirement under another number, nothing else changed. */
    public Requirement renumbered(String newNumber) {
        return new Requirement(newNumber, level, system, category, subject, text, rationale, origin, conformance,
                alternatives, amendment);
    }

    /** The requirement with another amendment (the buyer's reason for a change). */
    public Requirement withAmendment(Amendment newAmendment) {
        return new Requirement(number, level, system, category, subject, text, rationale, origin, conformance,
                alternatives, newAmendment);
    }

    /** The rationale as documents print it: followed by what the buyer changed, and why. */
    public String printedRationale() {
        String note = amendment.note(level);
        return note.isEmpty() ? rationale : rationale.isBlank() ? note : rationale + " " + note;
    }
}
