package org.rspnavigator.procurement.statement;

import java.util.Objects;

/**
 * A grouping the Technical Framework requires of a claimed actor that the statement does not
 * claim: a statement may still be published with it, but its readers are told.
 *
 * @param profile     the profile of the claimed actor
 * @param acronym     that profile's acronym, e.g. "BPPC"
 * @param actor       the claimed actor
 * @param groupedWith what it must be grouped with, e.g. "Time Client of CT" or "Document Source of
 *                    XDS.b, Document Source of XDR or Portable Media Creator of XDM"
 * @param proposal    the claim that would satisfy it
 */
public record UnclaimedGrouping(String profile, String acronym, String actor, String groupedWith, ActorRef proposal) {

    public UnclaimedGrouping {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(acronym, "acronym");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(groupedWith, "groupedWith");
        Objects.requireNonNull(proposal, "proposal");
    }

    /** "The Content Creator of BPPC must be grouped with the …". */
    public String sentence() {
        return "The " + actor + " of " + acronym + " must be grouped with the " + groupedWith + ".";
    }
}
