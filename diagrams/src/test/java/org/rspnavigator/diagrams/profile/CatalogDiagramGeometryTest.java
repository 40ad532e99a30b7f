package org.rspnavigator.diagrams.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.diagrams.profile.ProfileDiagramTest.box;
import static org.rspnavigator.diagrams.profile.ProfileDiagramTest.byClass;
import static org.rspnavigator.diagrams.profile.ProfileDiagramTest.children;
import static org.rspnavigator.diagrams.profile.ProfileDiagramTest.elements;
import static org.rspnavigator.diagrams.profile.ProfileDiagramTest.num;
import static org.rspnavigator.diagrams.profile.ProfileDiagramTest.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rspnavigator.diagrams.TextMetrics;
import org.rspnavigator.diagrams.profile.ProfileDiagramTest.Box;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileTransaction;
import org.rspnavigator.model.load.CatalogLoader;
import org.w3c.dom.Element;

/**
 * The geometry of every profile's diagram in the real catalog, read back from the markup: every
 * arrow runs from its initiator's box to its responder's box, or to or from the labelled
 * placeholder where the catalog records no responder or no initiator, so that no arrow stops in
 * empty space; every actor of a transaction is joined to the others; boxes and labels keep apart
 * and everything lies inside the view box.
 */
class CatalogDiagramGeometryTest {

    /** How far an arrow's end may lie from a box's border, in pixels (the markup rounds to 0.1). */
    private static final double TOLERANCE = 1.0;

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();

    static Stream<Profile> profiles() {
        return CATALOG.profiles().stream();
    }

    @Test
    void theCatalogHasProfilesToDraw() {
        // Guards the parameterized tests below against passing on an empty catalog.
        assertThat(CATALOG.profiles()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(CATALOG.profiles()).extracting(Profile::id).contains("swf-b", "swf", "xds-i-b", "rem", "ira",
                "xds-b", "atna", "bppc", "nmi");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void everyArrowRunsFromBoxToBox(Profile profile) throws Exception {
        Drawing d = new Drawing(profile);
        for (Element line : byClass(d.svg, "line", "flow")) {
            String what = profile.id() + " " + line.getAttribute("data-transactions");
            Box from = d.actor(line.getAttribute("data-initiator"));
            Box to = d.actor(line.getAttribute("data-responder"));
            assertOnBorder(from, num(line, "x1"), num(line, "y1"), "start of " + what + " on its initiator");
            assertOnBorder(to, num(line, "x2"), num(line, "y2"), "end of " + what + " on its responder");
        }
        for (Element line : byClass(d.svg, "line", "stub")) {
            String what = profile.id() + " " + line.getAttribute("data-transactions");
            String kind = line.getAttribute("data-kind");
            assertThat(kind).as(what).isIn("out", "in");
            Box actor = d.actor(line.getAttribute("data-actor"));
            Box placeholder = d.placeholder(line.getAttribute("data-actor"), kind);
            Box from = kind.equals("out") ? actor : placeholder;
            Box to = kind.equals("out") ? placeholder : actor;
            assertOnBorder(from, num(line, "x1"), num(line, "y1"), "start of stub " + what);
            assertOnBorder(to, num(line, "x2"), num(line, "y2"), "end of stub " + what);
        }
        for (Element loop : byClass(d.svg, "path", "stub")) {
            String[] p = loop.getAttribute("d").replaceAll("[MC]", " ").trim().split("\\s+");
            Box actor = d.actor(loop.getAttribute("data-actor"));
            assertOnBorder(actor, Double.parseDouble(p[0]), Double.parseDouble(p[1]), "start of loop");
            assertOnBorder(actor, Double.parseDouble(p[6]), Double.parseDouble(p[7]), "end of loop");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void everyTransactionJoinsItsActorsOrAPlaceholderThatSaysWhatIsMissing(Profile profile) throws Exception {
        Drawing d = new Drawing(profile);
        for (ProfileTransaction t : profile.transactions()) {
            String key = ActorGraph.key(t);
            String what = profile.id() + " " + t.displayName();
            if (t.initiators().isEmpty() && t.responders().isEmpty()) {
                // Named below the picture, where the note wraps to the drawing's width.
                String legend = String.join(" ", children(byClass(d.svg, "g", "legend").getFirst(), "text").stream()
                        .map(Element::getTextContent).toList());
                assertThat(legend).as(what).contains("Without actors, not drawn: ").contains(t.displayName());
                continue;
            }
            if (t.responders().isEmpty() || t.initiators().isEmpty()) {
                String kind = t.responders().isEmpty() ? "out" : "in";
                for (String actor : kind.equals("out") ? t.initiators() : t.responders()) {
                    assertThat(byClass(d.svg, "line", "stub")).as(what).filteredOn(l -> l.getAttribute("data-kind")
                            .equals(kind) && l.getAttribute("data-actor").equals(actor) && carries(l, key)).hasSize(1);
                }
                continue;
            }
            if (t.initiators().size() == 1 && t.initiators().equals(t.responders())) {
                assertThat(byClass(d.svg, "path", "stub")).as(what).filteredOn(l -> l.getAttribute("data-actor")
                        .equals(t.initiators().getFirst()) && carries(l, key)).hasSize(1);
                continue;
            }
            for (String i : t.initiators()) {
                for (String r : t.responders()) {
                    if (!i.equals(r)) {
                        assertThat(byClass(d.svg, "line", "flow")).as("%s: %s → %s", what, i, r)
                                .filteredOn(l -> l.getAttribute("data-initiator").equals(i)
                                        && l.getAttribute("data-responder").equals(r) && carries(l, key))
                                .hasSize(1);
                    }
                }
            }
        }
        // Each placeholder says what is missing, and is used.
        for (Element g : byClass(d.svg, "g", "placeholder")) {
            String kind = g.getAttribute("data-kind");
            assertThat(String.join(" ", elements(g, "tspan").stream().map(Element::getTextContent).toList()))
                    .isEqualTo(kind.equals("out") ? "responder not recorded" : "initiator not recorded");
            assertThat(byClass(d.svg, "line", "stub")).filteredOn(l -> l.getAttribute("data-kind").equals(kind)
                    && l.getAttribute("data-actor").equals(g.getAttribute("data-actor"))).isNotEmpty();
        }
        // Every transaction is named in a label.
        List<String> labelled = byClass(d.svg, "text", "transaction").stream().map(Element::getTextContent).toList();
        for (ProfileTransaction t : profile.transactions()) {
            if (!t.initiators().isEmpty() || !t.responders().isEmpty()) {
                assertThat(labelled).as(t.displayName()).anySatisfy(text -> assertThat(text)
                        .endsWith(" " + t.displayName()));
            }
        }
        assertThat(labelled).noneMatch(text -> text.contains("[]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void boxesAndLabelsKeepApartAndStayInsideTheViewBox(Profile profile) throws Exception {
        Drawing d = new Drawing(profile);
        List<Box> boxes = new ArrayList<>(d.actors.values());
        boxes.addAll(d.placeholders.values());
        List<Box> labels = byClass(d.svg, "rect", "label").stream().map(ProfileDiagramTest::box).toList();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as("%s: boxes %s and %s", profile.id(), boxes.get(i),
                        boxes.get(j)).isFalse();
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            for (Box b : boxes) {
                assertThat(labels.get(i).overlaps(b)).as("%s: label %s on box %s", profile.id(), labels.get(i), b)
                        .isFalse();
            }
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).overlaps(labels.get(j))).as("%s: labels %s and %s", profile.id(),
                        labels.get(i), labels.get(j)).isFalse();
            }
        }
        // Inside the view box: boxes, labels, every end of a line, every point of a loop, the legend.
        for (Box b : boxes) {
            d.assertInside(b.x(), b.y(), "box");
            d.assertInside(b.x() + b.w(), b.y() + b.h(), "box");
        }
        for (Box l : labels) {
            d.assertInside(l.x(), l.y(), "label");
            d.assertInside(l.x() + l.w(), l.y() + l.h(), "label");
        }
        for (Element line : elements(d.svg, "line")) {
            d.assertInside(num(line, "x1"), num(line, "y1"), "line");
            d.assertInside(num(line, "x2"), num(line, "y2"), "line");
        }
        for (Element loop : byClass(d.svg, "path", "stub")) {
            String[] p = loop.getAttribute("d").replaceAll("[MC]", " ").trim().split("\\s+");
            for (int i = 0; i < p.length; i += 2) {
                d.assertInside(Double.parseDouble(p[i]), Double.parseDouble(p[i + 1]), "loop");
            }
        }
        for (Element text : children(byClass(d.svg, "g", "legend").getFirst(), "text")) {
            d.assertInside(num(text, "x") + TextMetrics.width(text.getTextContent(), ProfileDiagram.NOTE_SIZE, false),
                    num(text, "y"), "legend");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void linesPassNoOtherBoxAndLabelTextFitsItsGround(Profile profile) throws Exception {
        Drawing d = new Drawing(profile);
        for (Element line : elements(d.svg, "line")) {
            String cls = line.getAttribute("class");
            if (!cls.contains("flow") && !cls.contains("stub")) {
                continue;
            }
            List<Box> ends = new ArrayList<>();
            if (cls.contains("flow")) {
                ends.add(d.actor(line.getAttribute("data-initiator")));
                ends.add(d.actor(line.getAttribute("data-responder")));
            } else {
                ends.add(d.actor(line.getAttribute("data-actor")));
                ends.add(d.placeholder(line.getAttribute("data-actor"), line.getAttribute("data-kind")));
            }
            List<Box> all = new ArrayList<>(d.actors.values());
            all.addAll(d.placeholders.values());
            for (Box b : all) {
                if (!ends.contains(b)) {
                    assertThat(Geometry.clipLength(num(line, "x1"), num(line, "y1"), num(line, "x2"), num(line, "y2"),
                            b.x(), b.y(), b.x() + b.w(), b.y() + b.h())).as("%s: %s through %s", profile.id(),
                                    line.getAttribute("data-transactions"), b).isZero();
                }
            }
        }
        for (Element label : byClass(d.svg, "g", "label")) {
            Box ground = box(children(label, "rect").getFirst());
            for (Element text : children(label, "text")) {
                assertThat(num(text, "x") + TextMetrics.width(text.getTextContent(), ProfileDiagram.LABEL_SIZE, false))
                        .as("%s: %s", profile.id(), text.getTextContent()).isLessThanOrEqualTo(ground.x() + ground.w());
                assertThat(num(text, "y")).isBetween(ground.y(), ground.y() + ground.h());
            }
        }
    }

    private static boolean carries(Element line, String key) {
        return List.of(line.getAttribute("data-transactions").split(" ")).contains(key);
    }

    private static void assertOnBorder(Box box, double x, double y, String what) {
        boolean near = box.contains(x, y, TOLERANCE);
        boolean deepInside = box.contains(x, y, -TOLERANCE);
        assertThat(near && !deepInside).as("%s: (%s, %s) on the border of %s", what, x, y, box).isTrue();
    }

    /** A profile's diagram, parsed, with its boxes by actor and its placeholders by actor and kind. */
    private static final class Drawing {
        final Element svg;
        final double width;
        final double height;
        final String id;
        final Map<String, Box> actors = new LinkedHashMap<>();
        final Map<String, Box> placeholders = new LinkedHashMap<>();

        Drawing(Profile profile) throws Exception {
            this.id = profile.id();
            this.svg = parse(ProfileDiagram.svg(profile)).getDocumentElement();
            String[] viewBox = svg.getAttribute("viewBox").split(" ");
            width = Double.parseDouble(viewBox[2]);
            height = Double.parseDouble(viewBox[3]);
            for (Element g : byClass(svg, "g", "actor")) {
                assertThat(actors.put(g.getAttribute("data-actor"), box(children(g, "rect").getFirst())))
                        .as("one box per actor").isNull();
            }
            for (Element g : byClass(svg, "g", "placeholder")) {
                assertThat(placeholders.put(g.getAttribute("data-actor") + "\n" + g.getAttribute("data-kind"),
                        box(children(g, "rect").getFirst()))).as("one placeholder per actor and kind").isNull();
            }
        }

        Box actor(String name) {
            assertThat(actors).as("%s: box of %s", id, name).containsKey(name);
            return actors.get(name);
        }

        Box placeholder(String actor, String kind) {
            assertThat(placeholders).as("%s: placeholder (%s) of %s", id, kind, actor).containsKey(actor + "\n" + kind);
            return placeholders.get(actor + "\n" + kind);
        }

        void assertInside(double x, double y, String what) {
            assertThat(x >= 0 && y >= 0 && x <= width && y <= height)
                    .as("%s: %s at (%s, %s) inside 0 0 %s %s", id, what, x, y, width, height).isTrue();
        }
    }
}
