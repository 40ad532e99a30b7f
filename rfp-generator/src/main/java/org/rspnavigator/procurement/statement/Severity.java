package org.rspnavigator.procurement.statement;

/** How serious a {@link Finding} is. */
public enum Severity {
    /** The statement is wrong: it names what does not exist or breaks a rule of the Technical Framework. */
    ERROR,
    /** The statement may be incomplete, or rests on a catalog fact that is not confirmed. */
    WARNING
}
