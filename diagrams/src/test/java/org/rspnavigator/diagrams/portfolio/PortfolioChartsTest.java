package org.rspnavigator.diagrams.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rspnavigator.diagrams.Colour;
import org.rspnavigator.diagrams.Svg;
import org.rspnavigator.markup.Markup;
import org.rspnavigator.model.AdoptionLevel;
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Maturity;
import org.rspnavigator.model.StandardQuery;
import org.rspnavigator.model.load.CatalogLoader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The portfolio pictures against the real catalog: numbers, links, markup and legibility. */
class PortfolioChartsTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();
    private static final String SVG = "http://www.w3.org/2000/svg";
    /** The catalog view at {@code /catalog}, filtered by the query's string, as the application links to it. */
    private static final CatalogLinks LINKS = query -> query.toQueryString().isEmpty() ? "/catalog"
            : "/catalog?" + query.toQueryString();

    /** A cell or total as drawn: the element, its link target (null when none) and the number it shows. */
    record Shown(Element element, String href, int count) {
        boolean isLink() {
            return href != null;
        }
    }

    static Stream<String> charts() {
        return Stream.of(PortfolioCharts.landscape(CATALOG, LINKS), PortfolioCharts.maturityAdoption(CATALOG, LINKS));
    }

    // --- markup -------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("charts")
    void isWellFormedScalableAndNamed(String markup) throws Exception {
        Element svg = parse(markup).getDocumentElement();

        assertThat(svg.getNamespaceURI()).isEqualTo(SVG);
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
        assertThat(svg.getAttribute("width")).isEqualTo("100%");
        assertThat(svg.hasAttribute("height")).isFalse();
        assertThat(svg.getAttribute("font-family")).isEqualTo("inherit");
        // Not role="img": its children would be presentational, hiding the links from screen readers.
        assertThat(svg.getAttribute("role")).isEqualTo("group");
        Element title = byId(svg, svg.getAttribute("aria-labelledby"));
        Element desc = byId(svg, svg.getAttribute("aria-describedby"));
        assertThat(title.getLocalName()).isEqualTo("title");
        assertThat(title.getTextContent()).startsWith("Standards by ");
        assertThat(desc.getLocalName()).isEqualTo("desc");
        assertThat(desc.getTextContent()).contains("In all 83 standards.");
        assertThat(elements(svg, "style").getFirst().getTextContent())
                .contains("svg.rsp-chart a:focus rect.hit").contains("stroke-width: 3");
        assertThat(markup).doesNotContain("font-size=\"1\"", "px\"");
    }

    @ParameterizedTest
    @MethodSource("charts")
    void everyLinkIsLabelledAndSelectsExactlyTheStandardsItCounts(String markup) throws Exception {
        List<Element> links = elements(parse(markup).getDocumentElement(), "a");
        assertThat(links).isNotEmpty();
        for (Element a : links) {
            String href = a.getAttribute("href");
            int shown = count(a);
            StandardQuery query = StandardQuery.fromParameters(parameters(href));

            assertThat(query.apply(CATALOG)).as(href).hasSize(shown);
            assertThat(shown).as(href).isPositive();
            String label = a.getAttribute("aria-label");
            assertThat(label).as(href).matches("(All )?" + shown + " .*standards?( with .*)?");
            assertThat(children(a, "title")).singleElement().extracting(Node::getTextContent).isEqualTo(label);
        }
    }

    @ParameterizedTest
    @MethodSource("charts")
    void emptyCellsShowZeroAndAreNotLinks(String markup) throws Exception {
        for (Shown cell : cells(parse(markup))) {
            assertThat(cell.isLink()).as(cell.element().getAttribute("class")).isEqualTo(cell.count() > 0);
            assertThat(cell.element().getAttribute("class").contains("empty")).isEqualTo(cell.count() == 0);
        }
    }

    @ParameterizedTest
    @MethodSource("charts")
    void textHasAContrastOfAtLeastFourAndAHalf(String markup) throws Exception {
        for (Element text : elements(parse(markup).getDocumentElement(), "text")) {
            Colour ink = Colour.hex(text.getAttribute("fill"));
            Colour ground = background(text);
            assertThat(Colour.contrast(ink, ground)).as("%s on %s: %s", ink.hex(), ground.hex(), text.getTextContent())
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    // --- landscape ----------------------------------------------------------------------------

    @Test
    void landscapeCountsEachCategoryAndGroupOfTheCatalog() throws Exception {
        Document doc = parse(PortfolioCharts.landscape(CATALOG, LINKS));
        List<Shown> cells = cells(doc);
        Map<String, Integer> byHref = new LinkedHashMap<>();
        cells.stream().filter(Shown::isLink).forEach(c -> byHref.put(c.href(), c.count()));

        assertThat(cells).hasSize(Category.values().length * AssessmentGroup.values().length);
        assertThat(byHref).containsEntry("/catalog?category=content&group=preferred", 18)
                .containsEntry("/catalog?category=data&group=emerging", 4)
                .containsEntry("/catalog?category=technical-workflow&group=emerging", 3);
        assertThat(cells.stream().mapToInt(Shown::count).sum()).isEqualTo(83);
        // Table order, row by row: the cells read as the catalog counts them.
        List<Integer> expected = new ArrayList<>();
        for (Category c : Category.values()) {
            for (AssessmentGroup g : AssessmentGroup.values()) {
                expected.add(CATALOG.standards(c, g).size());
            }
        }
        assertThat(cells).extracting(Shown::count).containsExactlyElementsOf(expected);
        // Content has no legacy standards, privacy and security only preferred ones.
        assertThat(cells.stream().filter(c -> !c.isLink())).hasSize(3);
    }

    @Test
    void landscapeTotalsLinkToRowsColumnsAndEverything() throws Exception {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (Element a : elements(parse(PortfolioCharts.landscape(CATALOG, LINKS)).getDocumentElement(), "a")) {
            if (a.getAttribute("class").equals("total")) {
                totals.put(a.getAttribute("href"), count(a));
            }
        }
        assertThat(totals).containsEntry("/catalog?category=content", 33)
                .containsEntry("/catalog?category=privacy-security", 6)
                .containsEntry("/catalog?group=preferred", 54)
                .containsEntry("/catalog?group=legacy", 6)
                .containsEntry("/catalog?group=emerging", 23)
                .containsEntry("/catalog", 83)
                .hasSize(Category.values().length + AssessmentGroup.values().length + 1);
    }

    @Test
    void landscapeLabelsSayWhatACellCounts() throws Exception {
        List<String> labels = elements(parse(PortfolioCharts.landscape(CATALOG, LINKS)).getDocumentElement(), "a").stream()
                .map(a -> a.getAttribute("aria-label")).toList();
        assertThat(labels).contains("18 preferred content standards", "1 emerging information exchange standard",
                "2 legacy data standards", "11 data standards", "All 83 standards");
    }

    // --- maturity × product adoption ----------------------------------------------------------

    @Test
    void maturityChartCountsEachMaturityAndExactAdoptionLevel() throws Exception {
        List<Shown> cells = cells(parse(PortfolioCharts.maturityAdoption(CATALOG, LINKS)));
        Map<String, Integer> byHref = new LinkedHashMap<>();
        cells.stream().filter(Shown::isLink).forEach(c -> byHref.put(c.href(), c.count()));

        assertThat(cells.stream().mapToInt(Shown::count).sum()).isEqualTo(83);
        assertThat(byHref).containsEntry("/catalog?maturity=final&adoption-level=high", 25)
                .containsEntry("/catalog?maturity=trial&adoption-level=low", 3)
                .containsEntry("/catalog?maturity=retired&adoption-level=high", 1);
        // Rows are the maturities that occur, in force first; columns none to universal.
        List<Maturity> rows = MaturityAdoptionChart.MATURITY_ORDER.stream()
                .filter(m -> CATALOG.standards().stream().anyMatch(s -> s.maturity() == m)).toList();
        assertThat(rows).containsExactly(Maturity.FINAL, Maturity.TRIAL, Maturity.RETIRED);
        List<Integer> expected = new ArrayList<>();
        for (Maturity m : rows) {
            for (AdoptionLevel level : AdoptionLevel.values()) {
                expected.add((int) CATALOG.standards().stream()
                        .filter(s -> s.maturity() == m && MaturityAdoptionChart.productAdoption(s) == level).count());
            }
        }
        assertThat(cells).extracting(Shown::count).containsExactlyElementsOf(expected);
    }

    @Test
    void maturityChartNamesItsAxesAndScalesCirclesByArea() throws Exception {
        String markup = PortfolioCharts.maturityAdoption(CATALOG, LINKS);
        assertThat(markup).contains(">Product adoption<", ">Standard maturity<", ">None<", ">Universal<");
        for (Element a : elements(parse(markup).getDocumentElement(), "a")) {
            List<Element> circles = children(a, "circle");
            if (a.getAttribute("class").equals("cell")) {
                double r = Double.parseDouble(circles.getFirst().getAttribute("r"));
                double expectedR = MaturityAdoptionChart.MAX_RADIUS * Math.sqrt(count(a) / 25.0);
                assertThat(r).as(a.getAttribute("href")).isCloseTo(expectedR, org.assertj.core.data.Offset.offset(0.06));
            }
        }
    }

    // --- helpers of the charts -----------------------------------------------------------------

    @Test
    void escapesTextAndAttributes() {
        assertThat(Markup.escape("<a href=\"x\">Tom & Jerry's</a>\u0001"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
        assertThat(Svg.num(12.0)).isEqualTo("12");
        assertThat(Svg.num(12.25)).isEqualTo("12.3");
        assertThatThrownBy(() -> Colour.hex("green")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fillsDarkenWithTheCountAndKeepTheirTextReadable() {
        for (Colour base : PortfolioCharts.GROUP_COLOURS.values()) {
            double previous = 2;
            for (int n = 1; n <= 18; n++) {
                Shade shade = Shade.of(base, n, 18);
                assertThat(shade.fill().luminance()).isLessThan(previous);
                assertThat(Colour.contrast(shade.text(), shade.fill())).isGreaterThanOrEqualTo(4.5);
                previous = shade.fill().luminance();
            }
            assertThat(Shade.of(base, 18, 18).fill()).isEqualTo(base);
            assertThat(Shade.of(base, 18, 18).text()).isEqualTo(Colour.WHITE);
        }
    }

    @Test
    void staysPlainJava() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/rspnavigator/diagrams"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(file)).as(file.toString())
                        .doesNotContain("import com.vaadin", "import org.springframework");
            }
        }
    }

    // --- reading the markup --------------------------------------------------------------------

    private static Document parse(String markup) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
    }

    private static List<Element> elements(Element root, String name) {
        NodeList nodes = root.getElementsByTagNameNS(SVG, name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static Element byId(Element root, String id) {
        assertThat(id).isNotBlank();
        List<Element> found = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS(SVG, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("id").equals(id)) {
                found.add(e);
            }
        }
        assertThat(found).as("id " + id).hasSize(1);
        return found.getFirst();
    }

    /** The number a link or cell shows: the text of its single {@code class="count"} element. */
    private static int count(Element element) {
        List<Element> counts = elements(element, "text").stream()
                .filter(t -> t.getAttribute("class").equals("count")).toList();
        assertThat(counts).singleElement();
        return Integer.parseInt(counts.getFirst().getTextContent().strip());
    }

    /** The matrix cells in document order (row by row), linked or empty; not the totals. */
    private static List<Shown> cells(Document doc) {
        List<Shown> cells = new ArrayList<>();
        NodeList all = doc.getDocumentElement().getElementsByTagNameNS(SVG, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains("cell")) {
                cells.add(new Shown(e, e.getLocalName().equals("a") ? e.getAttribute("href") : null, count(e)));
            }
        }
        return cells;
    }

    /** The query parameters of a link, URL-decoded, as a servlet would hand them over. */
    private static Map<String, List<String>> parameters(String href) {
        assertThat(href).startsWith("/catalog");
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        int question = href.indexOf('?');
        if (question < 0) {
            assertThat(href).isEqualTo("/catalog");
            return parameters;
        }
        assertThat(href.substring(0, question)).isEqualTo("/catalog");
        for (String pair : href.substring(question + 1).split("&")) {
            String[] nameValue = pair.split("=", 2);
            parameters.computeIfAbsent(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(URLDecoder.decode(nameValue.length > 1 ? nameValue[1] : "", StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /**
     * What a text is drawn on: the circle it sits in, its cell's fill, or, outside cells, the
     * interoperability band's grey (darker than the white page, so the stricter test).
     */
    private static Colour background(Element text) {
        Element parent = (Element) text.getParentNode();
        boolean inCell = List.of(parent.getAttribute("class").split(" ")).contains("cell");
        if (inCell) {
            List<Element> circles = children(parent, "circle");
            if (!circles.isEmpty() && text.getAttribute("text-anchor").equals("middle")) {
                return Colour.hex(circles.getFirst().getAttribute("fill"));
            }
            return Colour.hex(children(parent, "rect").getFirst().getAttribute("fill"));
        }
        if (parent.getAttribute("class").equals("total")) {
            return PortfolioCharts.CELL_BACKGROUND; // shown on hover
        }
        return PortfolioCharts.BAND;
    }
}
