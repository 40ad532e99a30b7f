package org.rspnavigator.diagrams.portfolio;

import static org.rspnavigator.diagrams.portfolio.ChartMarkup.count;
import static org.rspnavigator.diagrams.portfolio.ChartMarkup.rotateAt;
import static org.rspnavigator.diagrams.portfolio.ChartMarkup.standards;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.BAND;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.CELL_BACKGROUND;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.EMPTY_TEXT;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.GROUP_COLOURS;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.MUTED;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.RULE;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.SOURCE_NOTE;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.TEXT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rspnavigator.diagrams.Svg;
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Interoperability;
import org.rspnavigator.model.StandardQuery;

/** The landscape, category × assessment group, as {@link PortfolioCharts#landscape} describes it. */
final class LandscapeChart {

    private static final String TITLE = "Standards by category and assessment group";
    private static final int WIDTH = 800;
    private static final int BAND_WIDTH = 46;
    /** Room for "Information exchange standards" in a wide font (DejaVu Sans Bold, 15 units). */
    private static final int LABEL_RIGHT = 342;
    private static final int CELL_X = 356;
    private static final int CELL_WIDTH = 112;
    private static final int CELL_GAP = 8;
    private static final int TOTAL_X = CELL_X + 3 * (CELL_WIDTH + CELL_GAP);
    private static final int TOTAL_WIDTH = WIDTH - TOTAL_X - 4;
    private static final int HEADER = 52;
    private static final int ROW_HEIGHT = 60;
    private static final int ROW_GAP = 8;
    private static final int BAND_GAP = 18;
    private static final int TOTALS_HEIGHT = 40;

    private final Catalog catalog;
    private final List<Category> categories = List.of(Category.values());
    private final List<AssessmentGroup> groups = List.of(AssessmentGroup.values());
    private final Map<Category, Map<AssessmentGroup, Integer>> counts = new EnumMap<>(Category.class);
    /** The largest count, at least 1: it gets the darkest shade. */
    private final int max;
    /** The top of each category's row, with a gap where the interoperability changes. */
    private final Map<Category, Integer> rowY = new EnumMap<>(Category.class);
    private final int rulesY;
    private final int totalsY;
    private final int noteY;
    private final int height;

    LandscapeChart(Catalog catalog) {
        this.catalog = catalog;
        int most = 1;
        for (Category c : categories) {
            Map<AssessmentGroup, Integer> row = new EnumMap<>(AssessmentGroup.class);
            for (AssessmentGroup g : groups) {
                int n = catalog.standards(c, g).size();
                row.put(g, n);
                most = Math.max(most, n);
            }
            counts.put(c, row);
        }
        max = most;

        int y = HEADER;
        Interoperability previous = null;
        for (Category c : categories) {
            if (previous != null && c.interoperability() != previous) {
                y += BAND_GAP - ROW_GAP;
            }
            rowY.put(c, y);
            previous = c.interoperability();
            y += ROW_HEIGHT + ROW_GAP;
        }
        rulesY = y + 2;
        totalsY = rulesY + 10;
        noteY = totalsY + TOTALS_HEIGHT + 30;
        height = noteY + 10;
    }

    String draw(CatalogLinks links) {
        ChartMarkup chart = new ChartMarkup("rsp-landscape", TITLE, description(), WIDTH, height, links);
        Svg svg = chart.svg();
        svg.open("g", "aria-hidden", "true");
        columnHeadings(svg);
        interoperabilityBands(svg);
        categoryLabels(svg);
        svg.close("g");
        for (Category c : categories) {
            row(chart, c);
        }
        totalsRow(chart);
        chart.note(noteY, "Select a number to list those standards. " + SOURCE_NOTE);
        return chart.finish();
    }

    private static int columnX(int i) {
        return CELL_X + i * (CELL_WIDTH + CELL_GAP);
    }

    /** Column headings, each underlined in its group's colour. */
    private void columnHeadings(Svg svg) {
        for (int i = 0; i < groups.size(); i++) {
            AssessmentGroup g = groups.get(i);
            double cx = columnX(i) + CELL_WIDTH / 2.0;
            svg.text("text", g.label(), "x", Svg.num(cx), "y", "28", "text-anchor", "middle", "font-size", "15",
                    "font-weight", "700", "fill", GROUP_COLOURS.get(g).hex());
            svg.empty("rect", "x", Svg.num(columnX(i)), "y", "37",
                    "width", Svg.num(CELL_WIDTH), "height", "4", "rx", "2", "fill", GROUP_COLOURS.get(g).hex());
        }
        svg.text("text", "Total", "x", Svg.num(TOTAL_X + TOTAL_WIDTH / 2.0), "y", "28", "text-anchor", "middle",
                "font-size", "15", "font-weight", "700", "fill", MUTED.hex());
    }

    /** The semantic and technical interoperability bands at the left, their names written upwards. */
    private void interoperabilityBands(Svg svg) {
        for (Interoperability kind : Interoperability.values()) {
            List<Category> members = categories.stream().filter(c -> c.interoperability() == kind).toList();
            if (members.isEmpty()) {
                continue;
            }
            int top = rowY.get(members.getFirst());
            int bottom = rowY.get(members.getLast()) + ROW_HEIGHT;
            double mid = (top + bottom) / 2.0;
            svg.empty("rect", "x", "0", "y", Svg.num(top), "width", Svg.num(BAND_WIDTH), "height",
                    Svg.num(bottom - top), "rx", "6", "fill", BAND.hex());
            String[] words = kind.label().split(" ", 2);
            svg.text("text", words[0], "transform", rotateAt(18, mid), "x", "18", "y", Svg.num(mid),
                    "text-anchor", "middle", "font-size", "14", "font-weight", "700", "fill", TEXT.hex());
            if (words.length > 1) {
                svg.text("text", words[1], "transform", rotateAt(36, mid), "x", "36", "y", Svg.num(mid),
                        "text-anchor", "middle", "font-size", "13", "fill", MUTED.hex());
            }
        }
    }

    private void categoryLabels(Svg svg) {
        for (Category c : categories) {
            int top = rowY.get(c);
            svg.text("text", c.label(), "x", Svg.num(LABEL_RIGHT), "y", Svg.num(top + ROW_HEIGHT / 2.0 - 3),
                    "text-anchor", "end", "font-size", "15", "font-weight", "600", "fill", TEXT.hex());
            svg.text("text", "Table " + c.table() + ", clause " + c.clause(), "x", Svg.num(LABEL_RIGHT),
                    "y", Svg.num(top + ROW_HEIGHT / 2.0 + 16), "text-anchor", "end", "font-size", "13",
                    "fill", MUTED.hex());
        }
    }

    /** A category's cells and its total. */
    private void row(ChartMarkup chart, Category c) {
        int top = rowY.get(c);
        for (int i = 0; i < groups.size(); i++) {
            cell(chart, c, i, top);
        }
        int rowTotal = counts.get(c).values().stream().mapToInt(Integer::intValue).sum();
        chart.total(StandardQuery.ALL.withCategories(List.of(c)), count(rowTotal, categoryNoun(c, rowTotal)),
                rowTotal, TOTAL_X, top, TOTAL_WIDTH, ROW_HEIGHT);
    }

    private void cell(ChartMarkup chart, Category c, int column, int top) {
        Svg svg = chart.svg();
        AssessmentGroup g = groups.get(column);
        int n = counts.get(c).get(g);
        int x = columnX(column);
        double cx = x + CELL_WIDTH / 2.0;
        double baseline = top + ROW_HEIGHT / 2.0 + 10;
        if (n == 0) {
            svg.open("g", "class", "cell empty", "aria-hidden", "true");
            svg.empty("rect", "x", Svg.num(x), "y", Svg.num(top), "width", Svg.num(CELL_WIDTH),
                    "height", Svg.num(ROW_HEIGHT), "rx", "8", "fill", CELL_BACKGROUND.hex());
            svg.text("text", "0", "class", "count", "x", Svg.num(cx), "y", Svg.num(baseline - 3),
                    "text-anchor", "middle", "font-size", "18", "fill", EMPTY_TEXT.hex());
            svg.close("g");
            return;
        }
        Shade shade = Shade.of(GROUP_COLOURS.get(g), n, max);
        StandardQuery query = StandardQuery.ALL.withCategories(List.of(c)).withGroups(List.of(g));
        String label = count(n, g.label().toLowerCase(Locale.ROOT) + " " + categoryNoun(c, n));
        chart.openLink("cell", query, label);
        svg.empty("rect", "class", "hit", "x", Svg.num(x), "y", Svg.num(top), "width",
                Svg.num(CELL_WIDTH), "height", Svg.num(ROW_HEIGHT), "rx", "8", "fill", shade.fill().hex());
        svg.text("text", Integer.toString(n), "class", "count", "x", Svg.num(cx), "y", Svg.num(baseline),
                "text-anchor", "middle", "font-size", "28", "font-weight", "700", "fill", shade.text().hex());
        svg.close("a");
    }

    /** Below a rule: each group's total, and all standards. */
    private void totalsRow(ChartMarkup chart) {
        Svg svg = chart.svg();
        svg.empty("line", "x1", Svg.num(BAND_WIDTH + 12), "x2", Svg.num(WIDTH - 4), "y1", Svg.num(rulesY),
                "y2", Svg.num(rulesY), "stroke", RULE.hex(), "stroke-width", "1", "aria-hidden", "true");
        svg.text("text", "Total", "x", Svg.num(LABEL_RIGHT), "y", Svg.num(totalsY + TOTALS_HEIGHT / 2.0 + 5),
                "text-anchor", "end", "font-size", "15", "font-weight", "600", "fill", MUTED.hex(),
                "aria-hidden", "true");
        int grandTotal = 0;
        for (int i = 0; i < groups.size(); i++) {
            AssessmentGroup g = groups.get(i);
            int columnTotal = categories.stream().mapToInt(c -> counts.get(c).get(g)).sum();
            grandTotal += columnTotal;
            chart.total(StandardQuery.ALL.withGroups(List.of(g)),
                    count(columnTotal, g.label().toLowerCase(Locale.ROOT) + " " + standards(columnTotal)),
                    columnTotal, columnX(i), totalsY, CELL_WIDTH, TOTALS_HEIGHT);
        }
        chart.total(StandardQuery.ALL, "All " + count(grandTotal, standards(grandTotal)), grandTotal, TOTAL_X,
                totalsY, TOTAL_WIDTH, TOTALS_HEIGHT);
    }

    /** Every number of the chart, in words. */
    private String description() {
        StringBuilder d = new StringBuilder("Number of standards ISO 21860:2020 lists in each category, by assessment group. ");
        for (Category c : Category.values()) {
            Map<AssessmentGroup, Integer> row = counts.get(c);
            List<String> parts = new ArrayList<>();
            row.forEach((g, n) -> parts.add(n + " " + g.label().toLowerCase(Locale.ROOT)));
            d.append(c.label()).append(" (").append(c.interoperability().label().toLowerCase(Locale.ROOT))
                    .append("): ").append(String.join(", ", parts)).append(". ");
        }
        d.append("In all ").append(catalog.standards().size()).append(" standards.");
        return d.toString();
    }

    /** "content standards", or "content standard" for one. */
    private static String categoryNoun(Category c, int n) {
        String noun = c.label().toLowerCase(Locale.ROOT);
        return n == 1 && noun.endsWith("standards") ? noun.substring(0, noun.length() - 1) : noun;
    }
}
