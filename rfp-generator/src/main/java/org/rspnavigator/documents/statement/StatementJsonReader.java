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
import org.rspnavigator.model.Term;
import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.conformance.CodeSystemClaim;
import org.rspnavigator.procurement.conformance.ConformanceClaims;
import org.rspnavigator.procurement.conformance.DicomClaim;
import org.rspnavigator.procurement.conformance.DicomRole;
import org.rspnavigator.procurement.conformance.DicomWebClaim;
import org.rspnavigator.procurement.conformance.DicomWebRole;
import org.rspnavigator.procurement.conformance.Hl7Claim;
import org.rspnavigator.procurement.conformance.Hl7Direction;
import org.rspnavigator.procurement.conformance.Syntax;
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
            "version", "date", "revision", "links", "profiles", "unclaimedGroupings", "dicom", "dicomweb", "hl7",
            "terminology", "systemTypes");
    /** The fields format version 2 added: the conformance parts. */
    private static final List<String> VERSION_2_FIELDS = List.of("systemTypes", "dicom", "dicomweb", "hl7",
            "terminology");
    private static final Set<String> DICOM_FIELDS = Set.of("sopClass", "roles", "transferSyntaxes");
    private static final Set<String> DICOMWEB_FIELDS = Set.of("service", "roles");
    private static final Set<String> HL7_FIELDS = Set.of("message", "version", "direction");
    private static final Set<String> TERMINOLOGY_FIELDS = Set.of("codeSystem", "version");
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
        int formatVersion = formatVersion(o, root.line());
        String vendor = text(o, "vendor", root.line(), true).orElse("");
        String product = text(o, "productName", root.line(), true).orElse("");
        String version = text(o, "version", root.line(), true).orElse("");
        LocalDate date = text(o, "date", root.line(), false).map(d -> date(o.get("date").line(), d))
                .orElse(LocalDate.EPOCH);
        String revision = optionalText(o, "revision");
        StatementLinks links = links(o.get("links"));
        List<ProfileClaim> profiles = list(o, "profiles", root.line(), this::profile);
        if (formatVersion == 1) {
            VERSION_2_FIELDS.stream().filter(o::containsKey).forEach(f -> problem(o.get(f).line(), "\"" + f
                    + "\" came with format version 2, but the file says \"formatVersion\": 1; write 2 to declare it."));
        }
        ConformanceClaims conformance = new ConformanceClaims(optionalList(o, "dicom", this::dicom),
                optionalList(o, "dicomweb", this::dicomweb), optionalList(o, "hl7", this::hl7),
                optionalList(o, "terminology", this::terminology));
        List<String> systemTypes = optionalList(o, "systemTypes", (item, what) -> string(item, what).orElse(null));
        return new IntegrationStatement(vendor, product, version, date, revision, links, profiles, conformance,
                systemTypes);
    }

    /** The format version the file states, 1 or 2; 2 when it states none this reader knows (a problem then). */
    private int formatVersion(Map<String, Node> o, int objectLine) {
        Node v = o.get("formatVersion");
        if (v == null) {
            problem(objectLine, "The field \"formatVersion\" is missing: it should be " + StatementJson.FORMAT_VERSION
                    + ".");
        } else if (!(v.value() instanceof BigDecimal n)) {
            wrongType(v, "\"formatVersion\"", "a number");
        } else if (n.compareTo(BigDecimal.ONE) == 0) {
            return 1;
        } else if (n.compareTo(BigDecimal.valueOf(StatementJson.FORMAT_VERSION)) != 0) {
            problem(v.line(), "\"formatVersion\" is " + n.toPlainString() + ", but this version of RSP Navigator reads "
                    + "format versions 1 and " + StatementJson.FORMAT_VERSION + " only.");
        }
        return StatementJson.FORMAT_VERSION;
    }

    private DicomClaim dicom(Node node, String what) {
        Map<String, Node> o = object(node, what);
        if (o == null) {
            return null;
        }
        known(o, DICOM_FIELDS, what);
        String uid = text(o, "sopClass", node.line(), true).orElse("");
        boolean ok = uid(o.get("sopClass"), uid, "\"sopClass\" of " + what);
        Set<DicomRole> roles = roles(o, node, what, DicomRole.class);
        List<String> syntaxes = Optional.ofNullable(o.get("transferSyntaxes")).filter(n -> n.value() != NULL)
                .map(n -> items(n, "\"transferSyntaxes\" of " + what, (item, itemWhat) -> string(item, itemWhat)
                        .filter(t -> uid(item, t, itemWhat)).orElse(null)))
                .orElse(List.of());
        return ok && !roles.isEmpty() ? new DicomClaim(uid, roles, syntaxes) : null;
    }

    private DicomWebClaim dicomweb(Node node, String what) {
        Map<String, Node> o = object(node, what);
        if (o == null) {
            return null;
        }
        known(o, DICOMWEB_FIELDS, what);
        String service = text(o, "service", node.line(), true).orElse("");
        Set<DicomWebRole> roles = roles(o, node, what, DicomWebRole.class);
        return service.isBlank() || roles.isEmpty() ? null : new DicomWebClaim(service, roles);
    }

    private Hl7Claim hl7(Node node, String what) {
        Map<String, Node> o = object(node, what);
        if (o == null) {
            return null;
        }
        known(o, HL7_FIELDS, what);
        Optional<String> message = text(o, "message", node.line(), true).filter(m -> matches(o.get("message"), m,
                Syntax.message(m), "\"message\" of " + what, "a message type with trigger event, such as ORU^R01"));
        Optional<String> version = text(o, "version", node.line(), true).filter(v -> matches(o.get("version"), v,
                Syntax.hl7Version(v), "\"version\" of " + what, "an HL7 v2 version number, such as 2.5.1"));
        Optional<Hl7Direction> direction = text(o, "direction", node.line(), true).flatMap(d -> {
            Optional<Hl7Direction> found = Term.fromSlug(Hl7Direction.class, d);
            if (found.isEmpty()) {
                problem(o.get("direction").line(), "\"direction\" of " + what + " is \"" + d + "\"; it must be "
                        + "\"send\" or \"receive\".");
            }
            return found;
        });
        return message.isPresent() && version.isPresent() && direction.isPresent()
                ? new Hl7Claim(message.get(), version.get(), direction.get()) : null;
    }

    private CodeSystemClaim terminology(Node node, String what) {
        Map<String, Node> o = object(node, what);
        if (o == null) {
            return null;
        }
        known(o, TERMINOLOGY_FIELDS, what);
        String system = text(o, "codeSystem", node.line(), true).orElse("");
        return system.isBlank() ? null : new CodeSystemClaim(system, optionalText(o, "version").strip());
    }

    /** The roles of a conformance row: a non-empty array of the slugs of {@code type}. */
    private <E extends Enum<E> & Term> Set<E> roles(Map<String, Node> o, Node row, String what, Class<E> type) {
        Set<E> roles = new java.util.LinkedHashSet<>();
        Node node = o.get("roles");
        if (node == null) {
            problem(row.line(), "The field \"roles\" of " + what + " is missing: name at least one of "
                    + Term.slugs(type) + ".");
            return roles;
        }
        List<String> slugs = items(node, "\"roles\" of " + what, (item, itemWhat) -> string(item, itemWhat).orElse(null));
        for (String slug : slugs) {
            Optional<E> role = Term.fromSlug(type, slug);
            if (role.isEmpty()) {
                problem(node.line(), "\"" + slug + "\" in \"roles\" of " + what + " is not a role; use "
                        + Term.slugs(type) + ".");
            }
            role.ifPresent(roles::add);
        }
        if (slugs.isEmpty() && node.value() instanceof List) {
            problem(node.line(), "\"roles\" of " + what + " is empty: name at least one of " + Term.slugs(type) + ".");
        }
        return roles;
    }

    private boolean uid(Node node, String uid, String what) {
        if (uid.isEmpty()) {
            return false;
        }
        if (!Syntax.uid(uid)) {
            problem(node.line(), upperFirst(what) + " is \"" + FieldLimits.quoted(uid) + "\", which is not a DICOM UID: "
                    + Syntax.UID_RULE + ".");
            return false;
        }
        return true;
    }

    private boolean matches(Node node, String value, boolean matches, String what, String expected) {
        if (!matches) {
            problem(node.line(), upperFirst(what) + " is \"" + FieldLimits.quoted(value) + "\"; it must be " + expected + ".");
            return false;
        }
        return true;
    }

    /** The items of an optional array field, each read by {@code item}; empty when it is missing or null. */
    private <T> List<T> optionalList(Map<String, Node> o, String field, BiFunction<Node, String, T> item) {
        Node node = o.get(field);
        return node == null || node.value() == NULL ? List.of() : items(node, "\"" + field + "\"", item);
    }

    private static String upperFirst(String what) {
        return what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1);
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
