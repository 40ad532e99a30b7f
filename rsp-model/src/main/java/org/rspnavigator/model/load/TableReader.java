package org.rspnavigator.model.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.model.AdoptionLevel;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Footnote;
import org.rspnavigator.model.FootnoteKind;
import org.rspnavigator.model.PortfolioTable;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.RegionalLevel;
import org.rspnavigator.model.Trend;

/** Reads {@code tables/table-N.md}: a portfolio table, its category and its footnotes. */
final class TableReader {

    private final Problems problems;

    TableReader(Problems problems) {
        this.problems = problems;
    }

    Optional<PortfolioTable> read(String path, String text) {
        return CatalogFile.open(path, text, problems).flatMap(file -> read(path, file));
    }

    private Optional<PortfolioTable> read(String path, CatalogFile file) {
        YamlFields f = file.fields();
        Integer number = f.requiredInt("table");
        Category category = f.requiredTerm("category", Category.class, "category");
        String title = f.requiredText("title");
        String clause = f.requiredText("clause");
        List<Footnote> footnotes = new ArrayList<>();
        Set<String> marks = new HashSet<>();
        for (YamlFields fn : f.mappings("footnotes")) {
            String mark = fn.requiredText("mark");
            if (mark != null && !marks.add(mark)) {
                problems.add(path, fn.lineOf("mark"), "duplicate footnote mark '" + mark + "'");
            }
            FootnoteKind kind = fn.requiredTerm("kind", FootnoteKind.class, "footnote kind");
            List<RegionalLevel> levels = regionalLevels(fn);
            Optional<String> note = fn.text("text");
            if (kind == FootnoteKind.REGIONAL_VARIATION && levels.isEmpty() && fn.has("regional-levels") == false) {
                problems.add(path, fn.line(), "a regional-variation footnote needs 'regional-levels'");
            }
            if (kind == FootnoteKind.CAVEAT && note.isEmpty() && !fn.has("text")) {
                problems.add(path, fn.line(), "a caveat footnote needs 'text'");
            }
            if (kind == FootnoteKind.CAVEAT && !levels.isEmpty()) {
                problems.add(path, fn.lineOf("regional-levels"), "a caveat footnote has no 'regional-levels'");
            }
            fn.finish();
            if (number != null && mark != null && kind != null) {
                footnotes.add(new Footnote(number, mark, kind, levels, note));
            }
        }
        f.finish();
        if (number != null && category != null && category.table() != number) {
            problems.add(path, f.lineOf("category"), "table " + number + " lists " + Category.ofTableOrNull(number)
                    + " standards, not '" + category.slug() + "'");
        }
        if (number != null && !path.equals("tables/table-" + number + ".md")) {
            problems.add(path, f.lineOf("table"), "the file of table " + number + " must be named tables/table-" + number + ".md");
        }
        if (file.hasProblems()) {
            return Optional.empty();
        }
        return Optional.of(new PortfolioTable(number, category, title, clause, footnotes, file.markdown().body().strip(), path));
    }

    private List<RegionalLevel> regionalLevels(YamlFields footnote) {
        List<RegionalLevel> levels = new ArrayList<>();
        for (YamlFields rl : footnote.mappings("regional-levels")) {
            List<Region> regions = rl.terms("regions", Region.class, "region");
            if (regions.isEmpty() && !rl.has("regions")) {
                problems.add(rl.file(), rl.line(), "missing required key 'regions'");
            }
            AdoptionLevel level = rl.requiredTerm("level", AdoptionLevel.class, "adoption level");
            Optional<Trend> trend = rl.term("trend", Trend.class, "trend");
            rl.finish();
            if (!regions.isEmpty() && level != null) {
                levels.add(new RegionalLevel(regions, level, trend));
            }
        }
        return levels;
    }
}
