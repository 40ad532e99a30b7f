package org.rspnavigator.procurement.statement;

import org.rspnavigator.model.Term;

/** How serious a {@link Finding} is. */
public enum Severity implements Term {
    /** The statement is wrong: it names what does not exist or breaks a rule of the Technical Framework. */
    ERROR("Error"),
    /** The statement may be incomplete, or rests on a catalog fact that is not confirmed. */
    WARNING("Warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
