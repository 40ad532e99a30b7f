package org.rspnavigator.webapp.platform;

import java.util.List;
import java.util.stream.Collectors;

import org.rspnavigator.webapp.platform.JsonSchemaFile.Violation;

/**
 * A document that does not match its JSON Schema; nothing of it was read or saved. The message
 * lists the violations ("$.vendor: must be a string, not 3"); the API gives them as a list too.
 */
public class SchemaViolationException extends IllegalArgumentException {

    private final String schema;
    private final List<Violation> violations;

    /**
     * @param what       the document, starting a sentence ("The statement file")
     * @param schema     the address the schema is served at
     * @param violations every violation, at least one
     */
    public SchemaViolationException(String what, String schema, List<Violation> violations) {
        super(message(what, schema, violations));
        this.schema = schema;
        this.violations = violations.stream().limit(JsonSchemaFile.MAX_VIOLATIONS).toList();
    }

    private static String message(String what, String schema, List<Violation> violations) {
        String listed = violations.stream().limit(JsonSchemaFile.MAX_VIOLATIONS).map(Violation::toString)
                .collect(Collectors.joining("; "));
        int more = violations.size() - JsonSchemaFile.MAX_VIOLATIONS;
        return what + " does not match its JSON Schema (" + schema + "), so nothing was read: " + listed
                + (more > 0 ? "; and " + more + " more." : ".");
    }

    /** The address of the schema, {@code /schemas/…}. */
    public String schema() {
        return schema;
    }

    /** The violations, at most {@link JsonSchemaFile#MAX_VIOLATIONS}. */
    public List<Violation> violations() {
        return violations;
    }
}
