package org.rspnavigator.procurement.rfp;

import java.util.Optional;

/**
 * What the buyer changed of a requirement after it was proposed (or first added), and why: the
 * level it was proposed at, when the buyer set another, and the buyer's reason for the change (a
 * changed level, options dropped or added, new wording, or a withdrawal). Every document prints it
 * after the requirement's rationale, so that a rationale written for the proposed level ("emerging
 * in Table 3", which makes a SHOULD) never stands unexplained beside the level the buyer chose.
 *
 * @param proposedLevel the level the requirement had before the buyer changed it; {@code null}
 *                      while the level is the one proposed
 * @param reason        the buyer's reason for the latest change; empty if none was given
 */
public record Amendment(RequirementLevel proposedLevel, String reason) {

    /** A requirement as proposed. */
    public static final Amendment NONE = new Amendment(null, "");

    public Amendment {
        reason = reason == null ? "" : reason.strip().replaceAll("\\s+", " ");
    }

    /** The level the requirement was proposed at, if the buyer has set another. */
    public Optional<RequirementLevel> proposed() {
        return Optional.ofNullable(proposedLevel);
    }

    /** This amendment after the level went from {@code from} to {@code to}. */
    public Amendment relevelled(RequirementLevel from, RequirementLevel to) {
        if (from == to) {
            return this;
        }
        RequirementLevel original = proposedLevel == null ? from : proposedLevel;
        return new Amendment(original == to ? null : original, reason);
    }

    /** This amendment with the buyer's reason for the latest change; a blank reason keeps the one given before. */
    public Amendment because(String newReason) {
        return newReason == null || newReason.isBlank() ? this : new Amendment(proposedLevel, newReason);
    }

    /** Whether the buyer has changed nothing that needs saying. */
    public boolean isNone() {
        return proposedLevel == null && reason.isEmpty();
    }

    /**
     * The sentence printed after the rationale of a requirement now at {@code level}: "Raised by the
     * buyer from SHOULD, the level proposed, to SHALL: the regional programme requires it.", or
     * "Changed by the buyer: …"; empty when nothing was changed.
     */
    public String note(RequirementLevel level) {
        String why = reason.isEmpty() ? "." : ": " + withoutFinalStop(reason) + ".";
        if (proposedLevel != null && proposedLevel != level) {
            String direction = level.compareTo(proposedLevel) < 0 ? "Raised" : "Lowered";
            return direction + " by the buyer from " + proposedLevel.label() + ", the level proposed, to "
                    + level.label() + why;
        }
        return reason.isEmpty() ? "" : "Changed by the buyer" + why;
    }

    private static String withoutFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
