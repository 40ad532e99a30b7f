package org.rspnavigator.procurement.rfp;

import java.util.Objects;

/**
 * One numbered requirement of the RFP section.
 *
 * @param number     stable within a project ("PACS-07"); never reused once given
 * @param system     the system type it applies to
 * @param category   the portfolio category slug it is listed under ("technical-workflow")
 * @param text       the requirement sentence as the vendor reads it
 * @param rationale  why it is there: the use-case row, the ratings, the grouping or the planner's reason
 */
public record Requirement(String number, RequirementLevel level, String system, String category,
        RequirementSubject subject, String text, String rationale, RequirementOrigin origin) {

    public Requirement {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(origin, "origin");
    }

    /** The requirement at another level, its sentence saying so ("SHALL" becomes "SHOULD"). */
    public Requirement withLevel(RequirementLevel newLevel) {
        return new Requirement(number, newLevel, system, category, subject,
                RequirementProposer.relevel(text, level, newLevel), rationale, origin);
    }
}
