package org.rspnavigator.model.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.rspnavigator.model.AdoptionLevel;
import org.rspnavigator.model.AdoptionRating;
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.CorrectedColumn;
import org.rspnavigator.model.Correction;
import org.rspnavigator.model.Footnote;
import org.rspnavigator.model.FootnoteKind;
import org.rspnavigator.model.Maturity;
import org.rspnavigator.model.PortfolioTable;
import org.rspnavigator.model.RelationKind;
import org.rspnavigator.model.Sdo;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.ToolingLevel;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code standards/<id>.md}. Footnote marks are resolved against the table of the
 * standard's category; relations are returned unresolved, for the loader to link once every
 * standard is known.
 */
final class StandardReader {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> SECTIONS = List.of("Scope", "Implementation notes", "Tooling");

    private final Problems problems;
    private final Map<Category, PortfolioTable> tables;

    StandardReader(Problems problems, Map<Category, PortfolioTable> tables) {
        this.problems = problems;
        this.tables = tables;
    }

    /** A relation as written in a file, before its target is resolved. */
    record DeclaredRelation(String file, int line, String from, RelationKind kind, boolean inverse, String target,
            int targetLine, String statedIn, Optional<String> note) {
    }

    /** A standard read from a file, with its declared relations and the line of its id. */
    record Read(Standard standard, int idLine, List<DeclaredRelation> relations) {
    }

    Optional<Read> read(String path, String text) {
        return CatalogFile.open(path, text, problems).flatMap(file -> read(path, file));
    }

    private Optional<Read> read(String path, CatalogFile file) {
        YamlFields f = file.fields();
        String id = f.requiredId();
        String briefName = f.requiredText("brief-name");
        String formalName = f.requiredText("formal-name");
        Category category = f.requiredTerm("category", Category.class, "category");
        AssessmentGroup group = f.requiredTerm("group", AssessmentGroup.class, "assessment group");
        Integer position = f.requiredInt("position");
        if (position != null && position < 1) {
            problems.add(path, f.lineOf("position"), "'position' counts rows from 1, not " + position);
        }
        Maturity maturity = f.requiredTerm("maturity", Maturity.class, "standard maturity");
        PortfolioTable table = category == null ? null : tables.get(category);
        AdoptionRating productAdoption = rating(f, "product-adoption", table);
        AdoptionRating siteDeployment = rating(f, "site-deployment", table);
        ToolingLevel tooling = f.requiredTerm("tooling", ToolingLevel.class, "tooling level");
        List<Footnote> footnotes = new ArrayList<>();
        for (YamlFields.Located<String> mark : f.locatedTexts("footnotes")) {
            footnote(path, mark.line(), mark.value(), table).ifPresent(footnotes::add);
        }
        List<Sdo> sdos = f.terms("sdo", Sdo.class, "SDO");
        if (sdos.isEmpty() && !f.has("sdo")) {
            problems.add(path, f.line(), "missing required key 'sdo'");
        }
        Optional<String> specification = f.text("specification");
        String clause = f.requiredText("clause");
        if (clause != null && !clause.matches("5\\.[345](\\.\\d+)+")) {
            problems.add(path, f.lineOf("clause"), "'" + clause + "' is not a clause of ISO 21860 clause 5 (e.g. 5.3.2.8)");
        }
        Optional<Correction> correction = Corrections.read(f, problems);
        if (correction.isPresent() && correction.get().column() != CorrectedColumn.BRIEF_NAME) {
            problems.add(path, f.lineOf("correction"), "a standard's correction can only be of its brief name"
                    + " (column: " + CorrectedColumn.BRIEF_NAME.slug() + ")");
        } else if (correction.isPresent() && correction.get().printed().equals(briefName)) {
            problems.add(path, f.lineOf("correction"), "the correction's 'printed' text is the brief name itself;"
                    + " a correction records a difference from the table (remove it, or correct the name)");
        }
        List<String> acronyms = f.texts("acronyms");
        List<String> aliases = f.texts("aliases");
        List<DeclaredRelation> relations = new ArrayList<>();
        for (YamlFields r : f.mappings("relations")) {
            String kindText = r.requiredText("kind");
            String target = r.requiredText("target");
            String statedIn = r.requiredText("stated-in");
            Optional<String> note = r.text("note");
            r.finish();
            if (statedIn != null && !org.rspnavigator.model.Relation.STATED_IN.matcher(statedIn).matches()) {
                problems.add(path, r.lineOf("stated-in"), "'" + statedIn + "' is not where ISO 21860 states a relation"
                        + " (write a table, as in 'Table 5', or a clause number, as in '5.4.1.8')");
                continue;
            }
            if (kindText == null || target == null || statedIn == null) {
                continue;
            }
            Optional<RelationKind> forward = java.util.Arrays.stream(RelationKind.values())
                    .filter(k -> k.slug().equals(kindText)).findFirst();
            Optional<RelationKind> backward = java.util.Arrays.stream(RelationKind.values())
                    .filter(k -> k.inverseSlug().equals(kindText)).findFirst();
            if (forward.isEmpty() && backward.isEmpty()) {
                problems.add(path, r.lineOf("kind"), "'" + kindText + "' is not a valid relation kind (expected one of: "
                        + java.util.Arrays.stream(RelationKind.values())
                                .map(k -> k.isSymmetric() ? k.slug() : k.slug() + ", " + k.inverseSlug())
                                .collect(java.util.stream.Collectors.joining(", ")) + ")");
                continue;
            }
            relations.add(new DeclaredRelation(path, r.lineOf("kind"), id, forward.orElseGet(backward::get),
                    forward.isEmpty(), target, r.lineOf("target"), statedIn, note));
        }
        f.finish();

        Map<String, String> sections = sections(file.markdown());
        if (file.hasProblems()) {
            return Optional.empty();
        }
        Standard standard = new Standard(id, briefName, formalName, category, group, position, maturity,
                productAdoption, siteDeployment, tooling, footnotes, sdos, specification, clause, acronyms, aliases,
                sections.get("Scope"), sections.get("Implementation notes"), sections.get("Tooling"), path, correction);
        return Optional.of(new Read(standard, f.lineOf("id"), relations));
    }

    /** {@code level}, {@code {footnote: a}} or {@code {level: low, footnote: a}}. */
    private AdoptionRating rating(YamlFields f, String key, PortfolioTable table) {
        Optional<Node> node = f.raw(key);
        if (node.isEmpty()) {
            problems.add(f.file(), f.line(), "missing required key '" + key + "'");
            return null;
        }
        if (node.get() instanceof ScalarNode) {
            AdoptionLevel level = f.requiredTerm(key, AdoptionLevel.class, key.replace('-', ' ') + " level");
            return level == null ? null : AdoptionRating.of(level);
        }
        if (!(node.get() instanceof MappingNode mapping)) {
            problems.add(f.file(), f.lineOf(key), "'" + key + "' must be a level or {level: ..., footnote: ...}");
            return null;
        }
        YamlFields r = f.child(mapping);
        Optional<AdoptionLevel> level = r.term("level", AdoptionLevel.class, key.replace('-', ' ') + " level");
        Optional<String> mark = r.text("footnote");
        r.finish();
        if (mark.isEmpty()) {
            if (!r.has("footnote")) {
                problems.add(f.file(), r.line(), "'" + key + "' written as a mapping needs a 'footnote'; write a plain level otherwise");
            }
            return null;
        }
        Optional<Footnote> footnote = footnote(f.file(), r.lineOf("footnote"), mark.get(), table);
        if (footnote.isEmpty()) {
            return null;
        }
        if (level.isEmpty() && !r.has("level") && footnote.get().kind() != FootnoteKind.REGIONAL_VARIATION) {
            problems.add(f.file(), r.lineOf("footnote"), "'" + key + "' has no level, and footnote " + mark.get()
                    + " is a caveat that gives none; add 'level'");
            return null;
        }
        if (r.has("level") && level.isEmpty()) {
            return null;
        }
        return new AdoptionRating(level, footnote);
    }

    private Optional<Footnote> footnote(String file, int line, String mark, PortfolioTable table) {
        if (table == null) {
            return Optional.empty(); // the category is already reported as wrong or missing
        }
        Optional<Footnote> footnote = table.footnote(mark);
        if (footnote.isEmpty()) {
            problems.add(file, line, "footnote '" + mark + "' does not exist in Table " + table.number()
                    + " (" + table.source() + ")");
        }
        return footnote;
    }

    private Map<String, String> sections(MarkdownFile md) {
        List<MarkdownFile.Section> found = md.sections(problems);
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        int expected = 0;
        for (MarkdownFile.Section s : found) {
            if (!SECTIONS.contains(s.heading())) {
                problems.add(md.path(), s.line(), "unknown section '## " + s.heading() + "' (expected: "
                        + String.join(", ", SECTIONS.stream().map(h -> "## " + h).toList()) + ")");
                continue;
            }
            if (texts.containsKey(s.heading())) {
                problems.add(md.path(), s.line(), "section '## " + s.heading() + "' appears twice");
                continue;
            }
            int index = SECTIONS.indexOf(s.heading());
            if (index < expected) {
                problems.add(md.path(), s.line(), "section '## " + s.heading() + "' is out of order (expected: "
                        + String.join(", ", SECTIONS) + ")");
            }
            expected = Math.max(expected, index);
            if (s.text().isBlank()) {
                problems.add(md.path(), s.line(), "section '## " + s.heading() + "' is empty");
            }
            texts.put(s.heading(), s.text());
        }
        for (String heading : SECTIONS) {
            if (!texts.containsKey(heading)) {
                problems.add(md.path(), md.bodyLine(), "missing required section '## " + heading + "'");
            }
        }
        return texts;
    }
}
