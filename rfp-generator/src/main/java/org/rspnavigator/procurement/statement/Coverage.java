package org.rspnavigator.procurement.statement;

import java.util.Collection;

import org.rspnavigator.procurement.rfp.RequirementLevel;

/**
 * How many requirements a statement meets, partly meets, does not meet, and cannot speak to.
 * Percentages are of the requirements assessed, since a statement cannot be blamed for what only a
 * conformance statement covers. A requirement met through an accepted transition counts as met.
 */
public record Coverage(int met, int partlyMet, int notMet, int notAssessed) {

    public Coverage {
        if (met < 0 || partlyMet < 0 || notMet < 0 || notAssessed < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** The coverage of {@code rows}. */
    public static Coverage of(Collection<GapRow> rows) {
        int[] counts = new int[Fit.values().length];
        rows.forEach(r -> counts[r.fit().ordinal()]++);
        return new Coverage(counts[Fit.MET.ordinal()] + counts[Fit.MET_WITH_TRANSITION.ordinal()], counts[Fit.PARTLY_MET.ordinal()], counts[Fit.NOT_MET.ordinal()],
                counts[Fit.NOT_ASSESSED.ordinal()]);
    }

    /** The coverage of those of {@code rows} at {@code level}. */
    public static Coverage of(Collection<GapRow> rows, RequirementLevel level) {
        return of(rows.stream().filter(r -> r.requirement().level() == level).toList());
    }

    public int total() {
        return met + partlyMet + notMet + notAssessed;
    }

    /** The requirements the statement could speak to: all but those not assessed. */
    public int assessed() {
        return met + partlyMet + notMet;
    }

    /** The share of assessed requirements that are met, in percent rounded down; 0 when none was assessed. */
    public int percentMet() {
        return assessed() == 0 ? 0 : met * 100 / assessed();
    }

    /** "9 of 12 (75%)", and "; 3 not assessed" when some were not. */
    public String describe() {
        return met + " of " + assessed() + " (" + percentMet() + "%)"
                + (notAssessed > 0 ? "; " + notAssessed + " not assessed" : "");
    }
}
