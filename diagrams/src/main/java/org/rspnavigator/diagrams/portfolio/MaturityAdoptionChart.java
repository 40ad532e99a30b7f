package org.rspnavigator.diagrams.portfolio;

import static org.rspnavigator.diagrams.portfolio.ChartMarkup.count;
import static org.rspnavigator.diagrams.portfolio.ChartMarkup.rotateAt;
import static org.rspnavigator.diagrams.portfolio.ChartMarkup.standards;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.BUBBLE;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.CELL_BACKGROUND;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.EMPTY_TEXT;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.MUTED;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.RULE;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.SOURCE_NOTE;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.TEXT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rspnavigator.diagrams.Colour;
import org.rspnavigator.diagrams.Svg;
import org.rspnavigator.model.AdoptionLevel;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Maturity;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.StandardQuery;

/** The bubble grid, maturity × product adoption, as {@link PortfolioCharts#maturityAdoption} describes it. */
final class MaturityAdoptionChart {

    /** The maturity rows, top to bottom: standards in force first, retired ones last. */
    static final List<Maturity> MATURITY_ORDER = List.of(Maturity.FINAL, Maturity.TRIAL, Maturity.PUBLISHED_DRAFT,
            Maturity.RETIRED);

    private static final String TITLE = "Standards by maturity and product adoption";
    private static final String REGIONAL_NOTE = "Ratings that differ by region are counted at their highest regional level.";
    private static final int WIDTH = 760;
    /** The rotated axis title "Standard maturity" occupies the left edge up to here. */
    private static final int AXIS_TITLE = 40;
    private static final int CELL_GAP = 5;
    private static final int TOTAL_WIDTH = 64;
    private static final int HEADER = 62;
    private static final int ROW_HEIGHT = 72;
    private static final int ROW_GAP = 5;
    private static final int TOTALS_HEIGHT = 40;
    static final double MAX_RADIUS = 31;
    /** Below this radius the count is written beside its circle rather than inside. */
    private static final double LABEL_INSIDE = 14;
    private static final int COUNT_SIZE = 17;

    private final Catalog catalog;
    private final List<AdoptionLevel> levels = List.of(AdoptionLevel.values());
    /** The maturities that occur, in {@link #MATURITY_ORDER}. */
    private final List<Maturity> rows;
    private final Map<Maturity, Map<AdoptionLevel, Integer>> counts = new EnumMap<>(Maturity.class);
    /** The largest count, at least 1: it gets the largest circle. */
    private final int max;
    /** Whether a rating differs by region, which a note then explains. */
    private final boolean regional;

    // The row labels take what the longest needs; the columns share the rest.
    private final int labelRight;
    private final int cellX;
    private final int cellWidth;
    private final int totalX;
    private final double maxRadius;
    private final int gridTop;
    private final int gridBottom;
    private final int rulesY;
    private final int totalsY;
    private final int noteY;
    private final int height;

    MaturityAdoptionChart(Catalog catalog) {
        this.catalog = catalog;
        rows = MATURITY_ORDER.stream()
                .filter(m -> catalog.standards().stream().anyMatch(s -> s.maturity() == m)).toList();
        for (Maturity m : rows) {
            Map<AdoptionLevel, Integer> row = new EnumMap<>(AdoptionLevel.class);
            levels.forEach(l -> row.put(l, 0));
            counts.put(m, row);
        }
        for (Standard s : catalog.standards()) {
            counts.get(s.maturity()).merge(productAdoption(s), 1, Integer::sum);
        }
        max = Math.max(1, counts.values().stream().flatMap(r -> r.values().stream())
                .mapToInt(Integer::intValue).max().orElse(1));
        regional = catalog.standards().stream().anyMatch(s -> s.productAdoption().isRegional());

        labelRight = AXIS_TITLE + rows.stream().mapToInt(m -> textWidth(m.label(), 15)).max().orElse(0);
        cellX = labelRight + 14;
        cellWidth = (WIDTH - 4 - TOTAL_WIDTH - cellX) / levels.size() - CELL_GAP;
        totalX = cellX + levels.size() * (cellWidth + CELL_GAP);
        maxRadius = Math.min(MAX_RADIUS, Math.min(cellWidth, ROW_HEIGHT) / 2.0 - 5);
        gridTop = HEADER;
        gridBottom = gridTop + rows.size() * (ROW_HEIGHT + ROW_GAP) - ROW_GAP;
        rulesY = gridBottom + 8;
        totalsY = rulesY + 8;
        noteY = totalsY + TOTALS_HEIGHT + 30;
        height = noteY + (regional ? 30 : 10);
    }

    String draw(CatalogLinks links) {
        ChartMarkup chart = new ChartMarkup("rsp-maturity-adoption", TITLE, description(), WIDTH, height, links);
        Svg svg = chart.svg();
        svg.open("g", "aria-hidden", "true");
        adoptionAxis(svg);
        maturityAxis(svg);
        svg.close("g");
        for (int r = 0; r < rows.size(); r++) {
            row(chart, r);
        }
        totalsRow(chart);
        chart.note(noteY, "Circle area shows the number of standards; select a cell to list them. " + SOURCE_NOTE);
        if (regional) {
            chart.note(noteY + 19, REGIONAL_NOTE);
        }
        return chart.finish();
    }

    /** The product-adoption level a standard is counted at: its level, or the highest regional one. */
    static AdoptionLevel productAdoption(Standard s) {
        return StandardQuery.ALL.levelOf(s.productAdoption()).orElseThrow();
    }

    /**
     * A generous estimate of the width of {@code text} in bold type of {@code size} units: wide
     * fonts such as DejaVu Sans run to about 0.62 em a character, system UI fonts narrower.
     */
    static int textWidth(String text, int size) {
        return (int) Math.ceil(text.length() * 0.62 * size);
    }

    private int columnX(int i) {
        return cellX + i * (cellWidth + CELL_GAP);
    }

    private int rowTop(int r) {
        return gridTop + r * (ROW_HEIGHT + ROW_GAP);
    }

    /** "Product adoption" over an arrow pointing to more, and the level of each column. */
    private void adoptionAxis(Svg svg) {
        int gridRight = totalX - CELL_GAP;
        svg.text("text", "Product adoption", "x", Svg.num((cellX + gridRight) / 2.0), "y", "18", "text-anchor",
                "middle", "font-size", "15", "font-weight", "700", "fill", TEXT.hex());
        double arrowY = 27;
        double tip = gridRight - 6;
        svg.empty("line", "x1", Svg.num(cellX + 6), "x2", Svg.num(tip - 6), "y1", Svg.num(arrowY), "y2",
                Svg.num(arrowY), "stroke", RULE.hex(), "stroke-width", "1.5");
        svg.empty("path", "d", "M" + Svg.num(tip - 8) + " " + Svg.num(arrowY - 4) + " L" + Svg.num(tip) + " "
                + Svg.num(arrowY) + " L" + Svg.num(tip - 8) + " " + Svg.num(arrowY + 4) + " Z", "fill", RULE.hex());
        for (int i = 0; i < levels.size(); i++) {
            double cx = columnX(i) + cellWidth / 2.0;
            svg.text("text", levels.get(i).label(), "x", Svg.num(cx), "y", "51", "text-anchor", "middle",
                    "font-size", "14", "font-weight", "600", "fill", TEXT.hex());
        }
        svg.text("text", "Total", "x", Svg.num(totalX + TOTAL_WIDTH / 2.0), "y", "51", "text-anchor",
                "middle", "font-size", "14", "font-weight", "700", "fill", MUTED.hex());
    }

    /** "Standard maturity" written upwards, and the maturity of each row. */
    private void maturityAxis(Svg svg) {
        double gridMidY = (gridTop + gridBottom) / 2.0;
        svg.text("text", "Standard maturity", "transform", rotateAt(16, gridMidY), "x", "16", "y",
                Svg.num(gridMidY), "text-anchor", "middle", "font-size", "15", "font-weight", "700", "fill",
                TEXT.hex());
        for (int r = 0; r < rows.size(); r++) {
            double cy = rowTop(r) + ROW_HEIGHT / 2.0;
            svg.text("text", rows.get(r).label(), "x", Svg.num(labelRight), "y", Svg.num(cy + 5),
                    "text-anchor", "end", "font-size", "15", "font-weight", "600", "fill", TEXT.hex());
        }
    }

    /** A maturity's cells and its total. */
    private void row(ChartMarkup chart, int r) {
        Maturity m = rows.get(r);
        int top = rowTop(r);
        for (int i = 0; i < levels.size(); i++) {
            cell(chart, m, i, top);
        }
        int rowTotal = counts.get(m).values().stream().mapToInt(Integer::intValue).sum();
        chart.total(StandardQuery.ALL.withMaturities(List.of(m)),
                count(rowTotal, m.label().toLowerCase(Locale.ROOT) + " " + standards(rowTotal)),
                rowTotal, totalX, top, TOTAL_WIDTH, ROW_HEIGHT);
    }

    private void cell(ChartMarkup chart, Maturity m, int column, int top) {
        Svg svg = chart.svg();
        AdoptionLevel level = levels.get(column);
        int n = counts.get(m).get(level);
        int x = columnX(column);
        double cx = x + cellWidth / 2.0;
        double cy = top + ROW_HEIGHT / 2.0;
        if (n == 0) {
            svg.open("g", "class", "cell empty", "aria-hidden", "true");
            svg.empty("rect", "x", Svg.num(x), "y", Svg.num(top), "width", Svg.num(cellWidth),
                    "height", Svg.num(ROW_HEIGHT), "rx", "6", "fill", CELL_BACKGROUND.hex());
            svg.text("text", "0", "class", "count", "x", Svg.num(cx), "y", Svg.num(cy + 5),
                    "text-anchor", "middle", "font-size", "14", "fill", EMPTY_TEXT.hex());
            svg.close("g");
            return;
        }
        StandardQuery query = StandardQuery.ALL.withMaturities(List.of(m))
                .withProductAdoptionLevels(List.of(level));
        String label = count(n, m.label().toLowerCase(Locale.ROOT) + " " + standards(n))
                + " with " + level.label().toLowerCase(Locale.ROOT) + " product adoption";
        chart.openLink("cell", query, label);
        svg.empty("rect", "class", "hit", "x", Svg.num(x), "y", Svg.num(top), "width",
                Svg.num(cellWidth), "height", Svg.num(ROW_HEIGHT), "rx", "6", "fill",
                CELL_BACKGROUND.hex());
        bubble(svg, n, cx, cy);
        svg.close("a");
    }

    /** A circle whose area shows {@code n}, with the number inside or, for a small circle, beside it. */
    private void bubble(Svg svg, int n, double cx, double cy) {
        double radius = maxRadius * Math.sqrt((double) n / max);
        String number = Integer.toString(n);
        if (radius >= LABEL_INSIDE) {
            svg.empty("circle", "cx", Svg.num(cx), "cy", Svg.num(cy), "r", Svg.num(radius), "fill",
                    BUBBLE.hex());
            svg.text("text", number, "class", "count", "x", Svg.num(cx), "y", Svg.num(cy + 6),
                    "text-anchor", "middle", "font-size", Integer.toString(COUNT_SIZE), "font-weight",
                    "700", "fill", Shade.textOn(Colour.WHITE, TEXT, BUBBLE).hex());
        } else {
            // Circle and number side by side, the pair centred in the cell.
            double pair = 2 * radius + 5 + textWidth(number, COUNT_SIZE);
            double left = cx - pair / 2;
            svg.empty("circle", "cx", Svg.num(left + radius), "cy", Svg.num(cy), "r", Svg.num(radius),
                    "fill", BUBBLE.hex());
            svg.text("text", number, "class", "count", "x", Svg.num(left + 2 * radius + 5),
                    "y", Svg.num(cy + 6), "font-size", Integer.toString(COUNT_SIZE), "font-weight", "700",
                    "fill", TEXT.hex());
        }
    }

    /** Below a rule: each level's total, and all standards. */
    private void totalsRow(ChartMarkup chart) {
        Svg svg = chart.svg();
        svg.empty("line", "x1", Svg.num(AXIS_TITLE), "x2", Svg.num(WIDTH - 4), "y1", Svg.num(rulesY),
                "y2", Svg.num(rulesY), "stroke", RULE.hex(), "stroke-width", "1", "aria-hidden", "true");
        svg.text("text", "Total", "x", Svg.num(labelRight), "y", Svg.num(totalsY + TOTALS_HEIGHT / 2.0 + 5),
                "text-anchor", "end", "font-size", "15", "font-weight", "600", "fill", MUTED.hex(),
                "aria-hidden", "true");
        int grandTotal = 0;
        for (int i = 0; i < levels.size(); i++) {
            AdoptionLevel level = levels.get(i);
            int columnTotal = rows.stream().mapToInt(m -> counts.get(m).get(level)).sum();
            grandTotal += columnTotal;
            chart.total(StandardQuery.ALL.withProductAdoptionLevels(List.of(level)),
                    count(columnTotal, standards(columnTotal)) + " with "
                            + level.label().toLowerCase(Locale.ROOT) + " product adoption",
                    columnTotal, columnX(i), totalsY, cellWidth, TOTALS_HEIGHT);
        }
        chart.total(StandardQuery.ALL, "All " + count(grandTotal, standards(grandTotal)), grandTotal, totalX,
                totalsY, TOTAL_WIDTH, TOTALS_HEIGHT);
    }

    /** Every number of the chart, in words. */
    private String description() {
        StringBuilder d = new StringBuilder(
                "Number of standards of each maturity at each level of product adoption, from none to universal. ");
        for (Maturity m : rows) {
            List<String> parts = new ArrayList<>();
            int total = 0;
            for (Map.Entry<AdoptionLevel, Integer> e : counts.get(m).entrySet()) {
                if (e.getValue() > 0) {
                    parts.add(e.getValue() + " " + e.getKey().label().toLowerCase(Locale.ROOT));
                    total += e.getValue();
                }
            }
            d.append(m.label()).append(", ").append(count(total, standards(total)))
                    .append(": ").append(String.join(", ", parts)).append(". ");
        }
        d.append("In all ").append(catalog.standards().size()).append(" standards.");
        if (regional) {
            d.append(" ").append(REGIONAL_NOTE);
        }
        return d.toString();
    }
}
