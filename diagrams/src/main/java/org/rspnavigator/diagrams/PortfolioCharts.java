package org.rspnavigator.diagrams;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rspnavigator.model.AdoptionLevel;
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Interoperability;
import org.rspnavigator.model.Maturity;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.StandardQuery;

/**
 * Pictures of the portfolio as SVG markup, for placing inline in a page (so that their links
 * work). Each picture scales to the width of its container ({@code viewBox}, width 100%), takes
 * its font from the page, names itself with {@code <title>} and {@code <desc>} (the description
 * spells out every number), and makes each non-empty cell a link to the catalog filtered to
 * exactly the standards it counts, labelled for screen readers ("18 preferred content standards")
 * and shown with a focus ring when reached by keyboard.
 *
 * <p>The root carries {@code role="group"} rather than {@code role="img"}: ARIA makes the
 * children of an image presentational, which would hide the links from assistive technology.
 */
public final class PortfolioCharts {

    /** The catalog view the cells link to; the query string is {@link StandardQuery#toQueryString()}. */
    static final String CATALOG_PATH = "/catalog";

    static final String SOURCE_NOTE = "Source: " + Catalog.SOURCE_DOCUMENT + ", Tables 1–5.";

    static final Map<AssessmentGroup, Colour> GROUP_COLOURS = new EnumMap<>(Map.of(
            AssessmentGroup.PREFERRED, Colour.hex("#1b6e3a"),
            AssessmentGroup.LEGACY, Colour.hex("#7a4b00"),
            AssessmentGroup.EMERGING, Colour.hex("#1c4f8f")));

    /** The bubbles of the maturity chart: a hue of its own, not one of the group colours. */
    static final Colour BUBBLE = Colour.hex("#4a3d8f");

    static final Colour TEXT = Colour.hex("#1f2328");
    static final Colour MUTED = Colour.hex("#57606a");
    static final Colour CELL_BACKGROUND = Colour.hex("#f3f4f6");
    static final Colour EMPTY_TEXT = Colour.hex("#59636e");
    static final Colour RULE = Colour.hex("#d0d7de");
    static final Colour BAND = Colour.hex("#eef1f4");

    /** The maturity rows, top to bottom: standards in force first, retired ones last. */
    static final List<Maturity> MATURITY_ORDER = List.of(Maturity.FINAL, Maturity.TRIAL, Maturity.PUBLISHED_DRAFT,
            Maturity.RETIRED);

    /** Scoped to the chart, since an inline SVG's style sheet applies to the whole page. */
    private static final String STYLE = """
            <style>
            svg.rsp-chart a { cursor: pointer; }
            svg.rsp-chart a:focus { outline: none; }
            svg.rsp-chart a:hover rect.hit { stroke: #1f2328; stroke-width: 1.5; }
            svg.rsp-chart a.total:hover rect.hit { fill-opacity: 1; }
            svg.rsp-chart a:focus rect.hit, svg.rsp-chart a:focus-visible rect.hit { stroke: #000; stroke-width: 3; }
            svg.rsp-chart text { font-variant-numeric: tabular-nums; }
            </style>
            """;

    private PortfolioCharts() {
    }

    // ---------------------------------------------------------------------------------------
    // Landscape: category × assessment group

    private static final int L_WIDTH = 800;
    private static final int L_BAND_WIDTH = 46;
    /** Room for "Information exchange standards" in a wide font (DejaVu Sans Bold, 15 units). */
    private static final int L_LABEL_RIGHT = 342;
    private static final int L_CELL_X = 356;
    private static final int L_CELL_WIDTH = 112;
    private static final int L_CELL_GAP = 8;
    private static final int L_TOTAL_X = L_CELL_X + 3 * (L_CELL_WIDTH + L_CELL_GAP);
    private static final int L_TOTAL_WIDTH = L_WIDTH - L_TOTAL_X - 4;
    private static final int L_HEADER = 52;
    private static final int L_ROW_HEIGHT = 60;
    private static final int L_ROW_GAP = 8;
    private static final int L_BAND_GAP = 18;

    /**
     * The portfolio at a glance: one row per category (grouped into semantic and technical
     * interoperability), one column per assessment group, each cell the number of standards
     * ISO 21860 lists there, shaded in its group's colour by count, with row and column totals.
     */
    public static String landscape(Catalog catalog) {
        List<Category> categories = List.of(Category.values());
        List<AssessmentGroup> groups = List.of(AssessmentGroup.values());
        Map<Category, Map<AssessmentGroup, Integer>> counts = new EnumMap<>(Category.class);
        int max = 1;
        for (Category c : categories) {
            Map<AssessmentGroup, Integer> row = new EnumMap<>(AssessmentGroup.class);
            for (AssessmentGroup g : groups) {
                int n = catalog.standards(c, g).size();
                row.put(g, n);
                max = Math.max(max, n);
            }
            counts.put(c, row);
        }

        // Row positions, with a gap where the interoperability changes.
        Map<Category, Integer> rowY = new EnumMap<>(Category.class);
        int y = L_HEADER;
        Interoperability previous = null;
        for (Category c : categories) {
            if (previous != null && c.interoperability() != previous) {
                y += L_BAND_GAP - L_ROW_GAP;
            }
            rowY.put(c, y);
            previous = c.interoperability();
            y += L_ROW_HEIGHT + L_ROW_GAP;
        }
        int rulesY = y + 2;
        int totalsY = rulesY + 10;
        int totalsHeight = 40;
        int noteY = totalsY + totalsHeight + 30;
        int height = noteY + 10;

        String title = "Standards by category and assessment group";
        Svg svg = start("rsp-landscape", title, landscapeDescription(catalog, counts), L_WIDTH, height);

        // Column headings, each underlined in its group's colour.
        svg.open("g", "aria-hidden", "true");
        for (int i = 0; i < groups.size(); i++) {
            AssessmentGroup g = groups.get(i);
            double cx = L_CELL_X + i * (L_CELL_WIDTH + L_CELL_GAP) + L_CELL_WIDTH / 2.0;
            svg.text("text", g.label(), "x", Svg.num(cx), "y", "28", "text-anchor", "middle", "font-size", "15",
                    "font-weight", "700", "fill", GROUP_COLOURS.get(g).hex());
            svg.empty("rect", "x", Svg.num(L_CELL_X + i * (L_CELL_WIDTH + L_CELL_GAP)), "y", "37",
                    "width", Svg.num(L_CELL_WIDTH), "height", "4", "rx", "2", "fill", GROUP_COLOURS.get(g).hex());
        }
        svg.text("text", "Total", "x", Svg.num(L_TOTAL_X + L_TOTAL_WIDTH / 2.0), "y", "28", "text-anchor", "middle",
                "font-size", "15", "font-weight", "700", "fill", MUTED.hex());

        // Interoperability bands at the left, and the category labels.
        for (Interoperability kind : Interoperability.values()) {
            List<Category> members = categories.stream().filter(c -> c.interoperability() == kind).toList();
            if (members.isEmpty()) {
                continue;
            }
            int top = rowY.get(members.getFirst());
            int bottom = rowY.get(members.getLast()) + L_ROW_HEIGHT;
            double mid = (top + bottom) / 2.0;
            svg.empty("rect", "x", "0", "y", Svg.num(top), "width", Svg.num(L_BAND_WIDTH), "height",
                    Svg.num(bottom - top), "rx", "6", "fill", BAND.hex());
            String[] words = kind.label().split(" ", 2);
            svg.text("text", words[0], "transform", rotateAt(18, mid), "x", "18", "y", Svg.num(mid),
                    "text-anchor", "middle", "font-size", "14", "font-weight", "700", "fill", TEXT.hex());
            if (words.length > 1) {
                svg.text("text", words[1], "transform", rotateAt(36, mid), "x", "36", "y", Svg.num(mid),
                        "text-anchor", "middle", "font-size", "13", "fill", MUTED.hex());
            }
        }
        for (Category c : categories) {
            int top = rowY.get(c);
            svg.text("text", c.label(), "x", Svg.num(L_LABEL_RIGHT), "y", Svg.num(top + L_ROW_HEIGHT / 2.0 - 3),
                    "text-anchor", "end", "font-size", "15", "font-weight", "600", "fill", TEXT.hex());
            svg.text("text", "Table " + c.table() + ", clause " + c.clause(), "x", Svg.num(L_LABEL_RIGHT),
                    "y", Svg.num(top + L_ROW_HEIGHT / 2.0 + 16), "text-anchor", "end", "font-size", "13",
                    "fill", MUTED.hex());
        }
        svg.close("g");

        // The cells.
        for (Category c : categories) {
            int top = rowY.get(c);
            for (int i = 0; i < groups.size(); i++) {
                AssessmentGroup g = groups.get(i);
                int n = counts.get(c).get(g);
                int x = L_CELL_X + i * (L_CELL_WIDTH + L_CELL_GAP);
                double cx = x + L_CELL_WIDTH / 2.0;
                double baseline = top + L_ROW_HEIGHT / 2.0 + 10;
                if (n == 0) {
                    svg.open("g", "class", "cell empty", "aria-hidden", "true");
                    svg.empty("rect", "x", Svg.num(x), "y", Svg.num(top), "width", Svg.num(L_CELL_WIDTH),
                            "height", Svg.num(L_ROW_HEIGHT), "rx", "8", "fill", CELL_BACKGROUND.hex());
                    svg.text("text", "0", "class", "count", "x", Svg.num(cx), "y", Svg.num(baseline - 3),
                            "text-anchor", "middle", "font-size", "18", "fill", EMPTY_TEXT.hex());
                    svg.close("g");
                    continue;
                }
                Shade shade = shade(GROUP_COLOURS.get(g), n, max);
                StandardQuery query = StandardQuery.ALL.withCategories(List.of(c)).withGroups(List.of(g));
                String label = count(n, g.label().toLowerCase(Locale.ROOT) + " " + categoryNoun(c, n));
                openLink(svg, "cell", query, label);
                svg.empty("rect", "class", "hit", "x", Svg.num(x), "y", Svg.num(top), "width",
                        Svg.num(L_CELL_WIDTH), "height", Svg.num(L_ROW_HEIGHT), "rx", "8", "fill", shade.fill().hex());
                svg.text("text", Integer.toString(n), "class", "count", "x", Svg.num(cx), "y", Svg.num(baseline),
                        "text-anchor", "middle", "font-size", "28", "font-weight", "700", "fill", shade.text().hex());
                svg.close("a");
            }
            int rowTotal = counts.get(c).values().stream().mapToInt(Integer::intValue).sum();
            totalLink(svg, StandardQuery.ALL.withCategories(List.of(c)), count(rowTotal, categoryNoun(c, rowTotal)),
                    rowTotal, L_TOTAL_X, top, L_TOTAL_WIDTH, L_ROW_HEIGHT);
        }

        // Totals row.
        svg.empty("line", "x1", Svg.num(L_BAND_WIDTH + 12), "x2", Svg.num(L_WIDTH - 4), "y1", Svg.num(rulesY),
                "y2", Svg.num(rulesY), "stroke", RULE.hex(), "stroke-width", "1", "aria-hidden", "true");
        svg.text("text", "Total", "x", Svg.num(L_LABEL_RIGHT), "y", Svg.num(totalsY + totalsHeight / 2.0 + 5),
                "text-anchor", "end", "font-size", "15", "font-weight", "600", "fill", MUTED.hex(),
                "aria-hidden", "true");
        int grandTotal = 0;
        for (int i = 0; i < groups.size(); i++) {
            AssessmentGroup g = groups.get(i);
            int columnTotal = categories.stream().mapToInt(c -> counts.get(c).get(g)).sum();
            grandTotal += columnTotal;
            totalLink(svg, StandardQuery.ALL.withGroups(List.of(g)),
                    count(columnTotal, g.label().toLowerCase(Locale.ROOT) + " " + (columnTotal == 1 ? "standard" : "standards")),
                    columnTotal, L_CELL_X + i * (L_CELL_WIDTH + L_CELL_GAP), totalsY, L_CELL_WIDTH, totalsHeight);
        }
        totalLink(svg, StandardQuery.ALL, "All " + count(grandTotal, grandTotal == 1 ? "standard" : "standards"),
                grandTotal, L_TOTAL_X, totalsY, L_TOTAL_WIDTH, totalsHeight);

        note(svg, noteY, "Select a number to list those standards. " + SOURCE_NOTE);
        return svg.close("svg").toString();
    }

    private static String landscapeDescription(Catalog catalog, Map<Category, Map<AssessmentGroup, Integer>> counts) {
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

    // ---------------------------------------------------------------------------------------
    // Maturity × product adoption

    private static final int M_WIDTH = 760;
    /** The rotated axis title "Standard maturity" occupies the left edge up to here. */
    private static final int M_AXIS_TITLE = 40;
    private static final int M_CELL_GAP = 5;
    private static final int M_TOTAL_WIDTH = 64;
    private static final int M_HEADER = 62;
    private static final int M_ROW_HEIGHT = 72;
    private static final int M_ROW_GAP = 5;
    static final double M_MAX_RADIUS = 31;
    /** Below this radius the count is written beside its circle rather than inside. */
    private static final double M_LABEL_INSIDE = 14;
    private static final int M_COUNT_SIZE = 17;

    /**
     * Standard maturity against product adoption, as a bubble grid: one row per maturity that
     * occurs, one column per adoption level from none to universal, each circle's area
     * proportional to the number of standards with that maturity and exactly that level (a
     * rating that differs by region counts at its highest level, as
     * {@link StandardQuery#levelOf} reads it without a region).
     */
    public static String maturityAdoption(Catalog catalog) {
        List<AdoptionLevel> levels = List.of(AdoptionLevel.values());
        List<Maturity> rows = MATURITY_ORDER.stream()
                .filter(m -> catalog.standards().stream().anyMatch(s -> s.maturity() == m)).toList();
        Map<Maturity, Map<AdoptionLevel, Integer>> counts = new EnumMap<>(Maturity.class);
        for (Maturity m : rows) {
            Map<AdoptionLevel, Integer> row = new EnumMap<>(AdoptionLevel.class);
            levels.forEach(l -> row.put(l, 0));
            counts.put(m, row);
        }
        for (Standard s : catalog.standards()) {
            counts.get(s.maturity()).merge(productAdoption(s), 1, Integer::sum);
        }
        int max = Math.max(1, counts.values().stream().flatMap(r -> r.values().stream())
                .mapToInt(Integer::intValue).max().orElse(1));
        boolean regional = catalog.standards().stream().anyMatch(s -> s.productAdoption().isRegional());

        // The row labels take what the longest needs; the columns share the rest.
        int labelRight = M_AXIS_TITLE + rows.stream().mapToInt(m -> textWidth(m.label(), 15)).max().orElse(0);
        int cellX = labelRight + 14;
        int cellWidth = (M_WIDTH - 4 - M_TOTAL_WIDTH - cellX) / levels.size() - M_CELL_GAP;
        int totalX = cellX + levels.size() * (cellWidth + M_CELL_GAP);
        double maxRadius = Math.min(M_MAX_RADIUS, Math.min(cellWidth, M_ROW_HEIGHT) / 2.0 - 5);
        int gridTop = M_HEADER;
        int gridBottom = gridTop + rows.size() * (M_ROW_HEIGHT + M_ROW_GAP) - M_ROW_GAP;
        int rulesY = gridBottom + 8;
        int totalsY = rulesY + 8;
        int totalsHeight = 40;
        int noteY = totalsY + totalsHeight + 30;
        int height = noteY + (regional ? 30 : 10);

        String title = "Standards by maturity and product adoption";
        Svg svg = start("rsp-maturity-adoption", title, maturityDescription(catalog, rows, counts, regional),
                M_WIDTH, height);

        // Axis titles and headings.
        svg.open("g", "aria-hidden", "true");
        int gridRight = totalX - M_CELL_GAP;
        svg.text("text", "Product adoption", "x", Svg.num((cellX + gridRight) / 2.0), "y", "18", "text-anchor",
                "middle", "font-size", "15", "font-weight", "700", "fill", TEXT.hex());
        double arrowY = 27;
        double tip = gridRight - 6;
        svg.empty("line", "x1", Svg.num(cellX + 6), "x2", Svg.num(tip - 6), "y1", Svg.num(arrowY), "y2",
                Svg.num(arrowY), "stroke", RULE.hex(), "stroke-width", "1.5");
        svg.empty("path", "d", "M" + Svg.num(tip - 8) + " " + Svg.num(arrowY - 4) + " L" + Svg.num(tip) + " "
                + Svg.num(arrowY) + " L" + Svg.num(tip - 8) + " " + Svg.num(arrowY + 4) + " Z", "fill", RULE.hex());
        for (int i = 0; i < levels.size(); i++) {
            double cx = cellX + i * (cellWidth + M_CELL_GAP) + cellWidth / 2.0;
            svg.text("text", levels.get(i).label(), "x", Svg.num(cx), "y", "51", "text-anchor", "middle",
                    "font-size", "14", "font-weight", "600", "fill", TEXT.hex());
        }
        svg.text("text", "Total", "x", Svg.num(totalX + M_TOTAL_WIDTH / 2.0), "y", "51", "text-anchor",
                "middle", "font-size", "14", "font-weight", "700", "fill", MUTED.hex());
        double gridMidY = (gridTop + gridBottom) / 2.0;
        svg.text("text", "Standard maturity", "transform", rotateAt(16, gridMidY), "x", "16", "y",
                Svg.num(gridMidY), "text-anchor", "middle", "font-size", "15", "font-weight", "700", "fill",
                TEXT.hex());
        for (int r = 0; r < rows.size(); r++) {
            double cy = gridTop + r * (M_ROW_HEIGHT + M_ROW_GAP) + M_ROW_HEIGHT / 2.0;
            svg.text("text", rows.get(r).label(), "x", Svg.num(labelRight), "y", Svg.num(cy + 5),
                    "text-anchor", "end", "font-size", "15", "font-weight", "600", "fill", TEXT.hex());
        }
        svg.close("g");

        // The cells.
        for (int r = 0; r < rows.size(); r++) {
            Maturity m = rows.get(r);
            int top = gridTop + r * (M_ROW_HEIGHT + M_ROW_GAP);
            double cy = top + M_ROW_HEIGHT / 2.0;
            for (int i = 0; i < levels.size(); i++) {
                AdoptionLevel level = levels.get(i);
                int n = counts.get(m).get(level);
                int x = cellX + i * (cellWidth + M_CELL_GAP);
                double cx = x + cellWidth / 2.0;
                if (n == 0) {
                    svg.open("g", "class", "cell empty", "aria-hidden", "true");
                    svg.empty("rect", "x", Svg.num(x), "y", Svg.num(top), "width", Svg.num(cellWidth),
                            "height", Svg.num(M_ROW_HEIGHT), "rx", "6", "fill", CELL_BACKGROUND.hex());
                    svg.text("text", "0", "class", "count", "x", Svg.num(cx), "y", Svg.num(cy + 5),
                            "text-anchor", "middle", "font-size", "14", "fill", EMPTY_TEXT.hex());
                    svg.close("g");
                    continue;
                }
                StandardQuery query = StandardQuery.ALL.withMaturities(List.of(m))
                        .withProductAdoptionLevels(List.of(level));
                String label = count(n, m.label().toLowerCase(Locale.ROOT) + " " + (n == 1 ? "standard" : "standards"))
                        + " with " + level.label().toLowerCase(Locale.ROOT) + " product adoption";
                openLink(svg, "cell", query, label);
                svg.empty("rect", "class", "hit", "x", Svg.num(x), "y", Svg.num(top), "width",
                        Svg.num(cellWidth), "height", Svg.num(M_ROW_HEIGHT), "rx", "6", "fill",
                        CELL_BACKGROUND.hex());
                double radius = maxRadius * Math.sqrt((double) n / max);
                String number = Integer.toString(n);
                if (radius >= M_LABEL_INSIDE) {
                    svg.empty("circle", "cx", Svg.num(cx), "cy", Svg.num(cy), "r", Svg.num(radius), "fill",
                            BUBBLE.hex());
                    svg.text("text", number, "class", "count", "x", Svg.num(cx), "y", Svg.num(cy + 6),
                            "text-anchor", "middle", "font-size", Integer.toString(M_COUNT_SIZE), "font-weight",
                            "700", "fill", textOn(Colour.WHITE, TEXT, BUBBLE).hex());
                } else {
                    // Circle and number side by side, the pair centred in the cell.
                    double pair = 2 * radius + 5 + textWidth(number, M_COUNT_SIZE);
                    double left = cx - pair / 2;
                    svg.empty("circle", "cx", Svg.num(left + radius), "cy", Svg.num(cy), "r", Svg.num(radius),
                            "fill", BUBBLE.hex());
                    svg.text("text", number, "class", "count", "x", Svg.num(left + 2 * radius + 5),
                            "y", Svg.num(cy + 6), "font-size", Integer.toString(M_COUNT_SIZE), "font-weight", "700",
                            "fill", TEXT.hex());
                }
                svg.close("a");
            }
            int rowTotal = counts.get(m).values().stream().mapToInt(Integer::intValue).sum();
            totalLink(svg, StandardQuery.ALL.withMaturities(List.of(m)),
                    count(rowTotal, m.label().toLowerCase(Locale.ROOT) + " " + (rowTotal == 1 ? "standard" : "standards")),
                    rowTotal, totalX, top, M_TOTAL_WIDTH, M_ROW_HEIGHT);
        }

        // Totals row.
        svg.empty("line", "x1", Svg.num(M_AXIS_TITLE), "x2", Svg.num(M_WIDTH - 4), "y1", Svg.num(rulesY),
                "y2", Svg.num(rulesY), "stroke", RULE.hex(), "stroke-width", "1", "aria-hidden", "true");
        svg.text("text", "Total", "x", Svg.num(labelRight), "y", Svg.num(totalsY + totalsHeight / 2.0 + 5),
                "text-anchor", "end", "font-size", "15", "font-weight", "600", "fill", MUTED.hex(),
                "aria-hidden", "true");
        int grandTotal = 0;
        for (int i = 0; i < levels.size(); i++) {
            AdoptionLevel level = levels.get(i);
            int columnTotal = rows.stream().mapToInt(m -> counts.get(m).get(level)).sum();
            grandTotal += columnTotal;
            totalLink(svg, StandardQuery.ALL.withProductAdoptionLevels(List.of(level)),
                    count(columnTotal, columnTotal == 1 ? "standard" : "standards") + " with "
                            + level.label().toLowerCase(Locale.ROOT) + " product adoption",
                    columnTotal, cellX + i * (cellWidth + M_CELL_GAP), totalsY, cellWidth, totalsHeight);
        }
        totalLink(svg, StandardQuery.ALL, "All " + count(grandTotal, grandTotal == 1 ? "standard" : "standards"),
                grandTotal, totalX, totalsY, M_TOTAL_WIDTH, totalsHeight);

        note(svg, noteY, "Circle area shows the number of standards; select a cell to list them. " + SOURCE_NOTE);
        if (regional) {
            note(svg, noteY + 19, "Ratings that differ by region are counted at their highest regional level.");
        }
        return svg.close("svg").toString();
    }

    /**
     * A generous estimate of the width of {@code text} in bold type of {@code size} units: wide
     * fonts such as DejaVu Sans run to about 0.62 em a character, system UI fonts narrower.
     */
    static int textWidth(String text, int size) {
        return (int) Math.ceil(text.length() * 0.62 * size);
    }

    /** The product-adoption level a standard is counted at: its level, or the highest regional one. */
    static AdoptionLevel productAdoption(Standard s) {
        return StandardQuery.ALL.levelOf(s.productAdoption()).orElseThrow();
    }

    private static String maturityDescription(Catalog catalog, List<Maturity> rows,
            Map<Maturity, Map<AdoptionLevel, Integer>> counts, boolean regional) {
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
            d.append(m.label()).append(", ").append(count(total, total == 1 ? "standard" : "standards"))
                    .append(": ").append(String.join(", ", parts)).append(". ");
        }
        d.append("In all ").append(catalog.standards().size()).append(" standards.");
        if (regional) {
            d.append(" Ratings that differ by region are counted at their highest regional level.");
        }
        return d.toString();
    }

    // ---------------------------------------------------------------------------------------
    // Shared pieces

    private static Svg start(String id, String title, String description, int width, int height) {
        Svg svg = new Svg();
        svg.open("svg", "xmlns", Svg.NAMESPACE, "viewBox", "0 0 " + width + " " + height, "width", "100%",
                "class", "rsp-chart " + id, "role", "group", "aria-labelledby", id + "-title",
                "aria-describedby", id + "-desc", "font-family", "inherit");
        svg.text("title", title, "id", id + "-title");
        svg.text("desc", description, "id", id + "-desc");
        return svg.raw(STYLE);
    }

    private static void openLink(Svg svg, String kind, StandardQuery query, String label) {
        svg.open("a", "class", kind, "href", href(query), "aria-label", label);
        svg.text("title", label);
    }

    /** The catalog view filtered by {@code query}. */
    static String href(StandardQuery query) {
        String parameters = query.toQueryString();
        return parameters.isEmpty() ? CATALOG_PATH : CATALOG_PATH + "?" + parameters;
    }

    private static void totalLink(Svg svg, StandardQuery query, String label, int n, int x, int y, int width,
            int height) {
        if (n == 0) {
            svg.text("text", "0", "class", "count", "x", Svg.num(x + width / 2.0), "y", Svg.num(y + height / 2.0 + 6),
                    "text-anchor", "middle", "font-size", "16", "fill", EMPTY_TEXT.hex(), "aria-hidden", "true");
            return;
        }
        openLink(svg, "total", query, label);
        svg.empty("rect", "class", "hit", "x", Svg.num(x + 6), "y", Svg.num(y + 6), "width", Svg.num(width - 12),
                "height", Svg.num(height - 12), "rx", "6", "fill", CELL_BACKGROUND.hex(), "fill-opacity", "0");
        svg.text("text", Integer.toString(n), "class", "count", "x", Svg.num(x + width / 2.0),
                "y", Svg.num(y + height / 2.0 + 6), "text-anchor", "middle", "font-size", "17", "font-weight", "700",
                "fill", TEXT.hex());
        svg.close("a");
    }

    private static void note(Svg svg, int y, String text) {
        svg.text("text", text, "x", "0", "y", Svg.num(y), "font-size", "13", "fill", MUTED.hex(), "aria-hidden", "true");
    }

    private static String rotateAt(double x, double y) {
        return "rotate(-90 " + Svg.num(x) + " " + Svg.num(y) + ")";
    }

    /** "18 preferred content standards", "1 legacy data standard". */
    private static String count(int n, String noun) {
        return n + " " + noun;
    }

    /** "content standards", or "content standard" for one. */
    private static String categoryNoun(Category c, int n) {
        String noun = c.label().toLowerCase(Locale.ROOT);
        return n == 1 && noun.endsWith("standards") ? noun.substring(0, noun.length() - 1) : noun;
    }

    /** A cell's fill and the text colour that reads on it. */
    record Shade(Colour fill, Colour text) {
    }

    /** The lightest tint, for a count of one. */
    private static final double LIGHTEST = 0.14;

    /**
     * The fill of a cell counting {@code n} of at most {@code max}: a tint of {@code base},
     * lightest for one, {@code base} itself for the most, with dark text on light fills and white
     * on dark ones. Mid tones on which neither text reaches a contrast of 4.5:1 are left out of
     * the scale (the counts are spread over what remains), so that more is always darker.
     */
    static Shade shade(Colour base, int n, int max) {
        Colour dark = base.mix(Colour.BLACK, 0.65);
        // The tints on which neither text colour would be readable: [gapFrom, gapTo).
        double gapFrom = 1;
        double gapTo = 1;
        for (int i = 0; i <= 1000; i++) {
            double share = LIGHTEST + (1 - LIGHTEST) * i / 1000.0;
            Colour fill = Colour.WHITE.mix(base, share);
            boolean readable = Colour.contrast(textOn(Colour.WHITE, dark, fill), fill) >= Colour.MIN_TEXT_CONTRAST;
            if (!readable && gapFrom == 1) {
                gapFrom = share;
            } else if (readable && gapFrom < 1 && gapTo == 1) {
                gapTo = share;
            }
        }
        double usable = (gapFrom - LIGHTEST) + (1 - gapTo);
        double position = max <= 1 ? 1 : Math.clamp((n - 1) / (double) (max - 1), 0, 1);
        double along = position * usable;
        double share = along <= gapFrom - LIGHTEST ? LIGHTEST + along : gapTo + (along - (gapFrom - LIGHTEST));
        Colour fill = Colour.WHITE.mix(base, Math.min(share, 1));
        return new Shade(fill, textOn(Colour.WHITE, dark, fill));
    }

    /** Whichever of two text colours contrasts more with {@code fill}. */
    static Colour textOn(Colour light, Colour dark, Colour fill) {
        return Colour.contrast(light, fill) >= Colour.contrast(dark, fill) ? light : dark;
    }
}
