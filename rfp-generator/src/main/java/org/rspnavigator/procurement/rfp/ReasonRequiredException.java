package org.rspnavigator.procurement.rfp;

import java.util.Objects;

/**
 * A change refused because it lowers or withdraws a SHALL the portfolio proposed without saying
 * why ({@link ExceptionToPortfolio}). An {@link IllegalArgumentException} like every refused
 * change, so that the API answers it the same way; an editor catches it to ask for the reason
 * where it is typed.
 */
public final class ReasonRequiredException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String number;

    ReasonRequiredException(String number, String message) {
        super(message);
        this.number = Objects.requireNonNull(number, "number");
    }

    /** The number of the requirement that needs a reason. */
    public String number() {
        return number;
    }
}
