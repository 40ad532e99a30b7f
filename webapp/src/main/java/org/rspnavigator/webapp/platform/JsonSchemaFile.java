package org.rspnavigator.webapp.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.rspnavigator.procurement.FieldLimits;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One of the JSON Schemas (2020-12) of the files people exchange with the application, as served
 * at {@code /schemas/…} (from {@code static/schemas/} on the classpath). A file is checked against
 * its schema before it is read, so that a file of the wrong form is refused with every place that
 * is wrong, named by its JSON path ({@code $.profiles[0].actors: required}), the same way whichever
 * tool made it. What a schema cannot say (ids the catalog does not know, limits counted as the
 * application counts them) is left to the readers, whose messages are worded for that.
 */
public final class JsonSchemaFile {

    /** Where the schemas are served, and where they are on the classpath under {@code static}. */
    public static final String PATH = "/schemas/";

    /** At most this many violations are listed; a file that far off is to be made again, not mended. */
    static final int MAX_VIOLATIONS = 50;

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH)
                    .locale(Locale.ENGLISH).build()));

    /** Duplicate names are not JSON a reader can trust; the readers say where they are. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private final String file;
    private final String fragment;
    private final Schema schema;

    private JsonSchemaFile(String file, String fragment) {
        this.file = file;
        this.fragment = fragment;
        this.schema = REGISTRY.getSchema(SchemaLocation.of("classpath:static" + PATH + file + fragment));
        schema.initializeValidators();
    }

    /** The schema in {@code static/schemas/<file>}; a missing or broken file fails at once. */
    public static JsonSchemaFile of(String file) {
        return new JsonSchemaFile(file, "");
    }

    /** The part of this schema under {@code $defs/<name>}, such as the spec of an RFP draft. */
    public JsonSchemaFile definition(String name) {
        return new JsonSchemaFile(file, "#/$defs/" + name);
    }

    /** The address the schema is served at, {@code /schemas/<file>}, with the fragment of a definition. */
    public String address() {
        return PATH + file + fragment;
    }

    /** One place where a document breaks its schema: {@code $.profiles[0].actors} and {@code required}. */
    public record Violation(String path, String message) {

        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    /**
     * {@code text} as JSON, or empty if it is not JSON (or has a name twice): such text is for the
     * reader, which says where it breaks.
     */
    public static Optional<JsonNode> parse(String text) {
        try {
            return Optional.of(JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** {@code bytes} as JSON (UTF-8, -16 or -32, as JSON allows), or empty if they are not JSON. */
    public static Optional<JsonNode> parse(byte[] bytes) {
        try {
            return Optional.of(JSON.readTree(bytes));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks the JSON in {@code text}; text that is not JSON passes, for the reader to refuse.
     *
     * @param what the document as a message names it, starting a sentence ("The statement file")
     * @throws SchemaViolationException listing every violation
     */
    public void check(String text, String what) {
        parse(text).ifPresent(json -> {
            List<Violation> violations = violations(json, "$");
            if (!violations.isEmpty()) {
                throw new SchemaViolationException(what, address(), violations);
            }
        });
    }

    /**
     * Where {@code json} breaks the schema, in document order, each path starting with
     * {@code under} (such as {@code $.draft} for a draft inside a request).
     */
    public List<Violation> violations(JsonNode json, String under) {
        Set<Violation> found = new LinkedHashSet<>();
        for (Error e : schema.validate(json)) {
            found.add(violation(e, under));
        }
        return List.copyOf(found);
    }

    private static Violation violation(Error e, String under) {
        String path = under + e.getInstanceLocation().toString().substring(1);
        JsonNode rule = e.getSchemaNode();
        JsonNode value = e.getInstanceNode();
        String message = switch (e.getKeyword()) {
            case "required" -> {
                path = child(path, e.getProperty());
                yield "required";
            }
            case "additionalProperties" -> {
                path = child(path, e.getProperty());
                yield "not a field of this format";
            }
            case "type" -> "must be " + types(rule) + ", not " + shown(value);
            case "const" -> "must be " + rule + ", not " + shown(value);
            case "enum" -> "must be one of " + rule + ", not " + shown(value);
            case "minLength" -> rule.asInt() == 1 ? "must not be empty"
                    : "must have at least " + rule.asInt() + " characters";
            case "minimum" -> "must be at least " + rule + ", not " + shown(value);
            case "pattern" -> "must match " + rule.asString() + ", not " + shown(value);
            default -> e.getMessage();
        };
        return new Violation(path, message);
    }

    /** {@code $.links} and {@code hl7} → {@code $.links.hl7}; a name that is no identifier is bracketed. */
    private static String child(String path, String name) {
        if (name == null) {
            return path;
        }
        return NAME.matcher(name).matches() ? path + "." + name
                : path + "['" + FieldLimits.quoted(name).replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private static String types(JsonNode rule) {
        List<String> words = new ArrayList<>();
        if (rule.isArray()) {
            rule.forEach(t -> words.add(type(t.asString())));
        } else {
            words.add(type(rule.asString()));
        }
        return String.join(" or ", words);
    }

    private static String type(String name) {
        return switch (name) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "a string";
            case "boolean" -> "true or false";
            case "object" -> "an object";
            case "array" -> "an array";
            default -> name;
        };
    }

    /** A value as a message shows it: numbers, true, false and null as written, text quoted and cut short. */
    private static String shown(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        } else if (value.isString()) {
            return "\"" + FieldLimits.quoted(value.asString()) + "\"";
        } else if (value.isObject()) {
            return "an object";
        } else if (value.isArray()) {
            return "an array";
        }
        return FieldLimits.quoted(value.toString());
    }
}
