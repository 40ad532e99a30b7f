package org.rspnavigator.model.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A catalog file split into its YAML front matter (between two {@code ---} lines, the first of
 * which opens the file) and its Markdown body, each with the file line it starts on.
 */
record MarkdownFile(String path, String frontMatter, int frontMatterLine, String body, int bodyLine) {

    private static final String FENCE = "---";

    /** Splits {@code text}; reports a missing or unclosed front matter and returns empty. */
    static Optional<MarkdownFile> parse(String path, String text, Problems problems) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.getFirst().strip().equals(FENCE)) {
            problems.add(path, 1, "malformed front matter: the file must start with a '---' line that opens the YAML front matter");
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(path, 1, "malformed front matter: the '---' opened on line 1 is never closed by a second '---' line");
            return Optional.empty();
        }
        String yaml = String.join("\n", lines.subList(1, close));
        String body = close + 1 < lines.size() ? String.join("\n", lines.subList(close + 1, lines.size())) : "";
        return Optional.of(new MarkdownFile(path, yaml, 2, body, close + 2));
    }

    /** A {@code ## Heading} section of the body. */
    record Section(String heading, int line, String text) {
    }

    /**
     * The body's {@code ##} sections, in order. Non-blank text before the first heading is
     * reported, as is a heading in a form other than {@code ## Title}.
     */
    List<Section> sections(Problems problems) {
        List<Section> sections = new ArrayList<>();
        List<String> lines = body.lines().toList();
        String heading = null;
        int headingLine = 0;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int fileLine = bodyLine + i;
            if (line.startsWith("## ")) {
                if (heading != null && !heading.isEmpty()) {
                    sections.add(new Section(heading, headingLine, text.toString().strip()));
                }
                heading = line.substring(3).strip();
                headingLine = fileLine;
                text.setLength(0);
            } else if (line.startsWith("#") && line.matches("^#+\\s.*") && !line.startsWith("###")) {
                problems.add(path, fileLine, "unexpected heading '" + line.strip() + "': sections are '## ' headings");
            } else if (heading == null) {
                if (!line.isBlank()) {
                    problems.add(path, fileLine, "text outside a section: the body must start with a '## ' heading");
                    heading = "";
                    headingLine = fileLine;
                }
            } else {
                text.append(line).append('\n');
            }
        }
        if (heading != null && !heading.isEmpty()) {
            sections.add(new Section(heading, headingLine, text.toString().strip()));
        }
        return sections;
    }
}
