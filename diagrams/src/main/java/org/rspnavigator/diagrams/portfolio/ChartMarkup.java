package org.rspnavigator.diagrams.portfolio;

import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.CELL_BACKGROUND;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.EMPTY_TEXT;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.MUTED;
import static org.rspnavigator.diagrams.portfolio.PortfolioCharts.TEXT;

import org.rspnavigator.diagrams.Svg;
import org.rspnavigator.model.StandardQuery;

/**
 * The markup both charts are made of: the root with its title, description and style sheet,
 * links to the filtered catalog, totals and notes.
 */
final class ChartMarkup {

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

    private final Svg svg = new Svg();
    private final CatalogLinks links;

    /** Opens the root of chart {@code id}, named and described for assistive technology. */
    ChartMarkup(String id, String title, String description, int width, int height, CatalogLinks links) {
        this.links = links;
        svg.open("svg", "xmlns", Svg.NAMESPACE, "viewBox", "0 0 " + width + " " + height, "width", "100%",
                "class", "rsp-chart " + id, "role", "group", "aria-labelledby", id + "-title",
                "aria-describedby", id + "-desc", "font-family", "inherit");
        svg.text("title", title, "id", id + "-title");
        svg.text("desc", description, "id", id + "-desc");
        svg.raw(STYLE);
    }

    Svg svg() {
        return svg;
    }

    /** Closes the root; the chart's markup. */
    String finish() {
        return svg.close("svg").toString();
    }

    /** Opens a link to the catalog filtered by {@code query}, labelled for screen readers and on hover. */
    void openLink(String kind, StandardQuery query, String label) {
        svg.open("a", "class", kind, "href", links.href(query), "aria-label", label);
        svg.text("title", label);
    }

    /** A row or column total: a link when there is anything to list, a grey 0 otherwise. */
    void total(StandardQuery query, String label, int n, int x, int y, int width, int height) {
        if (n == 0) {
            svg.text("text", "0", "class", "count", "x", Svg.num(x + width / 2.0), "y", Svg.num(y + height / 2.0 + 6),
                    "text-anchor", "middle", "font-size", "16", "fill", EMPTY_TEXT.hex(), "aria-hidden", "true");
            return;
        }
        openLink("total", query, label);
        svg.empty("rect", "class", "hit", "x", Svg.num(x + 6), "y", Svg.num(y + 6), "width", Svg.num(width - 12),
                "height", Svg.num(height - 12), "rx", "6", "fill", CELL_BACKGROUND.hex(), "fill-opacity", "0");
        svg.text("text", Integer.toString(n), "class", "count", "x", Svg.num(x + width / 2.0),
                "y", Svg.num(y + height / 2.0 + 6), "text-anchor", "middle", "font-size", "17", "font-weight", "700",
                "fill", TEXT.hex());
        svg.close("a");
    }

    void note(int y, String text) {
        svg.text("text", text, "x", "0", "y", Svg.num(y), "font-size", "13", "fill", MUTED.hex(), "aria-hidden", "true");
    }

    static String rotateAt(double x, double y) {
        return "rotate(-90 " + Svg.num(x) + " " + Svg.num(y) + ")";
    }

    /** "18 preferred content standards", "1 legacy data standard". */
    static String count(int n, String noun) {
        return n + " " + noun;
    }

    /** "standard" or "standards". */
    static String standards(int n) {
        return n == 1 ? "standard" : "standards";
    }
}
