package org.rspnavigator.model.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.model.Term;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read key by key, with every mistake reported at its file and line: a missing
 * required key, a value of the wrong shape, a word outside its vocabulary, a duplicate key, and
 * (on {@link #finish()}) every key nobody asked for. A getter that finds a problem reports it
 * and returns {@code null} or empty; callers build nothing from a file that had problems.
 */
final class YamlFields {

    private final String file;
    private final int lineOffset;
    private final MappingNode node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> asked = new LinkedHashSet<>();

    private YamlFields(String file, int lineOffset, MappingNode node, Problems problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                problems.add(file, line(key), "malformed YAML: a key must be a plain word");
                continue;
            }
            NodeTuple earlier = entries.putIfAbsent(scalar.getValue(), tuple);
            if (earlier != null) {
                problems.add(file, line(key), "duplicate key '" + scalar.getValue() + "' (first given on line "
                        + line(earlier.getKeyNode()) + ")");
            }
        }
    }

    /** The front matter of a catalog Markdown file as fields; empty (with the problem reported) unless a YAML mapping. */
    static Optional<YamlFields> frontMatterOf(String file, MarkdownFile md, Problems problems) {
        return parse(file, md.frontMatter(), md.frontMatterLine(), problems);
    }

    /** Parses front matter; reports malformed YAML or a document that is not a mapping. */
    static Optional<YamlFields> parse(String file, String yaml, int firstLine, Problems problems) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // reported by YamlFields itself, with both lines
            root = new Yaml(options).compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(file, line, "malformed YAML: " + problem);
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(file, firstLine, "malformed YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            problems.add(file, firstLine, "the front matter is empty");
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(file, firstLine + root.getStartMark().getLine(),
                    "malformed front matter: expected 'key: value' lines");
            return Optional.empty();
        }
        return Optional.of(new YamlFields(file, firstLine, mapping, problems));
    }

    String file() {
        return file;
    }

    int line() {
        return line(node);
    }

    /** The line of {@code key}, or of this mapping if the key is absent. */
    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : line(tuple.getKeyNode());
    }

    private int line(Node n) {
        return lineOffset + n.getStartMark().getLine();
    }

    /** Every key of the mapping, in file order (for mappings whose keys are data, such as ids). */
    List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    boolean has(String key) {
        asked.add(key);
        return entries.containsKey(key);
    }

    private Optional<Node> value(String key) {
        asked.add(key);
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    private void missing(String key) {
        problems.add(file, line(), "missing required key '" + key + "'");
    }

    /** The required {@code id}, reported unless it is lower-case letters, digits and single hyphens. */
    String requiredId() {
        String id = requiredText("id");
        if (id != null && !StandardReader.ID.matcher(id).matches()) {
            problems.add(file, lineOf("id"), "id '" + id + "' must be lower-case letters, digits and single hyphens");
        }
        return id;
    }

    String requiredText(String key) {
        Optional<String> v = text(key);
        if (v.isEmpty() && !entries.containsKey(key)) {
            missing(key);
        }
        return v.orElse(null);
    }

    Optional<String> text(String key) {
        return value(key).flatMap(n -> scalar(key, n));
    }

    private Optional<String> scalar(String what, Node n) {
        if (n instanceof ScalarNode s) {
            if (s.getValue().isBlank()) {
                problems.add(file, line(n), "'" + what + "' is empty");
                return Optional.empty();
            }
            return Optional.of(s.getValue().strip());
        }
        problems.add(file, line(n), "'" + what + "' must be a single value, not a " + shape(n));
        return Optional.empty();
    }

    Integer requiredInt(String key) {
        String text = requiredText(key);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(file, lineOf(key), "'" + key + "' must be a whole number, not '" + text + "'");
            return null;
        }
    }

    Optional<Boolean> bool(String key) {
        return text(key).flatMap(t -> switch (t) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problems.add(file, lineOf(key), "'" + key + "' must be true or false, not '" + t + "'");
                yield Optional.empty();
            }
        });
    }

    <E extends Enum<E> & Term> E requiredTerm(String key, Class<E> type, String what) {
        String text = requiredText(key);
        return text == null ? null : term(text, lineOf(key), type, what).orElse(null);
    }

    <E extends Enum<E> & Term> Optional<E> term(String key, Class<E> type, String what) {
        return text(key).flatMap(t -> term(t, lineOf(key), type, what));
    }

    <E extends Enum<E> & Term> Optional<E> term(String text, int line, Class<E> type, String what) {
        Optional<E> term = Term.fromSlug(type, text);
        if (term.isEmpty()) {
            problems.add(file, line, "'" + text + "' is not a valid " + what + " (expected one of: "
                    + Term.slugs(type) + ")");
        }
        return term;
    }

    /** A list of texts; a single value counts as a list of one. Absent: empty. */
    List<String> texts(String key) {
        List<String> result = new ArrayList<>();
        value(key).ifPresent(n -> {
            if (n instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    scalar(key + "' item '", item).ifPresent(result::add);
                }
            } else {
                scalar(key, n).ifPresent(result::add);
            }
        });
        return result;
    }

    /** Like {@link #texts}, each with its line. */
    List<Located<String>> locatedTexts(String key) {
        List<Located<String>> result = new ArrayList<>();
        value(key).ifPresent(n -> {
            List<Node> items = n instanceof SequenceNode seq ? seq.getValue() : List.of(n);
            for (Node item : items) {
                scalar(key, item).ifPresent(t -> result.add(new Located<>(t, line(item))));
            }
        });
        return result;
    }

    <E extends Enum<E> & Term> List<E> terms(String key, Class<E> type, String what) {
        List<E> result = new ArrayList<>();
        for (Located<String> t : locatedTexts(key)) {
            term(t.value(), t.line(), type, what).ifPresent(result::add);
        }
        return result;
    }

    /** A nested mapping under {@code key}, if present and a mapping. */
    Optional<YamlFields> mapping(String key) {
        return value(key).flatMap(n -> {
            if (n instanceof MappingNode m) {
                return Optional.of(new YamlFields(file, lineOffset, m, problems));
            }
            problems.add(file, line(n), "'" + key + "' must be a mapping of 'key: value' lines, not a " + shape(n));
            return Optional.empty();
        });
    }

    /** The raw node under {@code key}: a scalar or a mapping, for values that take either shape. */
    Optional<Node> raw(String key) {
        return value(key);
    }

    /** Wraps a mapping node found under this one (e.g. from {@link #raw}). */
    YamlFields child(MappingNode m) {
        return new YamlFields(file, lineOffset, m, problems);
    }

    int lineOf(Node n) {
        return line(n);
    }

    /** A list of mappings under {@code key}; absent: empty. */
    List<YamlFields> mappings(String key) {
        List<YamlFields> result = new ArrayList<>();
        value(key).ifPresent(n -> {
            if (!(n instanceof SequenceNode seq)) {
                problems.add(file, line(n), "'" + key + "' must be a list ('- ' items), not a " + shape(n));
                return;
            }
            for (Node item : seq.getValue()) {
                if (item instanceof MappingNode m) {
                    result.add(new YamlFields(file, lineOffset, m, problems));
                } else {
                    problems.add(file, line(item), "each item of '" + key + "' must be a mapping of 'key: value' lines");
                }
            }
        });
        return result;
    }

    /** Reports every key that no getter asked for. Call once all keys have been read. */
    void finish() {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!asked.contains(e.getKey())) {
                problems.add(file, line(e.getValue().getKeyNode()), "unknown key '" + e.getKey()
                        + "' (allowed here: " + String.join(", ", asked) + ")");
            }
        }
    }

    static String shape(Node n) {
        return switch (n) {
            case MappingNode m -> "mapping";
            case SequenceNode s -> "list";
            default -> "value";
        };
    }

    /** A value with the file line it was read from. */
    record Located<T>(T value, int line) {
    }
}
