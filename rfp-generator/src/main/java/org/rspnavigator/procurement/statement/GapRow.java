package org.rspnavigator.procurement.statement;

import java.util.Objects;

import org.rspnavigator.procurement.rfp.Requirement;

/**
 * One requirement held against an Integration Statement.
 *
 * @param explanation why it fits as it does, in a sentence: "Claims Image Manager/Image Archive of
 *                    SWF.b without the option 'Availability of PPS-Referenced Instances'."
 */
public record GapRow(Requirement requirement, Fit fit, String explanation) {

    public GapRow {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(explanation, "explanation");
    }
}
