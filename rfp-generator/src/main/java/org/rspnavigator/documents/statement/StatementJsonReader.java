package org.rspnavigator.documents.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.rspnavigator.documents.statement.StatementFormatException.Problem;
import org.rspnavigator.procurement.statement.ActorClaim;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.ProfileClaim;
import org.rspnavigator.procurement.statement.StatementLinks;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@link StatementJson}'s format. The JSON is first read into a small tree whose every value
 * knows its line, and the statement is then taken from the tree, collecting every problem with its
 * line rather than stopping at the first.
 */
final class StatementJsonReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final Set<String> STATEMENT_FIELDS = Set.of("format", "formatVersion", "vendor", "productName",
            "version", "date", "revision", "links", "profiles", "unclaimedGroupings");
    private static final Set<String> LINK_FIELDS = Set.of("vendorIheInformation", "dicomConformance", "hl7Conformance");
    private static final Set<String> PROFILE_FIELDS = Set.of("profile", "actors");
    private static final Set<String> ACTOR_FIELDS = Set.of("actor", "options");

    /** A JSON value and the line it starts on: String, BigDecimal, Boolean, List, Map, or NULL. */
    private record Node(int line, Object value) {
    }

    private static final Object NULL = new Object();

    private final List<Problem> problems = new ArrayList<>();

    private StatementJsonReader() {
    }

    static IntegrationStatement read(String json) {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        Node root;
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() == null) {
                throw new StatementFormatException(List.of(new Problem(1, "The file is empty: it should hold one "
                        + "JSON object, the statement.")));
            }
            root = tree(p);
            if (p.nextToken() != null) {
                throw new StatementFormatException(List.of(new Problem(line(p), "There is more after the "
                        + "statement's closing brace; the file should hold one JSON object only.")));
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new StatementFormatException(List.of(new Problem(line, "This is not valid JSON: "
                    + e.getOriginalMessage())));
        }
        StatementJsonReader reader = new StatementJsonReader();
        IntegrationStatement statement = reader.statement(root);
        if (!reader.problems.isEmpty()) {
            throw new StatementFormatException(reader.problems);
        }
        return statement;
    }

    private static int line(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getLineNr());
    }

    private static Node tree(JsonParser p) {
        int line = line(p);
        JsonToken token = p.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.put(name, tree(p));
                }
                yield new Node(line, fields);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(tree(p));
                }
                yield new Node(line, items);
            }
            case VALUE_STRING -> new Node(line, p.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Node(line, p.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> new Node(line, token == JsonToken.VALUE_TRUE);
            default -> new Node(line, NULL);
        };
    }

    private IntegrationStatement statement(Node root) {
        Map<String, Node> o = object(root, "The statement");
        if (o == null) {
            return null;
        }
        known(o, STATEMENT_FIELDS, "the statement");
        text(o, "format", root.line(), false).filter(f -> !f.equals(StatementJson.FORMAT)).ifPresent(f -> problem(
                o.get("format").line(), "This is not an RSP Navigator Integration Statement file: \"format\" is \"" + f
                        + "\", where \"" + StatementJson.FORMAT + "\" was expected."));
        formatVersion(o, root.line());
        String vendor = text(o, "vendor", root.line(), true).orElse("");
        String product = text(o, "productName", root.line(), true).orElse("");
        String version = text(o, "version", root.line(), true).orElse("");
        LocalDate date = text(o, "date", root.line(), false).map(d -> date(o.get("date").line(), d))
                .orElse(LocalDate.EPOCH);
        String revision = optionalText(o, "revision");
        StatementLinks links = links(o.get("links"));
        List<ProfileClaim> profiles = list(o, "profiles", root.line(), this::profile);
        return new IntegrationStatement(vendor, product, version, date, revision, links, profiles);
    }

    private void formatVersion(Map<String, Node> o, int objectLine) {
        Node v = o.get("formatVersion");
        if (v == null) {
            problem(objectLine, "The field \"formatVersion\" is missing: it should be " + StatementJson.FORMAT_VERSION
                    + ".");
        } else if (!(v.value() instanceof BigDecimal n)) {
            wrongType(v, "\"formatVersion\"", "a number");
        } else if (n.compareTo(BigDecimal.valueOf(StatementJson.FORMAT_VERSION)) != 0) {
            problem(v.line(), "\"formatVersion\" is " + n.toPlainString() + ", but this version of RSP Navigator reads "
                    + "format version " + StatementJson.FORMAT_VERSION + " only.");
        }
    }

    private LocalDate date(int line, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(line, "\"date\" must be a date written yyyy-MM-dd, such as 2026-03-01; \"" + text
                    + "\" is not.");
            return LocalDate.EPOCH;
        }
    }

    private StatementLinks links(Node node) {
        if (node == null || node.value() == NULL) {
            return StatementLinks.none();
        }
        Map<String, Node> o = object(node, "\"links\"");
        if (o == null) {
            return StatementLinks.none();
        }
        known(o, LINK_FIELDS, "\"links\"");
        return new StatementLinks(optionalText(o, "vendorIheInformation"), optionalText(o, "dicomConformance"),
                optionalText(o, "hl7Conformance"));
    }

    private ProfileClaim profile(Node node, String what) {
        Map<String, Node> o = object(node, what);
        if (o == null) {
            return null;
        }
        known(o, PROFILE_FIELDS, what);
        String id = text(o, "profile", node.line(), true).orElse("");
        return new ProfileClaim(id, list(o, "actors", node.line(), this::actor));
    }

    private ActorClaim actor(Node node, String what) {
        Map<String, Node> o = object(node, what);
        if (o == null) {
            return null;
        }
        known(o, ACTOR_FIELDS, what);
        String name = text(o, "actor", node.line(), true).orElse("");
        List<String> options = Optional.ofNullable(o.get("options")).filter(n -> n.value() != NULL)
                .map(n -> items(n, "\"options\"", (item, itemWhat) -> string(item, itemWhat).orElse(null)))
                .orElse(List.of());
        return new ActorClaim(name, options);
    }

    /** The items of a required array field, each read by {@code item}; failed items are left out. */
    private <T> List<T> list(Map<String, Node> o, String field, int objectLine, BiFunction<Node, String, T> item) {
        Node node = o.get(field);
        if (node == null) {
            problem(objectLine, "The field \"" + field + "\" is missing.");
            return List.of();
        }
        return items(node, "\"" + field + "\"", item);
    }

    private <T> List<T> items(Node node, String what, BiFunction<Node, String, T> item) {
        if (!(node.value() instanceof List<?> raw)) {
            wrongType(node, what, "an array");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            T value = item.apply((Node) raw.get(i), "item " + (i + 1) + " of " + what);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /** A string field; a problem if it is missing (reported at the object's line), not a string, or blank when required. */
    private Optional<String> text(Map<String, Node> o, String field, int objectLine, boolean nonBlank) {
        Node node = o.get(field);
        if (node == null) {
            problem(objectLine, "The field \"" + field + "\" is missing.");
            return Optional.empty();
        }
        Optional<String> text = string(node, "\"" + field + "\"");
        if (nonBlank && text.filter(String::isBlank).isPresent()) {
            problem(node.line(), "\"" + field + "\" is empty.");
        }
        return text;
    }

    /** An optional string field: "" when it is missing or null. */
    private String optionalText(Map<String, Node> o, String field) {
        Node node = o.get(field);
        return node == null || node.value() == NULL ? "" : string(node, "\"" + field + "\"").orElse("");
    }

    private Optional<String> string(Node node, String what) {
        if (node.value() instanceof String s) {
            return Optional.of(s);
        }
        wrongType(node, what, "a string");
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Node> object(Node node, String what) {
        if (node.value() instanceof Map<?, ?> m) {
            return (Map<String, Node>) m;
        }
        wrongType(node, what, "an object");
        return null;
    }

    private void known(Map<String, Node> o, Set<String> fields, String what) {
        o.forEach((name, node) -> {
            if (!fields.contains(name)) {
                problem(node.line(), "\"" + name + "\" is not a field of " + what + ".");
            }
        });
    }

    private void wrongType(Node node, String what, String expected) {
        String first = what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1);
        problem(node.line(), first + " must be " + expected + ", not " + kind(node.value()) + ".");
    }

    private static String kind(Object value) {
        if (value instanceof String) {
            return "a string";
        } else if (value instanceof BigDecimal) {
            return "a number";
        } else if (value instanceof Boolean) {
            return "true or false";
        } else if (value instanceof List) {
            return "an array";
        } else if (value instanceof Map) {
            return "an object";
        }
        return "null";
    }

    private void problem(int line, String message) {
        problems.add(new Problem(line, message));
    }
}
