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
 */
public record Requirement(String number, RequirementLevel level, String system, String category,
        RequirementSubject subject, String text, String rationale, RequirementOrigin origin, Conformance conformance,
        List<AcceptedAlternative> alternatives) {

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
    }

    /** A requirement without stated role, version, evidence or alternatives (as stored before they were). */
    public Requirement(String number, RequirementLevel level, String system, String category,
            RequirementSubject subject, String text, String rationale, RequirementOrigin origin) {
        this(number, level, system, category, subject, text, rationale, origin, Conformance.UNSTATED, List.of());
    }

    /** The requirement at another level, its sentence saying so ("SHALL" becomes "SHOULD"). */
    public Requirement withLevel(RequirementLevel newLevel) {
        return new Requirement(number, newLevel, system, category, subject,
                RequirementProposer.relevel(text, level, newLevel), rationale, origin, conformance, alternatives);
    }
}
