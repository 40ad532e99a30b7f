package org.rspnavigator.procurement.statement;

import java.util.List;
import java.util.Objects;

import org.rspnavigator.procurement.rfp.RequirementLevel;

/**
 * A buyer's requirements held against one Integration Statement ({@link GapAnalysis}).
 *
 * @param title  what was compared, e.g. "Imaging Renewal 2027 (revision 3)"
 * @param rows   one per requirement, in the requirements' order
 * @param shall  the coverage of the SHALL requirements
 * @param should the coverage of the SHOULD requirements
 * @param may    the coverage of the MAY requirements
 * @param unclaimedGroupings the groupings the Technical Framework requires of actors the statement
 *               claims that it does not claim
 */
public record GapReport(String title, IntegrationStatement statement, List<GapRow> rows, Coverage shall,
        Coverage should, Coverage may, List<UnclaimedGrouping> unclaimedGroupings) {

    public GapReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(statement, "statement");
        rows = List.copyOf(rows);
        Objects.requireNonNull(shall, "shall");
        Objects.requireNonNull(should, "should");
        Objects.requireNonNull(may, "may");
        unclaimedGroupings = List.copyOf(unclaimedGroupings);
    }

    /** The coverage of the requirements at {@code level}. */
    public Coverage coverage(RequirementLevel level) {
        return switch (level) {
            case SHALL -> shall;
            case SHOULD -> should;
            case MAY -> may;
        };
    }

    /**
     * The coverage at {@code level} in the one sentence that the view, the PDF and the API give:
     * "SHALL requirements met: 7 of 23 (30%); 3 partly met, 5 not met, 8 not assessed; 15 of the 23
     * could be assessed." ({@link Coverage#summary(RequirementLevel)}).
     */
    public String summary(RequirementLevel level) {
        return coverage(level).summary(level);
    }
}
