package org.rspnavigator.model.load;

import java.util.Optional;

/**
 * A catalog file opened for reading: its Markdown and the YAML front matter as fields, with the
 * problems reported for it counted from the moment it was opened, so that a reader can tell
 * whether what it read is sound.
 */
record CatalogFile(String path, MarkdownFile markdown, YamlFields fields, Problems problems, long problemsBefore) {

    /** The file's front matter as fields; empty, with the problem reported, if it has none or it is not a mapping. */
    static Optional<CatalogFile> open(String path, String text, Problems problems) {
        long before = problems.countIn(path);
        return MarkdownFile.parse(path, text, problems)
                .flatMap(md -> YamlFields.frontMatterOf(path, md, problems)
                        .map(fields -> new CatalogFile(path, md, fields, problems, before)));
    }

    /** Whether any problem was reported for this file since it was opened. */
    boolean hasProblems() {
        return problems.countIn(path) > problemsBefore;
    }
}
