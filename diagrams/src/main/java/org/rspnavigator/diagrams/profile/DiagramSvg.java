package org.rspnavigator.diagrams.profile;

import static org.rspnavigator.diagrams.profile.ActorGraph.key;
import static org.rspnavigator.diagrams.profile.ActorGraph.transactionLabel;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.ARROW;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.ARROW_NOTE;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.BOX_FILL;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.DASHED_NOTE;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.INK;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.LABEL_LINE;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.LABEL_PAD_X;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.LABEL_PAD_Y;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.LABEL_SIZE;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.LEADER;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.MUTED;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.NAME_LINE;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.NAME_SIZE;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.NOTE_SIZE;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.STUB;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rspnavigator.diagrams.Svg;
import org.rspnavigator.diagrams.TextMetrics;
import org.rspnavigator.diagrams.profile.ActorGraph.ActorBox;
import org.rspnavigator.diagrams.profile.ActorGraph.ActorPair;
import org.rspnavigator.diagrams.profile.ActorGraph.FlowLine;
import org.rspnavigator.diagrams.profile.ActorGraph.LabelEntry;
import org.rspnavigator.diagrams.profile.ActorGraph.TransactionFlow;
import org.rspnavigator.diagrams.profile.ActorGraph.TransactionLabel;
import org.rspnavigator.diagrams.profile.ActorGraph.TransactionStub;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.ProfileTransaction;
import org.rspnavigator.model.Verification;
import org.rspnavigator.model.VerificationLevel;

/**
 * The laid-out diagram as SVG markup: a canvas the size of what was drawn, the lines (boxes over
 * them, labels on top), the leaders of labels that had to move off their lines, and the legend.
 * The drawing is hidden from assistive technology; its {@code <desc>} says in words what it shows.
 */
final class DiagramSvg {

    private static final double MARGIN = 12;
    /** A label further than this from its line gets a leader. */
    private static final double LEADER_DISTANCE = 8;
    private static final String DASH = "6 4";
    /** The note on transactions without actors wraps no narrower than this. */
    private static final double MIN_NOTE_WIDTH = 420;
    private static final String ENTRY_DASH = "3 2";

    private static final String STYLE = """
            <style>
            @media (forced-colors: active) {
              svg.rsp-profile-diagram text { fill: CanvasText; }
              svg.rsp-profile-diagram .ink { stroke: CanvasText; }
              svg.rsp-profile-diagram rect.actor, svg.rsp-profile-diagram rect.label { fill: Canvas; }
              svg.rsp-profile-diagram rect.actor { stroke: CanvasText; }
              svg.rsp-profile-diagram marker path { fill: CanvasText; }
            }
            </style>
            """;

    private final ActorGraph graph;
    private final GridLayout grid;
    private final Profile profile;
    private final String id;
    private final double bw;
    private final double bh;

    /**
     * The canvas: {@code ox}, {@code oy} shift the drawing's coordinates onto it; the legend's
     * notes start at {@code legendY}, with the lines of the note on transactions without actors
     * ({@code unattached}, empty when there are none) below them.
     */
    private record Canvas(int width, int height, double ox, double oy, double legendY, List<String> notes,
            List<String> unattached) {
    }

    DiagramSvg(ActorGraph graph, GridLayout grid) {
        this.graph = graph;
        this.grid = grid;
        this.profile = graph.profile;
        this.id = "rsp-profile-" + profile.id().replaceAll("[^A-Za-z0-9_-]", "-");
        this.bw = grid.boxWidth();
        this.bh = grid.boxHeight();
    }

    String render() {
        String title = "Actors and transactions of " + profile.acronym();
        if (graph.actors.isEmpty()) {
            Svg svg = start(title, 360, 40);
            svg.text("text", "No actors recorded for this profile.", "x", "0", "y", "24", "font-size",
                    Integer.toString(NOTE_SIZE), "fill", MUTED.hex(), "aria-hidden", "true");
            return svg.close("svg").toString();
        }
        Canvas canvas = canvas();
        Svg svg = start(title, canvas.width(), canvas.height());
        String arrow = arrowMarker(svg);
        svg.open("g", "aria-hidden", "true");
        // Lines first, boxes over them, labels on top.
        transactions(svg, canvas, arrow);
        actors(svg, canvas);
        leaders(svg, canvas);
        labels(svg, canvas);
        legend(svg, canvas, arrow);
        svg.close("g");
        return svg.close("svg").toString();
    }

    private Svg start(String title, int width, int height) {
        Svg svg = new Svg();
        svg.open("svg", "xmlns", Svg.NAMESPACE, "viewBox", "0 0 " + width + " " + height, "width", "100%",
                "class", "rsp-chart rsp-profile-diagram", "role", "group", "aria-labelledby", id + "-title",
                "aria-describedby", id + "-desc", "font-family", "inherit", "style",
                "max-width: " + width + "px");
        svg.text("title", title, "id", id + "-title");
        svg.text("desc", description(), "id", id + "-desc");
        return svg.raw(STYLE);
    }

    /** The extent of boxes, labels and stubs, with a margin, and the legend below. */
    private Canvas canvas() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (ActorBox a : graph.actors) {
            minX = Math.min(minX, a.cx - bw / 2);
            maxX = Math.max(maxX, a.cx + bw / 2);
            minY = Math.min(minY, a.cy - bh / 2);
            maxY = Math.max(maxY, a.cy + bh / 2);
        }
        for (TransactionLabel l : graph.labels()) {
            minX = Math.min(minX, l.x);
            maxX = Math.max(maxX, l.x + l.w);
            minY = Math.min(minY, l.y);
            maxY = Math.max(maxY, l.y + l.h);
        }
        for (TransactionStub s : graph.stubs) {
            double reach = 6;
            minX = Math.min(minX, Math.min(s.x1, s.x2) - reach);
            maxX = Math.max(maxX, Math.max(s.x1, s.x2) + reach);
            minY = Math.min(minY, Math.min(s.y1, s.y2) - reach);
            maxY = Math.max(maxY, Math.max(s.y1, s.y2) + reach);
        }
        double ox = MARGIN - minX;
        double oy = MARGIN - minY;
        boolean anyDashed = graph.realActors().stream().anyMatch(a -> !a.confirmed)
                || graph.labels().stream().anyMatch(l -> l.entries.stream().anyMatch(e -> !e.confirmed()));
        double legendY = maxY + oy + 30;
        List<String> notes = new ArrayList<>();
        notes.add(ARROW_NOTE);
        if (anyDashed) {
            notes.add(DASHED_NOTE);
        }
        double legendWidth = 0;
        for (String note : notes) {
            legendWidth = Math.max(legendWidth, 44 + TextMetrics.width(note, NOTE_SIZE, false));
        }
        // The note on transactions without actors wraps to the width of the drawing.
        List<String> unattached = new ArrayList<>();
        if (!graph.unattached.isEmpty()) {
            double room = Math.max(Math.max(maxX - minX, legendWidth), MIN_NOTE_WIDTH);
            List<String> names = graph.unattached.stream().map(ActorGraph::transactionLabel).toList();
            StringBuilder line = new StringBuilder("Without actors, not drawn: ");
            for (int i = 0; i < names.size(); i++) {
                String item = names.get(i) + (i < names.size() - 1 ? "," : "");
                if (i > 0 && TextMetrics.width(line + item, NOTE_SIZE, false) > room) {
                    unattached.add(line.toString().strip());
                    line.setLength(0);
                }
                line.append(item).append(' ');
            }
            unattached.add(line.toString().strip());
        }
        for (String note : unattached) {
            legendWidth = Math.max(legendWidth, TextMetrics.width(note, NOTE_SIZE, false));
        }
        int width = (int) Math.ceil(Math.max(maxX - minX + 2 * MARGIN, legendWidth + 2 * MARGIN));
        int height = (int) Math.ceil(legendY + (notes.size() - 1 + unattached.size()) * 20 + 10);
        return new Canvas(width, height, ox, oy, legendY, notes, unattached);
    }

    /** The arrowhead every line and stub ends in; the {@code marker-end} that refers to it. */
    private String arrowMarker(Svg svg) {
        svg.open("defs");
        svg.open("marker", "id", id + "-arrow", "viewBox", "0 0 10 10", "refX", "10", "refY", "5",
                "markerWidth", Svg.num(ARROW), "markerHeight", Svg.num(ARROW), "markerUnits", "userSpaceOnUse",
                "orient", "auto-start-reverse");
        svg.empty("path", "d", "M0 0.8 L10 5 L0 9.2 Z", "fill", INK.hex());
        svg.close("marker");
        svg.close("defs");
        return "url(#" + id + "-arrow)";
    }

    /**
     * A line per pair and direction, and the loops. A line to or from a placeholder is a stub
     * ({@code data-kind} "out" without a recorded responder, "in" without a recorded initiator).
     */
    private void transactions(Svg svg, Canvas c, String arrow) {
        double ox = c.ox();
        double oy = c.oy();
        svg.open("g", "class", "transactions");
        for (ActorPair p : graph.pairs) {
            for (FlowLine s : p.segments) {
                String ids = String.join(" ", s.flows().stream().map(f -> key(f.transaction())).toList());
                boolean out = s.to().isPlaceholder();
                boolean open = out || s.from().isPlaceholder();
                svg.empty("line", "class", open ? "stub ink" : "flow ink",
                        "data-kind", open ? (out ? "out" : "in") : null,
                        "data-actor", open ? (out ? s.from() : s.to()).name : null,
                        "data-initiator", open ? null : s.from().name, "data-responder", open ? null : s.to().name,
                        "data-transactions", ids,
                        "x1", Svg.num(s.x1() + ox), "y1", Svg.num(s.y1() + oy), "x2", Svg.num(s.x2() + ox),
                        "y2", Svg.num(s.y2() + oy), "stroke", INK.hex(), "stroke-width", "1.4",
                        "stroke-dasharray", s.confirmed() ? null : DASH, "marker-end", arrow);
            }
        }
        for (TransactionStub s : graph.stubs) {
            stub(svg, s, ox, oy, arrow);
        }
        svg.close("g");
    }

    /** A loop out of the actor's box and back, for transactions to another actor of the same kind. */
    private void stub(Svg svg, TransactionStub s, double ox, double oy, String arrow) {
        boolean confirmed = s.transactions.stream().allMatch(t -> t.verification().isVerified());
        String ids = String.join(" ", s.transactions.stream().map(ActorGraph::key).toList());
        svg.empty("path", "class", "stub ink", "data-kind", "self", "data-actor", s.actor.name,
                "data-transactions", ids, "d", loop(s, ox, oy), "fill", "none", "stroke", INK.hex(),
                "stroke-width", "1.4", "stroke-dasharray", confirmed ? null : DASH, "marker-end", arrow);
    }

    /** The path of a loop: out of the box and back in beside where it left, in the stub's direction. */
    private String loop(TransactionStub s, double ox, double oy) {
        double nx = -s.dy * 9;
        double ny = s.dx * 9;
        double[] a = grid.exit(s.actor, s.actor.cx + nx, s.actor.cy + ny, s.actor.cx + nx + s.dx * 1000,
                s.actor.cy + ny + s.dy * 1000);
        double[] b = grid.exit(s.actor, s.actor.cx - nx, s.actor.cy - ny, s.actor.cx - nx + s.dx * 1000,
                s.actor.cy - ny + s.dy * 1000);
        return "M" + Svg.num(a[0] + ox) + " " + Svg.num(a[1] + oy) + " C"
                + Svg.num(a[0] + s.dx * STUB * 1.3 + ox) + " " + Svg.num(a[1] + s.dy * STUB * 1.3 + oy) + " "
                + Svg.num(b[0] + s.dx * STUB * 1.3 + ox) + " " + Svg.num(b[1] + s.dy * STUB * 1.3 + oy) + " "
                + Svg.num(b[0] + ox) + " " + Svg.num(b[1] + oy);
    }

    /**
     * Each actor's box with its name, centred, on one to three lines; a placeholder's box white,
     * dotted, its words muted and in italics, so that it does not read as an actor.
     */
    private void actors(Svg svg, Canvas c) {
        double ox = c.ox();
        double oy = c.oy();
        svg.open("g", "class", "actors");
        for (ActorBox a : graph.actors) {
            if (a.isPlaceholder()) {
                placeholder(svg, a, ox, oy);
                continue;
            }
            svg.open("g", "class", "actor", "data-actor", a.name);
            svg.empty("rect", "class", "actor", "x", Svg.num(a.cx - bw / 2 + ox), "y", Svg.num(a.cy - bh / 2 + oy),
                    "width", Svg.num(bw), "height", Svg.num(bh), "rx", "3", "fill", BOX_FILL.hex(), "stroke",
                    INK.hex(), "stroke-width", a.confirmed ? "1.6" : "1.4", "stroke-dasharray",
                    a.confirmed ? null : DASH);
            svg.open("text", "x", Svg.num(a.cx + ox), "text-anchor", "middle", "font-size",
                    Integer.toString(NAME_SIZE), "font-weight", "700", "fill", INK.hex());
            double first = a.cy + oy - (a.lines.size() - 1) * NAME_LINE / 2.0 + NAME_SIZE * 0.36;
            for (int i = 0; i < a.lines.size(); i++) {
                svg.text("tspan", a.lines.get(i), "x", Svg.num(a.cx + ox), "y", Svg.num(first + i * NAME_LINE));
            }
            svg.close("text");
            svg.close("g");
        }
        svg.close("g");
    }

    private void placeholder(Svg svg, ActorBox a, double ox, double oy) {
        svg.open("g", "class", "placeholder", "data-kind", a.name.equals(ActorGraph.NO_RESPONDER) ? "out" : "in",
                "data-actor", a.placeholderOf.name);
        svg.empty("rect", "class", "placeholder ink", "x", Svg.num(a.cx - bw / 2 + ox), "y",
                Svg.num(a.cy - bh / 2 + oy), "width", Svg.num(bw), "height", Svg.num(bh), "rx", "3", "fill",
                "#ffffff", "stroke", INK.hex(), "stroke-width", "1", "stroke-dasharray", "1.5 3");
        svg.open("text", "x", Svg.num(a.cx + ox), "text-anchor", "middle", "font-size", Integer.toString(NAME_SIZE),
                "font-style", "italic", "fill", MUTED.hex());
        double first = a.cy + oy - (a.lines.size() - 1) * NAME_LINE / 2.0 + NAME_SIZE * 0.36;
        for (int i = 0; i < a.lines.size(); i++) {
            svg.text("tspan", a.lines.get(i), "x", Svg.num(a.cx + ox), "y", Svg.num(first + i * NAME_LINE));
        }
        svg.close("text");
        svg.close("g");
    }

    /** Dotted lines from labels that had to move off their lines to the points they belong to. */
    private void leaders(Svg svg, Canvas c) {
        double ox = c.ox();
        double oy = c.oy();
        svg.open("g", "class", "leaders");
        for (TransactionLabel l : graph.labels()) {
            if (Geometry.distanceToRect(l.ax, l.ay, l.x, l.y, l.w, l.h) <= LEADER_DISTANCE) {
                continue;
            }
            double px = Math.clamp(l.ax, l.x, l.x + l.w);
            double py = Math.clamp(l.ay, l.y, l.y + l.h);
            svg.empty("line", "class", "leader", "x1", Svg.num(px + ox), "y1", Svg.num(py + oy), "x2",
                    Svg.num(l.ax + ox), "y2", Svg.num(l.ay + oy), "stroke", LEADER.hex(), "stroke-width", "1",
                    "stroke-dasharray", "2 2");
            svg.empty("circle", "class", "leader", "cx", Svg.num(l.ax + ox), "cy", Svg.num(l.ay + oy), "r", "2.2",
                    "fill", LEADER.hex());
        }
        svg.close("g");
    }

    /** The labels, each line led by an arrow pointing the way its transaction goes. */
    private void labels(Svg svg, Canvas c) {
        svg.open("g", "class", "labels");
        for (ActorPair p : graph.pairs) {
            List<String> glyphs = new ArrayList<>();
            for (TransactionFlow f : p.flows) {
                glyphs.add(glyph(f.to().cx - f.from().cx, f.to().cy - f.from().cy));
            }
            label(svg, p.label, p.flows.stream().map(TransactionFlow::transaction).toList(), glyphs, c);
        }
        for (TransactionStub s : graph.stubs) {
            label(svg, s.label, s.transactions, s.transactions.stream().map(t -> "↻").toList(), c);
        }
        svg.close("g");
    }

    /** One label on its white ground; an unconfirmed transaction's line framed with a dashed line. */
    private void label(Svg svg, TransactionLabel l, List<ProfileTransaction> transactions, List<String> glyphs,
            Canvas c) {
        double ox = c.ox();
        double oy = c.oy();
        svg.open("g", "class", "label");
        svg.empty("rect", "class", "label", "x", Svg.num(l.x + ox), "y", Svg.num(l.y + oy), "width", Svg.num(l.w),
                "height", Svg.num(l.h), "fill", "#ffffff");
        for (int i = 0; i < l.entries.size(); i++) {
            LabelEntry e = l.entries.get(i);
            double top = l.y + oy + LABEL_PAD_Y + i * LABEL_LINE;
            if (!e.confirmed()) {
                svg.empty("rect", "class", "unconfirmed ink", "x", Svg.num(l.x + ox + 0.5), "y",
                        Svg.num(top + 0.5), "width", Svg.num(l.w - 1), "height", Svg.num(LABEL_LINE - 1),
                        "fill", "none", "stroke", INK.hex(), "stroke-width", "1", "stroke-dasharray", ENTRY_DASH);
            }
            String text = glyphs.get(i) + " " + transactionLabel(transactions.get(i));
            svg.text("text", text, "class", "transaction", "data-transaction", key(transactions.get(i)),
                    "x", Svg.num(l.x + ox + LABEL_PAD_X), "y", Svg.num(top + LABEL_LINE / 2.0 + LABEL_SIZE * 0.36),
                    "font-size", Integer.toString(LABEL_SIZE), "fill", INK.hex());
        }
        svg.close("g");
    }

    /** What an arrow means and, when anything is dashed, what dashes mean; transactions not drawn. */
    private void legend(Svg svg, Canvas c, String arrow) {
        List<String> notes = c.notes();
        svg.open("g", "class", "legend");
        for (int i = 0; i < notes.size(); i++) {
            double y = c.legendY() + i * 20;
            svg.empty("line", "class", "ink", "x1", Svg.num(MARGIN), "y1", Svg.num(y - 4), "x2",
                    Svg.num(MARGIN + 34), "y2", Svg.num(y - 4), "stroke", INK.hex(), "stroke-width", "1.4",
                    "stroke-dasharray", notes.get(i).equals(DASHED_NOTE) ? DASH : null, "marker-end",
                    notes.get(i).equals(ARROW_NOTE) ? arrow : null);
            svg.text("text", notes.get(i), "x", Svg.num(MARGIN + 44), "y", Svg.num(y), "font-size",
                    Integer.toString(NOTE_SIZE), "fill", MUTED.hex());
        }
        for (int i = 0; i < c.unattached().size(); i++) {
            svg.text("text", c.unattached().get(i), "x", Svg.num(MARGIN),
                    "y", Svg.num(c.legendY() + (notes.size() + i) * 20), "font-size", Integer.toString(NOTE_SIZE),
                    "fill", MUTED.hex());
        }
        svg.close("g");
    }

    /** The arrow among the eight that points most nearly along (dx, dy), y downwards. */
    static String glyph(double dx, double dy) {
        double angle = Math.toDegrees(Math.atan2(dy, dx));
        int sector = Math.floorMod(Math.round(angle / 45), 8);
        return switch (sector) {
            case 0 -> "→";
            case 1 -> "↘";
            case 2 -> "↓";
            case 3 -> "↙";
            case 4 -> "←";
            case 5 -> "↖";
            case 6 -> "↑";
            default -> "↗";
        };
    }

    // --- the text alternative -----------------------------------------------------------------

    /** Everything the picture shows, in words. */
    private String description() {
        StringBuilder d = new StringBuilder();
        List<ActorBox> actors = graph.realActors();
        int n = actors.size();
        int t = profile.transactions().size();
        d.append(profile.title()).append(": ").append(n).append(n == 1 ? " actor, " : " actors, ").append(t)
                .append(t == 1 ? " transaction. " : " transactions. ");
        if (n > 0) {
            List<String> names = new ArrayList<>();
            for (ActorBox a : actors) {
                names.add(a.name + verificationNote(profile.actor(a.name).map(ProfileActor::verification)
                        .orElse(Verification.unverified()).level()));
            }
            d.append("Actors: ").append(String.join(", ", names)).append(". ");
        }
        for (ProfileTransaction tx : profile.transactions()) {
            describe(d, tx);
        }
        for (ActorBox a : actors) {
            if (profile.transactionsOf(a.name).isEmpty()) {
                d.append(a.name).append(" takes part in no transaction of this profile. ");
            }
        }
        return d.toString().strip();
    }

    /** Who initiates {@code tx} and who responds, and how far it is verified. */
    private static void describe(StringBuilder d, ProfileTransaction tx) {
        String what = transactionLabel(tx);
        String note = verificationNote(tx.verification().level());
        if (tx.initiators().isEmpty() && tx.responders().isEmpty()) {
            d.append(what).append(" has no actors recorded").append(note).append(". ");
        } else if (tx.responders().isEmpty()) {
            for (String i : tx.initiators()) {
                d.append(i).append(" initiates ").append(what).append(", which has no responding actor")
                        .append(note).append(". ");
            }
        } else if (tx.initiators().isEmpty()) {
            d.append(list(tx.responders())).append(tx.responders().size() == 1 ? " responds to " : " respond to ")
                    .append(what).append(", which has no initiating actor").append(note).append(". ");
        } else {
            for (String i : tx.initiators()) {
                List<String> to = tx.responders().stream().filter(r -> !r.equals(i)).toList();
                if (to.isEmpty()) {
                    to = List.of("another " + i);
                }
                d.append(i).append(" initiates ").append(what).append(" to ").append(list(to)).append(note)
                        .append(". ");
            }
        }
    }

    private static String verificationNote(VerificationLevel level) {
        return level == VerificationLevel.VERIFIED ? "" : " (" + level.label().toLowerCase(Locale.ROOT) + ")";
    }

    /** "A", "A and B", "A, B and C". */
    private static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
