package org.rspnavigator.model.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.rspnavigator.model.SynonymGroup;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the search vocabulary: a YAML list whose items are lists of at least two terms. */
final class SynonymReader {

    private final Problems problems;

    SynonymReader(Problems problems) {
        this.problems = problems;
    }

    List<SynonymGroup> read(String path, String text) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(path, line, "malformed YAML: " + e.getProblem());
            return List.of();
        }
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof SequenceNode groups)) {
            problems.add(path, line(root), "the synonym file must be a list of groups ('- [dose, RDSR, REM]')");
            return List.of();
        }
        List<SynonymGroup> result = new ArrayList<>();
        for (Node group : groups.getValue()) {
            if (!(group instanceof SequenceNode terms)) {
                problems.add(path, line(group), "each synonym group must be a list of terms, e.g. [dose, RDSR, REM]");
                continue;
            }
            List<String> words = new ArrayList<>();
            for (Node term : terms.getValue()) {
                if (term instanceof ScalarNode s && !s.getValue().isBlank()) {
                    words.add(s.getValue().strip());
                } else {
                    problems.add(path, line(term), "a synonym must be a word or phrase");
                }
            }
            if (words.size() < 2) {
                problems.add(path, line(group), "a synonym group needs at least two terms");
            } else if (words.size() == terms.getValue().size()) {
                result.add(new SynonymGroup(words, path + ":" + line(group)));
            }
        }
        return result;
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
