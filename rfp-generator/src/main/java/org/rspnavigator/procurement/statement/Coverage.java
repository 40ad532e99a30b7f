package org.rspnavigator.procurement.statement;

import java.util.Collection;

import org.rspnavigator.procurement.rfp.RequirementLevel;

/**
 * How many requirements a statement meets, partly meets, does not meet, and cannot speak to. A
 * requirement met through an accepted transition counts as met; one for a system its bidder does not
 * bid for ({@link Fit#NOT_BID}), or for a kind of system its product is not ({@link
 * Fit#NOT_APPLICABLE}), is not counted at all.
 *
 * <p>This is the one place where coverage becomes numbers and words: the views, the PDFs, the CSV
 * and the JSON all print {@link #summary(String)} or {@link #metOfAll()}. The denominator is always
 * <em>all</em> the requirements counted ({@link #total()}), those not assessed included, and the
 * percentage is of that total, rounded down (so 100% means every one is met); how many could be
 * assessed is said separately.
 */
public record Coverage(int met, int partlyMet, int notMet, int notAssessed) {

    public Coverage {
        if (met < 0 || partlyMet < 0 || notMet < 0 || notAssessed < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** The coverage of {@code rows}; rows not bid for, or not applicable, are left out. */
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

    /** All the requirements counted: met, partly met, not met and not assessed. */
    public int total() {
        return met + partlyMet + notMet + notAssessed;
    }

    /** The requirements the statement could speak to: all but those not assessed. */
    public int assessed() {
        return met + partlyMet + notMet;
    }

    /** The share of all requirements ({@link #total()}) that are met, in percent rounded down; 0 when there are none. */
    public int percentMet() {
        return total() == 0 ? 0 : met * 100 / total();
    }

    /** "7 of 23 (30%)": met of all, with the percentage of all. */
    public String metOfAll() {
        return met + " of " + total() + " (" + percentMet() + "%)";
    }

    /**
     * The coverage in one sentence, the same wherever it is printed: "SHALL requirements met: 7 of 23
     * (30%); 3 partly met, 5 not met, 8 not assessed; 15 of the 23 could be assessed." and, when
     * there are none, "SHALL requirements: none."
     *
     * @param requirements what was counted, as the sentence starts: "SHALL requirements", "All requirements"
     */
    public String summary(String requirements) {
        if (total() == 0) {
            return requirements + ": none.";
        }
        return requirements + " met: " + metOfAll() + "; " + partlyMet + " partly met, " + notMet + " not met, "
                + notAssessed + " not assessed; " + assessed() + " of the " + total() + " could be assessed.";
    }

    /** {@link #summary(String)} of the requirements at {@code level}: "SHALL requirements met: …". */
    public String summary(RequirementLevel level) {
        return summary(level.label() + " requirements");
    }
}
