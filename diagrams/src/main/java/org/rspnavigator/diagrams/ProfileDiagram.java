package org.rspnavigator.diagrams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.ProfileTransaction;
import org.rspnavigator.model.Verification;
import org.rspnavigator.model.VerificationLevel;

/**
 * The actor diagram of one IHE profile, drawn the way the IHE Technical Framework draws its
 * figures (Vol. 1, figure x.1-1): each actor a box with its name, each transaction a line from
 * the initiating to the responding actor with the arrowhead at the responder, labelled with its
 * name and number ("Query Images [RAD-14]").
 *
 * <p>Transactions between the same two actors share one label listing them all, each with an
 * arrow showing which way it goes; when they go both ways the actors are joined by two parallel
 * lines, one per direction. A transaction without a responder (a display-only transaction) is a
 * short arrow out of its initiator, one without an initiator a short arrow into its responder.
 * Actors in no transaction are drawn too. Every actor and transaction that is not verified
 * against its source is dashed, as the legend says.
 *
 * <p>Layout: the actors are placed on a grid whose shape and assignment are chosen by simulated
 * annealing (short lines, few crossings, no line through another actor's box, not too wide for a
 * page), with a fixed seed so that a profile is always drawn the same way. Lines run straight
 * between box borders; each label sits on its line where it covers least, on a white ground, and
 * overlapping labels are pushed apart. Where labels still collide or drift from their lines the
 * gaps between rows and columns are widened and the labels placed again. The canvas is the size
 * of what was drawn; the picture scales with {@code viewBox} and width 100%.
 *
 * <p>The drawing is hidden from assistive technology; the {@code <desc>} says in words what it
 * shows (every transaction, its initiator and responders, and what is not verified).
 */
public final class ProfileDiagram {

    static final Colour INK = Palette.TEXT;
    static final Colour MUTED = Palette.MUTED;
    static final Colour BOX_FILL = Colour.hex("#f6f8fa");
    /** Leaders are graphics one needs to read the picture: 3:1 against white at least (WCAG 1.4.11). */
    static final Colour LEADER = Palette.MUTED;

    /** The legend's words for a dashed actor, line or label. */
    static final String DASHED_NOTE = "dashed: not confirmed against the Technical Framework";
    static final String ARROW_NOTE = "arrow: from the initiating to the responding actor";

    static final int NAME_SIZE = 13;
    static final int NAME_LINE = 16;
    static final int LABEL_SIZE = 12;
    static final int LABEL_LINE = 16;
    static final int NOTE_SIZE = 12;

    private static final double BOX_PAD_X = 10;
    private static final double BOX_PAD_Y = 9;
    private static final double MIN_BOX_WIDTH = 140;
    private static final int MAX_NAME_LINES = 3;
    /** Boxes up to this wide hold names on two lines; long names take three rather than widen them more. */
    private static final double TWO_LINE_WIDTH = 190;
    private static final double MAX_BOX_WIDTH = 320;
    private static final double LABEL_PAD_X = 5;
    private static final double LABEL_PAD_Y = 2;
    /** Half the distance between the two lines of a pair of actors with transactions both ways. */
    private static final double PARALLEL = 4;
    private static final double ARROW = 10;
    private static final double STUB = 34;
    private static final double MIN_GAP_X = 56;
    private static final double MIN_GAP_Y = 60;
    private static final double MARGIN = 12;
    /** A label further than this from its line gets a leader. */
    private static final double LEADER_DISTANCE = 8;
    /** The widest canvas the grid search aims for, about a page's content width. */
    private static final double TARGET_WIDTH = 1250;
    /** What a crossing costs in the grid search, in grid columns of line length. */
    private static final double CROSSING = 2;
    private static final String DASH = "6 4";
    /** At most this many rounds of widening the gaps. */
    private static final int ROUNDS = 12;
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

    private ProfileDiagram() {
    }

    /** The actor–transaction diagram of {@code profile} as SVG markup for placing inline in a page. */
    public static String svg(Profile profile) {
        Diagram diagram = new Diagram(profile);
        diagram.layout();
        return diagram.render();
    }

    // ---------------------------------------------------------------------------------------
    // The parts of the picture

    /** An actor's box; {@code cx}, {@code cy} its centre once placed. */
    static final class Actor {
        final String name;
        final int index;
        final boolean confirmed;
        List<String> lines = List.of();
        int col;
        int row;
        double cx;
        double cy;

        Actor(String name, int index, boolean confirmed) {
            this.name = name;
            this.index = index;
            this.confirmed = confirmed;
        }
    }

    /** One transaction from one initiator to one responder. */
    record Flow(ProfileTransaction transaction, int order, Actor from, Actor to) {
        boolean confirmed() {
            return transaction.verification().isVerified();
        }
    }

    /** A drawn straight line with an arrowhead at its end. */
    record Segment(double x1, double y1, double x2, double y2, Actor from, Actor to, List<Flow> flows) {
        boolean confirmed() {
            return flows.stream().allMatch(Flow::confirmed);
        }
    }

    /** Two actors and the transactions between them, both ways. */
    static final class Pair {
        final Actor a;
        final Actor b;
        final List<Flow> flows = new ArrayList<>();
        final List<Segment> segments = new ArrayList<>();
        Label label;
        /** The part of the line between the two boxes, where the label may sit. */
        double sx1;
        double sy1;
        double sx2;
        double sy2;

        Pair(Actor a, Actor b) {
            this.a = a;
            this.b = b;
        }
    }

    enum StubKind {
        /** Initiated, with no responder: an arrow out of the box. */
        OUT,
        /** Responded to, with no initiator: an arrow into the box. */
        IN,
        /** From an actor to another actor of the same kind: a loop. */
        SELF
    }

    /** The transactions of one actor that have no other actor at their other end. */
    static final class Stub {
        final Actor actor;
        final StubKind kind;
        final List<ProfileTransaction> transactions = new ArrayList<>();
        Label label;
        double dx;
        double dy;
        double x1;
        double y1;
        double x2;
        double y2;

        Stub(Actor actor, StubKind kind) {
            this.actor = actor;
            this.kind = kind;
        }
    }

    record Entry(String text, boolean confirmed) {
    }

    /** A stacked label: top-left corner {@code x}, {@code y}; where it was put before being pushed. */
    static final class Label {
        final List<Entry> entries;
        final double w;
        final double h;
        double x;
        double y;
        double placedX;
        double placedY;
        /** The point of its line the label belongs to, for a leader when it had to move away. */
        double ax;
        double ay;

        Label(List<Entry> entries) {
            this.entries = entries;
            double widest = 0;
            for (Entry e : entries) {
                widest = Math.max(widest, TextMetrics.width(e.text(), LABEL_SIZE, false));
            }
            this.w = Math.ceil(widest + 2 * LABEL_PAD_X);
            this.h = entries.size() * LABEL_LINE + 2 * LABEL_PAD_Y;
        }

        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }

        void centreAt(double cx, double cy) {
            x = cx - w / 2;
            y = cy - h / 2;
        }
    }

    // ---------------------------------------------------------------------------------------
    // Layout

    private static final class Diagram {
        final Profile profile;
        final String id;
        final List<Actor> actors = new ArrayList<>();
        final Map<String, Actor> byName = new LinkedHashMap<>();
        final List<Pair> pairs = new ArrayList<>();
        final List<Stub> stubs = new ArrayList<>();
        final List<ProfileTransaction> unattached = new ArrayList<>();
        double bw;
        double bh;
        int cols;
        int rows;
        double[] gapX;
        double[] gapY;
        double[] colLeft;
        double[] rowTop;

        Diagram(Profile profile) {
            this.profile = profile;
            this.id = "rsp-profile-" + profile.id().replaceAll("[^A-Za-z0-9_-]", "-");
            for (ProfileActor a : profile.actors()) {
                actor(a.name(), a.verification().isVerified());
            }
            Map<String, Pair> pairsByKey = new LinkedHashMap<>();
            Map<String, Stub> stubsByKey = new LinkedHashMap<>();
            List<ProfileTransaction> transactions = profile.transactions();
            for (int order = 0; order < transactions.size(); order++) {
                ProfileTransaction t = transactions.get(order);
                // An actor the transaction names but the profile does not list is drawn, dashed.
                t.initiators().forEach(name -> actor(name, false));
                t.responders().forEach(name -> actor(name, false));
                if (t.initiators().isEmpty() && t.responders().isEmpty()) {
                    unattached.add(t);
                    continue;
                }
                if (t.responders().isEmpty() || t.initiators().isEmpty()) {
                    StubKind kind = t.responders().isEmpty() ? StubKind.OUT : StubKind.IN;
                    for (String name : kind == StubKind.OUT ? t.initiators() : t.responders()) {
                        stubsByKey.computeIfAbsent(name + "\n" + kind, k -> new Stub(byName.get(name), kind))
                                .transactions.add(t);
                    }
                    continue;
                }
                boolean self = t.initiators().size() == 1 && t.initiators().equals(t.responders());
                if (self) {
                    String name = t.initiators().getFirst();
                    stubsByKey.computeIfAbsent(name + "\n" + StubKind.SELF,
                            k -> new Stub(byName.get(name), StubKind.SELF)).transactions.add(t);
                    continue;
                }
                for (String i : t.initiators()) {
                    for (String r : t.responders()) {
                        // An actor both initiating and responding relays the transaction; no loop.
                        if (i.equals(r)) {
                            continue;
                        }
                        Actor from = byName.get(i);
                        Actor to = byName.get(r);
                        Actor a = from.index < to.index ? from : to;
                        Actor b = a == from ? to : from;
                        pairsByKey.computeIfAbsent(a.index + ":" + b.index, k -> new Pair(a, b)).flows
                                .add(new Flow(t, order, from, to));
                    }
                }
            }
            pairs.addAll(pairsByKey.values());
            stubs.addAll(stubsByKey.values());
            for (Pair p : pairs) {
                p.flows.sort(Comparator.comparingInt(Flow::order).thenComparing(f -> f.from() == p.a ? 0 : 1));
                p.label = new Label(p.flows.stream()
                        .map(f -> new Entry("→ " + transactionLabel(f.transaction()), f.confirmed())).toList());
            }
            for (Stub s : stubs) {
                s.label = new Label(s.transactions.stream()
                        .map(t -> new Entry("→ " + transactionLabel(t), t.verification().isVerified())).toList());
            }
        }

        private Actor actor(String name, boolean confirmed) {
            return byName.computeIfAbsent(name, n -> {
                Actor a = new Actor(n, actors.size(), confirmed);
                actors.add(a);
                return a;
            });
        }

        void layout() {
            if (actors.isEmpty()) {
                return;
            }
            sizeBoxes();
            searchGrid();
            sizeGaps();
            // Widen until every label reads well; keep the best round, as widening does not always help.
            double bestScore = Double.MAX_VALUE;
            double[] bestX = gapX.clone();
            double[] bestY = gapY.clone();
            int sinceBest = 0;
            for (int round = 0; round < ROUNDS; round++) {
                arrange();
                double[] x = gapX.clone();
                double[] y = gapY.clone();
                double score = score();
                if (score < bestScore - 1e-6) {
                    bestScore = score;
                    bestX = x;
                    bestY = y;
                    sinceBest = 0;
                } else if (++sinceBest >= 3) {
                    break;
                }
                if (!widenWhereCrowded(round)) {
                    break;
                }
            }
            gapX = bestX;
            gapY = bestY;
            arrange();
            // Last resort: more room everywhere until no label overlaps anything.
            for (int attempt = 0; attempt < 8 && anyOverlap(); attempt++) {
                for (int i = 0; i < gapX.length; i++) {
                    gapX[i] *= 1.25;
                }
                for (int i = 0; i < gapY.length; i++) {
                    gapY[i] *= 1.25;
                }
                arrange();
            }
        }

        private boolean anyOverlap() {
            List<Label> all = labels();
            for (Label l : all) {
                if (boxOverlap(l, 0, null) > 0) {
                    return true;
                }
            }
            return labelsOverlap();
        }

        private void arrange() {
            place();
            placeStubs();
            placeLabels();
            separate();
        }

        /** Labels that overlap count most, then labels that read badly, then the canvas width. */
        private double score() {
            List<Label> all = labels();
            double score = 0;
            for (Label l : all) {
                boolean overlaps = boxOverlap(l, BOX_GAP - 0.5, null) > 0;
                for (Label other : all) {
                    overlaps |= other != l && overlapArea(l, other, 0) > 0;
                }
                if (overlaps) {
                    score += 100_000;
                } else if (readsBadly(l)) {
                    score += 1_000;
                }
            }
            double room = 0;
            for (double g : gapX) {
                room += g;
            }
            for (double g : gapY) {
                room += g * 0.5;
            }
            return score + room;
        }

        private boolean readsBadly(Label l) {
            return Math.hypot(l.x - l.placedX, l.y - l.placedY) > Math.max(18, l.h * 0.6) || hidesOtherLines(l)
                    || ambiguous(l, ownerOf(l));
        }

        /**
         * One width for all boxes: the narrowest at which every name fits on two lines, unless that
         * is wider than {@link #TWO_LINE_WIDTH}; then the narrowest for three lines.
         */
        private void sizeBoxes() {
            double width = narrowest(2);
            if (width > TWO_LINE_WIDTH) {
                width = narrowest(MAX_NAME_LINES);
            }
            for (Actor a : actors) {
                a.lines = wrap(a.name, width - 2 * BOX_PAD_X);
            }
            double widest = 0;
            int lines = 1;
            for (Actor a : actors) {
                for (String line : a.lines) {
                    widest = Math.max(widest, TextMetrics.width(line, NAME_SIZE, true));
                }
                lines = Math.max(lines, a.lines.size());
            }
            bw = Math.max(MIN_BOX_WIDTH, Math.ceil(widest + 2 * BOX_PAD_X));
            bh = lines * NAME_LINE + 2 * BOX_PAD_Y;
        }

        private double narrowest(int lines) {
            double width = MIN_BOX_WIDTH;
            while (width < MAX_BOX_WIDTH) {
                double inner = width - 2 * BOX_PAD_X;
                if (actors.stream().allMatch(a -> wrap(a.name, inner).size() <= lines)) {
                    break;
                }
                width += 5;
            }
            return width;
        }

        // --- grid search ----------------------------------------------------------------------

        private void searchGrid() {
            int n = actors.size();
            double typical = pairs.stream().mapToDouble(p -> p.label.w).average().orElse(120);
            double sx = bw + Math.clamp(typical * 0.8, 70, 260);
            double sy = bh + 80;
            int[][] edges = new int[pairs.size()][];
            double[] weights = new double[pairs.size()];
            double[] labelW = new double[pairs.size()];
            double[] labelH = new double[pairs.size()];
            for (int i = 0; i < pairs.size(); i++) {
                Pair p = pairs.get(i);
                edges[i] = new int[] {p.a.index, p.b.index};
                weights[i] = 1 + 0.25 * (p.flows.size() - 1);
                labelW[i] = p.label.w;
                labelH[i] = p.label.h;
            }
            boolean[] hasStub = new boolean[n];
            stubs.forEach(s -> hasStub[s.actor.index] = true);

            int limit = (int) Math.ceil(Math.sqrt(n)) + 2;
            double bestCost = Double.MAX_VALUE;
            int[] best = null;
            int bestCols = 1;
            long seed = 21860;
            for (int c = 1; c <= Math.min(n, limit); c++) {
                int r0 = (n + c - 1) / c;
                if (r0 > limit || (c > 1 && (c - 1) * r0 >= n)) {
                    continue;
                }
                for (int r = r0; r <= r0 + (n >= 4 ? 1 : 0); r++) {
                    Annealing search = new Annealing(n, c, r, edges, weights, labelW, labelH, hasStub, sx, sy,
                            bw, bh);
                    int[] slots = search.run(new Random(seed++));
                    double cost = search.cost(slots);
                    if (cost < bestCost - 1e-9) {
                        bestCost = cost;
                        best = slots;
                        bestCols = c;
                    }
                }
            }
            int[] slots = best;
            for (Actor a : actors) {
                a.col = slots[a.index] % bestCols;
                a.row = slots[a.index] / bestCols;
            }
            cols = bestCols;
            rows = actors.stream().mapToInt(a -> a.row).max().orElse(0) + 1;
            compact(sx, sy);
        }

        /** Drops empty columns and rows, unless that would put a box in the way of a line. */
        private void compact(double sx, double sy) {
            List<Integer> usedCols = actors.stream().map(a -> a.col).distinct().sorted().toList();
            List<Integer> usedRows = actors.stream().map(a -> a.row).distinct().sorted().toList();
            int before = boxesInTheWay(a -> a.col * sx, a -> a.row * sy);
            int after = boxesInTheWay(a -> usedCols.indexOf(a.col) * sx, a -> usedRows.indexOf(a.row) * sy);
            if (after > before) {
                return;
            }
            for (Actor a : actors) {
                a.col = usedCols.indexOf(a.col);
                a.row = usedRows.indexOf(a.row);
            }
            cols = usedCols.size();
            rows = usedRows.size();
        }

        private int boxesInTheWay(ToDoubleFunction<Actor> x,
                ToDoubleFunction<Actor> y) {
            int count = 0;
            for (Pair p : pairs) {
                for (Actor k : actors) {
                    if (k != p.a && k != p.b && clipLength(x.applyAsDouble(p.a), y.applyAsDouble(p.a),
                            x.applyAsDouble(p.b), y.applyAsDouble(p.b), x.applyAsDouble(k) - bw / 2 - 8,
                            y.applyAsDouble(k) - bh / 2 - 8, x.applyAsDouble(k) + bw / 2 + 8,
                            y.applyAsDouble(k) + bh / 2 + 8) > 0) {
                        count++;
                    }
                }
            }
            return count;
        }

        // --- gaps and positions ---------------------------------------------------------------

        /**
         * Gaps with room for the labels that will sit in them. A label sits at the middle of its
         * line: between two columns, level with a row of boxes, it needs a gap as wide as itself;
         * between two rows, labels side by side share the gap and labels that would overlap are
         * stacked, so the gap is as high as the stacks.
         */
        private void sizeGaps() {
            gapX = new double[Math.max(0, cols - 1)];
            gapY = new double[Math.max(0, rows - 1)];
            Arrays.fill(gapX, MIN_GAP_X);
            Arrays.fill(gapY, MIN_GAP_Y);
            for (Pair p : pairs) {
                int dr = Math.abs(p.a.row - p.b.row);
                int dc = Math.abs(p.a.col - p.b.col);
                if (dr % 2 == 0 && dc % 2 == 1) {
                    int g = (p.a.col + p.b.col) / 2;
                    gapX[g] = Math.max(gapX[g], p.label.w + 2 * (ARROW + 10));
                }
            }
            place();
            for (int r = 0; r < rows - 1; r++) {
                List<double[]> spans = new ArrayList<>();
                for (Pair p : pairs) {
                    int dr = Math.abs(p.a.row - p.b.row);
                    if (dr % 2 == 1 && (p.a.row + p.b.row) / 2 == r) {
                        double mx = (p.a.cx + p.b.cx) / 2;
                        spans.add(new double[] {mx - p.label.w / 2, mx + p.label.w / 2, p.label.h});
                    }
                }
                spans.sort(Comparator.comparingDouble(span -> span[0]));
                List<double[]> tracks = new ArrayList<>(); // right end, height
                for (double[] span : spans) {
                    double[] track = tracks.stream().filter(t -> t[0] + 2 * LABEL_GAP <= span[0]).findFirst()
                            .orElse(null);
                    if (track == null) {
                        tracks.add(new double[] {span[1], span[2]});
                    } else {
                        track[0] = span[1];
                        track[1] = Math.max(track[1], span[2]);
                    }
                }
                double need = 2 * (ARROW + 8) + 2 * LABEL_GAP * Math.max(0, tracks.size() - 1);
                for (double[] track : tracks) {
                    need += track[1];
                }
                gapY[r] = Math.max(gapY[r], need);
            }
        }

        private void place() {
            colLeft = new double[cols];
            rowTop = new double[rows];
            double x = 0;
            for (int c = 0; c < cols; c++) {
                colLeft[c] = x;
                x += bw + (c < cols - 1 ? gapX[c] : 0);
            }
            double y = 0;
            for (int r = 0; r < rows; r++) {
                rowTop[r] = y;
                y += bh + (r < rows - 1 ? gapY[r] : 0);
            }
            for (Actor a : actors) {
                a.cx = colLeft[a.col] + bw / 2;
                a.cy = rowTop[a.row] + bh / 2;
            }
            for (Pair p : pairs) {
                p.segments.clear();
                double[] from = exit(p.a, p.a.cx, p.a.cy, p.b.cx, p.b.cy);
                double[] to = exit(p.b, p.b.cx, p.b.cy, p.a.cx, p.a.cy);
                p.sx1 = from[0];
                p.sy1 = from[1];
                p.sx2 = to[0];
                p.sy2 = to[1];
                List<Flow> ab = p.flows.stream().filter(f -> f.from() == p.a).toList();
                List<Flow> ba = p.flows.stream().filter(f -> f.from() == p.b).toList();
                double offset = !ab.isEmpty() && !ba.isEmpty() ? PARALLEL : 0;
                double len = Math.hypot(p.b.cx - p.a.cx, p.b.cy - p.a.cy);
                double nx = -(p.b.cy - p.a.cy) / len;
                double ny = (p.b.cx - p.a.cx) / len;
                if (!ab.isEmpty()) {
                    p.segments.add(segment(p.a, p.b, nx * offset, ny * offset, ab));
                }
                if (!ba.isEmpty()) {
                    p.segments.add(segment(p.b, p.a, -nx * offset, -ny * offset, ba));
                }
            }
        }

        private Segment segment(Actor from, Actor to, double ox, double oy, List<Flow> flows) {
            double[] start = exit(from, from.cx + ox, from.cy + oy, to.cx + ox, to.cy + oy);
            double[] end = exit(to, to.cx + ox, to.cy + oy, from.cx + ox, from.cy + oy);
            return new Segment(start[0], start[1], end[0], end[1], from, to, flows);
        }

        /** Where the ray from (px, py), inside the actor's box, towards (qx, qy) leaves the box. */
        private double[] exit(Actor box, double px, double py, double qx, double qy) {
            double dx = qx - px;
            double dy = qy - py;
            double t = Double.MAX_VALUE;
            if (dx > 1e-9) {
                t = Math.min(t, (box.cx + bw / 2 - px) / dx);
            } else if (dx < -1e-9) {
                t = Math.min(t, (box.cx - bw / 2 - px) / dx);
            }
            if (dy > 1e-9) {
                t = Math.min(t, (box.cy + bh / 2 - py) / dy);
            } else if (dy < -1e-9) {
                t = Math.min(t, (box.cy - bh / 2 - py) / dy);
            }
            if (t == Double.MAX_VALUE) {
                return new double[] {px, py};
            }
            return new double[] {px + t * dx, py + t * dy};
        }

        // --- stubs ----------------------------------------------------------------------------

        private static final double[][] DIRECTIONS = {{1, 0}, {-1, 0}, {0, -1}, {0, 1},
            {Math.sqrt(0.5), -Math.sqrt(0.5)}, {Math.sqrt(0.5), Math.sqrt(0.5)}, {-Math.sqrt(0.5), -Math.sqrt(0.5)},
            {-Math.sqrt(0.5), Math.sqrt(0.5)}};

        /** Points each stub where it crosses nothing, away from the actor's other lines. */
        private void placeStubs() {
            double left = colLeft[0];
            double right = colLeft[cols - 1] + bw;
            double top = rowTop[0];
            double bottom = rowTop[rows - 1] + bh;
            double midX = (left + right) / 2;
            double midY = (top + bottom) / 2;
            List<Label> placed = new ArrayList<>();
            for (Stub s : stubs) {
                double bestCost = Double.MAX_VALUE;
                double[] best = DIRECTIONS[0];
                for (int d = 0; d < DIRECTIONS.length; d++) {
                    double[] dir = DIRECTIONS[d];
                    if (stubTaken(s, dir)) {
                        continue;
                    }
                    orient(s, dir);
                    double cost = d < 2 ? 10 : d < 4 ? 0 : 30;
                    // Labels sticking out of the grid widen the canvas; sideways costs most.
                    cost += 2 * (Math.max(0, left - s.label.x) + Math.max(0, s.label.x + s.label.w - right));
                    cost += 0.5 * (Math.max(0, top - s.label.y) + Math.max(0, s.label.y + s.label.h - bottom));
                    double ox = s.actor.cx - midX;
                    double oy = s.actor.cy - midY;
                    double olen = Math.hypot(ox, oy);
                    if (olen > 1) {
                        cost -= 60 * (dir[0] * ox + dir[1] * oy) / olen;
                    }
                    for (Pair p : pairs) {
                        if (p.a == s.actor || p.b == s.actor) {
                            Actor other = p.a == s.actor ? p.b : p.a;
                            double vx = other.cx - s.actor.cx;
                            double vy = other.cy - s.actor.cy;
                            double cos = (vx * dir[0] + vy * dir[1]) / Math.hypot(vx, vy);
                            if (cos > Math.cos(Math.toRadians(40))) {
                                cost += 1000;
                            }
                        }
                        if (crosses(s.x1, s.y1, s.x2, s.y2, p.sx1, p.sy1, p.sx2, p.sy2)) {
                            cost += 300;
                        }
                        cost += 3 * clipLength(p.sx1, p.sy1, p.sx2, p.sy2, s.label.x, s.label.y, s.label.x + s.label.w,
                                s.label.y + s.label.h);
                    }
                    cost += 10 * boxOverlap(s.label, 6, null);
                    for (Actor a : actors) {
                        if (a != s.actor && clipLength(s.x1, s.y1, s.x2, s.y2, a.cx - bw / 2, a.cy - bh / 2,
                                a.cx + bw / 2, a.cy + bh / 2) > 0) {
                            cost += 1000;
                        }
                    }
                    for (Label other : placed) {
                        cost += 10 * overlapArea(s.label, other, 4);
                    }
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = dir;
                    }
                }
                orient(s, best);
                placed.add(s.label);
            }
        }

        /** Whether another stub of the same actor already points this way. */
        private boolean stubTaken(Stub s, double[] dir) {
            for (Stub other : stubs) {
                if (other == s) {
                    return false;
                }
                if (other.actor == s.actor && other.dx == dir[0] && other.dy == dir[1]) {
                    return true;
                }
            }
            return false;
        }

        private void orient(Stub s, double[] dir) {
            s.dx = dir[0];
            s.dy = dir[1];
            Actor a = s.actor;
            double[] start = exit(a, a.cx, a.cy, a.cx + dir[0] * 1000, a.cy + dir[1] * 1000);
            s.x1 = start[0];
            s.y1 = start[1];
            s.x2 = start[0] + dir[0] * STUB;
            s.y2 = start[1] + dir[1] * STUB;
            Label l = s.label;
            double cx = s.x2 + (Math.abs(dir[0]) < 1e-9 ? 0 : Math.signum(dir[0]) * (4 + l.w / 2));
            double cy = s.y2 + (Math.abs(dir[1]) < 1e-9 ? 0 : Math.signum(dir[1]) * (4 + l.h / 2));
            l.centreAt(cx, cy);
            l.placedX = l.x;
            l.placedY = l.y;
            l.ax = s.x2;
            l.ay = s.y2;
        }

        // --- labels ---------------------------------------------------------------------------

        /** Puts each pair's label on its line where it covers least, largest labels first. */
        private void placeLabels() {
            List<Label> placed = new ArrayList<>();
            stubs.forEach(s -> placed.add(s.label));
            List<Pair> order = new ArrayList<>(pairs);
            order.sort(Comparator.comparingDouble((Pair p) -> -p.label.w * p.label.h));
            double[] ts = {0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8};
            for (Pair p : order) {
                Label l = p.label;
                double dx = p.sx2 - p.sx1;
                double dy = p.sy2 - p.sy1;
                double len = Math.max(1, Math.hypot(dx, dy));
                double nx = -dy / len;
                double ny = dx / len;
                double side = Math.abs(nx) * l.w / 2 + Math.abs(ny) * l.h / 2 + 4;
                double bestCost = Double.MAX_VALUE;
                double bx = 0;
                double by = 0;
                double bax = 0;
                double bay = 0;
                for (double t : ts) {
                    double ax = p.sx1 + t * dx;
                    double ay = p.sy1 + t * dy;
                    for (double off : new double[] {0, side, -side}) {
                        l.centreAt(ax + nx * off, ay + ny * off);
                        double cost = 60 * Math.abs(t - 0.5) + (off == 0 ? 0 : 40);
                        cost += 10 * boxOverlap(l, 4, null);
                        for (Label other : placed) {
                            cost += 10 * overlapArea(l, other, 3);
                        }
                        for (Pair q : pairs) {
                            for (Segment s : q.segments) {
                                double covered = clipLength(s.x1(), s.y1(), s.x2(), s.y2(), l.x, l.y, l.x + l.w,
                                        l.y + l.h);
                                if (q != p) {
                                    cost += 2 * covered;
                                    // The arrowhead of another line must stay visible.
                                    double ex = s.x2() - (s.x2() - s.x1()) * ARROW / segLength(s);
                                    double ey = s.y2() - (s.y2() - s.y1()) * ARROW / segLength(s);
                                    if (clipLength(ex, ey, s.x2(), s.y2(), l.x - 2, l.y - 2, l.x + l.w + 2,
                                            l.y + l.h + 2) > 0) {
                                        cost += 400;
                                    }
                                }
                            }
                        }
                        for (Stub s : stubs) {
                            cost += 2 * clipLength(s.x1, s.y1, s.x2, s.y2, l.x, l.y, l.x + l.w, l.y + l.h);
                        }
                        if (ambiguous(l, p)) {
                            cost += 600;
                        }
                        // Its own arrowheads too.
                        for (Segment s : p.segments) {
                            double ex = s.x2() - (s.x2() - s.x1()) * (ARROW + 3) / segLength(s);
                            double ey = s.y2() - (s.y2() - s.y1()) * (ARROW + 3) / segLength(s);
                            if (clipLength(ex, ey, s.x2(), s.y2(), l.x, l.y, l.x + l.w, l.y + l.h) > 0) {
                                cost += 400;
                            }
                        }
                        if (cost < bestCost) {
                            bestCost = cost;
                            bx = l.x;
                            by = l.y;
                            bax = ax;
                            bay = ay;
                        }
                    }
                }
                l.x = bx;
                l.y = by;
                l.placedX = bx;
                l.placedY = by;
                l.ax = bax;
                l.ay = bay;
                placed.add(l);
            }
        }

        private List<Label> labels() {
            List<Label> all = new ArrayList<>();
            pairs.forEach(p -> all.add(p.label));
            stubs.forEach(s -> all.add(s.label));
            return all;
        }

        /** Pushes overlapping labels apart, and labels off boxes. */
        private void separate() {
            List<Label> all = labels();
            for (int iteration = 0; iteration < 400; iteration++) {
                boolean moved = false;
                for (int i = 0; i < all.size(); i++) {
                    for (int j = i + 1; j < all.size(); j++) {
                        moved |= pushApart(all.get(i), all.get(j));
                    }
                }
                for (Label l : all) {
                    for (Actor a : actors) {
                        moved |= pushOff(l, a);
                    }
                }
                if (!moved) {
                    return;
                }
            }
        }

        private static final double LABEL_GAP = 3;
        private static final double BOX_GAP = 4;

        private boolean pushApart(Label a, Label b) {
            double ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) + LABEL_GAP;
            double oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) + LABEL_GAP;
            if (ox <= 0 || oy <= 0) {
                return false;
            }
            if (ox < oy) {
                double s = a.cx() < b.cx() || (a.cx() == b.cx() && a.placedX <= b.placedX) ? 1 : -1;
                a.x -= s * (ox / 2 + 0.1);
                b.x += s * (ox / 2 + 0.1);
            } else {
                double s = a.cy() < b.cy() || (a.cy() == b.cy() && a.placedY <= b.placedY) ? 1 : -1;
                a.y -= s * (oy / 2 + 0.1);
                b.y += s * (oy / 2 + 0.1);
            }
            return true;
        }

        private boolean pushOff(Label l, Actor a) {
            double left = a.cx - bw / 2 - BOX_GAP;
            double top = a.cy - bh / 2 - BOX_GAP;
            double right = a.cx + bw / 2 + BOX_GAP;
            double bottom = a.cy + bh / 2 + BOX_GAP;
            double ox = Math.min(l.x + l.w, right) - Math.max(l.x, left);
            double oy = Math.min(l.y + l.h, bottom) - Math.max(l.y, top);
            if (ox <= 0 || oy <= 0) {
                return false;
            }
            if (ox < oy) {
                l.x += l.cx() < a.cx ? -(ox + 0.1) : ox + 0.1;
            } else {
                l.y += l.cy() < a.cy ? -(oy + 0.1) : oy + 0.1;
            }
            return true;
        }

        /**
         * Widens the gaps where labels still overlap something or had to move far from their
         * lines; false when nothing needed it.
         */
        private boolean widenWhereCrowded(int round) {
            double[] growX = new double[gapX.length];
            double[] growY = new double[gapY.length];
            boolean crowded = false;
            List<Label> all = labels();
            for (Label l : all) {
                boolean bad = boxOverlap(l, BOX_GAP - 0.5, null) > 0 || readsBadly(l);
                for (Label other : all) {
                    bad |= other != l && overlapArea(l, other, LABEL_GAP - 0.5) > 0;
                }
                if (!bad) {
                    continue;
                }
                crowded = true;
                double moved = Math.hypot(l.x - l.placedX, l.y - l.placedY);
                double amount = Math.clamp(moved, 12, 60);
                int c = gapAt(l.ax, colLeft, bw, cols);
                int r = gapAt(l.ay, rowTop, bh, rows);
                if (r >= 0) {
                    growY[r] = Math.max(growY[r], amount);
                }
                if (c >= 0) {
                    growX[c] = Math.max(growX[c], amount);
                }
                if (r < 0 && c < 0 && round >= 3) {
                    // Inside a row and a column band: only room everywhere helps.
                    for (int i = 0; i < growX.length; i++) {
                        growX[i] = Math.max(growX[i], 16);
                    }
                    for (int i = 0; i < growY.length; i++) {
                        growY[i] = Math.max(growY[i], 16);
                    }
                }
            }
            if (!crowded || round == ROUNDS - 1) {
                return false;
            }
            boolean grew = false;
            for (int i = 0; i < gapX.length; i++) {
                gapX[i] += growX[i];
                grew |= growX[i] > 0;
            }
            for (int i = 0; i < gapY.length; i++) {
                gapY[i] += growY[i];
                grew |= growY[i] > 0;
            }
            if (!grew) {
                // Nothing to widen (labels outside the grid): overlaps there are already resolved.
                return labelsOverlap();
            }
            return true;
        }

        private Pair ownerOf(Label l) {
            return pairs.stream().filter(p -> p.label == l).findFirst().orElse(null);
        }

        /**
         * Whether another line runs through the label nearer its middle than its own line does,
         * so that the label could be read as belonging to it. Stub labels sit at their stub's end.
         */
        private boolean ambiguous(Label l, Pair own) {
            if (own == null) {
                return false;
            }
            double cx = l.cx();
            double cy = l.cy();
            double mine = distanceToSegment(cx, cy, own.sx1, own.sy1, own.sx2, own.sy2);
            for (Pair p : pairs) {
                if (p == own) {
                    continue;
                }
                for (Segment s : p.segments) {
                    if (clipLength(s.x1(), s.y1(), s.x2(), s.y2(), l.x, l.y, l.x + l.w, l.y + l.h) > 0
                            && distanceToSegment(cx, cy, s.x1(), s.y1(), s.x2(), s.y2()) < mine + 2) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether the label hides another line's arrowhead, or a stretch of another line longer
         * than a crossing would (a line crossing a label stays readable; one running under it not).
         */
        private boolean hidesOtherLines(Label l) {
            double along = 1.5 * l.h + 10;
            for (Pair p : pairs) {
                if (p.label == l) {
                    continue;
                }
                for (Segment s : p.segments) {
                    if (clipLength(s.x1(), s.y1(), s.x2(), s.y2(), l.x, l.y, l.x + l.w, l.y + l.h) > along) {
                        return true;
                    }
                    double ex = s.x2() - (s.x2() - s.x1()) * ARROW / segLength(s);
                    double ey = s.y2() - (s.y2() - s.y1()) * ARROW / segLength(s);
                    if (clipLength(ex, ey, s.x2(), s.y2(), l.x, l.y, l.x + l.w, l.y + l.h) > 0) {
                        return true;
                    }
                }
            }
            for (Stub s : stubs) {
                if (s.label != l && clipLength(s.x1, s.y1, s.x2, s.y2, l.x, l.y, l.x + l.w, l.y + l.h) > 0) {
                    return true;
                }
            }
            return false;
        }

        private boolean labelsOverlap() {
            List<Label> all = labels();
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    if (overlapArea(all.get(i), all.get(j), 0) > 0) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The index of the gap after column (or row) i that contains {@code v}, or -1. */
        private static int gapAt(double v, double[] starts, double size, int count) {
            for (int i = 0; i < count - 1; i++) {
                if (v >= starts[i] + size && v <= starts[i + 1]) {
                    return i;
                }
            }
            return -1;
        }

        /** How much of the label (grown by {@code margin}) covers boxes, other than {@code except}. */
        private double boxOverlap(Label l, double margin, Actor except) {
            double sum = 0;
            for (Actor a : actors) {
                if (a == except) {
                    continue;
                }
                double ox = Math.min(l.x + l.w + margin, a.cx + bw / 2) - Math.max(l.x - margin, a.cx - bw / 2);
                double oy = Math.min(l.y + l.h + margin, a.cy + bh / 2) - Math.max(l.y - margin, a.cy - bh / 2);
                if (ox > 0 && oy > 0) {
                    sum += ox * oy;
                }
            }
            return sum;
        }

        // --- rendering ------------------------------------------------------------------------

        String render() {
            String title = "Actors and transactions of " + profile.acronym();
            if (actors.isEmpty()) {
                Svg svg = start(title, 360, 40);
                svg.text("text", "No actors recorded for this profile.", "x", "0", "y", "24", "font-size",
                        Integer.toString(NOTE_SIZE), "fill", MUTED.hex(), "aria-hidden", "true");
                return svg.close("svg").toString();
            }
            // Extent of the drawing, to size the canvas.
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (Actor a : actors) {
                minX = Math.min(minX, a.cx - bw / 2);
                maxX = Math.max(maxX, a.cx + bw / 2);
                minY = Math.min(minY, a.cy - bh / 2);
                maxY = Math.max(maxY, a.cy + bh / 2);
            }
            for (Label l : labels()) {
                minX = Math.min(minX, l.x);
                maxX = Math.max(maxX, l.x + l.w);
                minY = Math.min(minY, l.y);
                maxY = Math.max(maxY, l.y + l.h);
            }
            for (Stub s : stubs) {
                double reach = s.kind == StubKind.SELF ? 6 : 0;
                minX = Math.min(minX, Math.min(s.x1, s.x2) - reach);
                maxX = Math.max(maxX, Math.max(s.x1, s.x2) + reach);
                minY = Math.min(minY, Math.min(s.y1, s.y2) - reach);
                maxY = Math.max(maxY, Math.max(s.y1, s.y2) + reach);
            }
            double ox = MARGIN - minX;
            double oy = MARGIN - minY;
            boolean anyDashed = actors.stream().anyMatch(a -> !a.confirmed)
                    || labels().stream().anyMatch(l -> l.entries.stream().anyMatch(e -> !e.confirmed()));
            double legendY = maxY + oy + 30;
            List<String> notes = new ArrayList<>();
            notes.add(ARROW_NOTE);
            if (anyDashed) {
                notes.add(DASHED_NOTE);
            }
            String unattachedNote = unattached.isEmpty() ? null
                    : "Without actors, not drawn: "
                            + String.join(", ", unattached.stream().map(ProfileDiagram::transactionLabel).toList());
            double legendWidth = 0;
            for (String note : notes) {
                legendWidth = Math.max(legendWidth, 44 + TextMetrics.width(note, NOTE_SIZE, false));
            }
            if (unattachedNote != null) {
                legendWidth = Math.max(legendWidth, TextMetrics.width(unattachedNote, NOTE_SIZE, false));
            }
            int width = (int) Math.ceil(Math.max(maxX - minX + 2 * MARGIN, legendWidth + 2 * MARGIN));
            int height = (int) Math.ceil(legendY + (notes.size() - 1) * 20 + (unattachedNote != null ? 20 : 0) + 10);

            Svg svg = start(title, width, height);
            svg.open("defs");
            svg.open("marker", "id", id + "-arrow", "viewBox", "0 0 10 10", "refX", "10", "refY", "5",
                    "markerWidth", Svg.num(ARROW), "markerHeight", Svg.num(ARROW), "markerUnits", "userSpaceOnUse",
                    "orient", "auto-start-reverse");
            svg.empty("path", "d", "M0 0.8 L10 5 L0 9.2 Z", "fill", INK.hex());
            svg.close("marker");
            svg.close("defs");
            String arrow = "url(#" + id + "-arrow)";

            svg.open("g", "aria-hidden", "true");
            // Lines first, boxes over them, labels on top.
            svg.open("g", "class", "transactions");
            for (Pair p : pairs) {
                for (Segment s : p.segments) {
                    svg.empty("line", "class", "flow ink", "data-initiator", s.from().name, "data-responder", s.to().name,
                            "data-transactions", String.join(" ", s.flows().stream().map(f -> f.transaction().id())
                                    .toList()),
                            "x1", Svg.num(s.x1() + ox), "y1", Svg.num(s.y1() + oy), "x2", Svg.num(s.x2() + ox),
                            "y2", Svg.num(s.y2() + oy), "stroke", INK.hex(), "stroke-width", "1.4",
                            "stroke-dasharray", s.confirmed() ? null : DASH, "marker-end", arrow);
                }
            }
            for (Stub s : stubs) {
                boolean confirmed = s.transactions.stream().allMatch(t -> t.verification().isVerified());
                String dash = confirmed ? null : DASH;
                String ids = String.join(" ", s.transactions.stream().map(ProfileTransaction::id).toList());
                String kind = s.kind.name().toLowerCase(Locale.ROOT);
                if (s.kind == StubKind.SELF) {
                    double nx = -s.dy * 9;
                    double ny = s.dx * 9;
                    double[] a = exit(s.actor, s.actor.cx + nx, s.actor.cy + ny, s.actor.cx + nx + s.dx * 1000,
                            s.actor.cy + ny + s.dy * 1000);
                    double[] b = exit(s.actor, s.actor.cx - nx, s.actor.cy - ny, s.actor.cx - nx + s.dx * 1000,
                            s.actor.cy - ny + s.dy * 1000);
                    String d = "M" + Svg.num(a[0] + ox) + " " + Svg.num(a[1] + oy) + " C"
                            + Svg.num(a[0] + s.dx * STUB * 1.3 + ox) + " " + Svg.num(a[1] + s.dy * STUB * 1.3 + oy) + " "
                            + Svg.num(b[0] + s.dx * STUB * 1.3 + ox) + " " + Svg.num(b[1] + s.dy * STUB * 1.3 + oy) + " "
                            + Svg.num(b[0] + ox) + " " + Svg.num(b[1] + oy);
                    svg.empty("path", "class", "stub ink", "data-kind", kind, "data-actor", s.actor.name,
                            "data-transactions", ids, "d", d, "fill", "none", "stroke", INK.hex(), "stroke-width", "1.4",
                            "stroke-dasharray", dash, "marker-end", arrow);
                } else {
                    boolean out = s.kind == StubKind.OUT;
                    svg.empty("line", "class", "stub ink", "data-kind", kind, "data-actor", s.actor.name,
                            "data-transactions", ids,
                            "x1", Svg.num((out ? s.x1 : s.x2) + ox), "y1", Svg.num((out ? s.y1 : s.y2) + oy),
                            "x2", Svg.num((out ? s.x2 : s.x1) + ox), "y2", Svg.num((out ? s.y2 : s.y1) + oy),
                            "stroke", INK.hex(), "stroke-width", "1.4", "stroke-dasharray", dash, "marker-end", arrow);
                }
            }
            svg.close("g");

            svg.open("g", "class", "actors");
            for (Actor a : actors) {
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

            // Leaders from labels that had to move off their lines.
            svg.open("g", "class", "leaders");
            for (Label l : labels()) {
                leader(svg, l, ox, oy);
            }
            svg.close("g");

            svg.open("g", "class", "labels");
            for (Pair p : pairs) {
                List<String> glyphs = new ArrayList<>();
                for (Flow f : p.flows) {
                    glyphs.add(glyph(f.to().cx - f.from().cx, f.to().cy - f.from().cy));
                }
                label(svg, p.label, p.flows.stream().map(Flow::transaction).toList(), glyphs, ox, oy);
            }
            for (Stub s : stubs) {
                String g = switch (s.kind) {
                    case OUT -> glyph(s.dx, s.dy);
                    case IN -> glyph(-s.dx, -s.dy);
                    case SELF -> "↻";
                };
                label(svg, s.label, s.transactions, s.transactions.stream().map(t -> g).toList(), ox, oy);
            }
            svg.close("g");

            svg.open("g", "class", "legend");
            for (int i = 0; i < notes.size(); i++) {
                double y = legendY + i * 20;
                svg.empty("line", "class", "ink", "x1", Svg.num(MARGIN), "y1", Svg.num(y - 4), "x2",
                        Svg.num(MARGIN + 34), "y2", Svg.num(y - 4), "stroke", INK.hex(), "stroke-width", "1.4",
                        "stroke-dasharray", notes.get(i).equals(DASHED_NOTE) ? DASH : null, "marker-end",
                        notes.get(i).equals(ARROW_NOTE) ? arrow : null);
                svg.text("text", notes.get(i), "x", Svg.num(MARGIN + 44), "y", Svg.num(y), "font-size",
                        Integer.toString(NOTE_SIZE), "fill", MUTED.hex());
            }
            if (unattachedNote != null) {
                svg.text("text", unattachedNote, "x", Svg.num(MARGIN), "y", Svg.num(legendY + notes.size() * 20),
                        "font-size", Integer.toString(NOTE_SIZE), "fill", MUTED.hex());
            }
            svg.close("g");
            svg.close("g");
            return svg.close("svg").toString();
        }

        /** A dotted line from a label that had to move away to the point of its line it belongs to. */
        private void leader(Svg svg, Label l, double ox, double oy) {
            if (distanceToRect(l.ax, l.ay, l) <= LEADER_DISTANCE) {
                return;
            }
            double px = Math.clamp(l.ax, l.x, l.x + l.w);
            double py = Math.clamp(l.ay, l.y, l.y + l.h);
            svg.empty("line", "class", "leader", "x1", Svg.num(px + ox), "y1", Svg.num(py + oy), "x2",
                    Svg.num(l.ax + ox), "y2", Svg.num(l.ay + oy), "stroke", LEADER.hex(), "stroke-width", "1",
                    "stroke-dasharray", "2 2");
            svg.empty("circle", "class", "leader", "cx", Svg.num(l.ax + ox), "cy", Svg.num(l.ay + oy), "r", "2.2",
                    "fill", LEADER.hex());
        }

        private void label(Svg svg, Label l, List<ProfileTransaction> transactions, List<String> glyphs, double ox,
                double oy) {
            svg.open("g", "class", "label");
            svg.empty("rect", "class", "label", "x", Svg.num(l.x + ox), "y", Svg.num(l.y + oy), "width", Svg.num(l.w),
                    "height", Svg.num(l.h), "fill", "#ffffff");
            for (int i = 0; i < l.entries.size(); i++) {
                Entry e = l.entries.get(i);
                double top = l.y + oy + LABEL_PAD_Y + i * LABEL_LINE;
                if (!e.confirmed()) {
                    svg.empty("rect", "class", "unconfirmed ink", "x", Svg.num(l.x + ox + 0.5), "y",
                            Svg.num(top + 0.5), "width", Svg.num(l.w - 1), "height", Svg.num(LABEL_LINE - 1),
                            "fill", "none", "stroke", INK.hex(), "stroke-width", "1", "stroke-dasharray", ENTRY_DASH);
                }
                String text = glyphs.get(i) + " " + transactionLabel(transactions.get(i));
                svg.text("text", text, "class", "transaction", "data-transaction", transactions.get(i).id(),
                        "x", Svg.num(l.x + ox + LABEL_PAD_X), "y", Svg.num(top + LABEL_LINE / 2.0 + LABEL_SIZE * 0.36),
                        "font-size", Integer.toString(LABEL_SIZE), "fill", INK.hex());
            }
            svg.close("g");
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

        /** Everything the picture shows, in words. */
        private String description() {
            StringBuilder d = new StringBuilder();
            int n = actors.size();
            int t = profile.transactions().size();
            d.append(profile.title()).append(": ").append(n).append(n == 1 ? " actor, " : " actors, ").append(t)
                    .append(t == 1 ? " transaction. " : " transactions. ");
            if (n > 0) {
                List<String> names = new ArrayList<>();
                for (Actor a : actors) {
                    names.add(a.name + verificationNote(profile.actor(a.name).map(ProfileActor::verification)
                            .orElse(Verification.unverified()).level()));
                }
                d.append("Actors: ").append(String.join(", ", names)).append(". ");
            }
            for (ProfileTransaction tx : profile.transactions()) {
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
            for (Actor a : actors) {
                if (profile.transactionsOf(a.name).isEmpty()) {
                    d.append(a.name).append(" takes part in no transaction of this profile. ");
                }
            }
            return d.toString().strip();
        }
    }

    // ---------------------------------------------------------------------------------------
    // Grid search

    /**
     * Simulated annealing over the assignment of actors to the slots of a cols × rows grid: the
     * cost is the weighted length of the lines, crossings, lines through other boxes, actors with
     * stubs inside the grid, and a canvas wider than a page.
     */
    static final class Annealing {
        final int n;
        final int cols;
        final int rows;
        final int[][] edges;
        final double[] weights;
        final boolean[] hasStub;
        final double sx;
        final double sy;
        final double bw;
        final double bh;
        final double[] labelW;
        final double[] labelH;
        final int slots;
        final double[] distance;
        final int[][] blocked;
        final BitSet crossing;

        Annealing(int n, int cols, int rows, int[][] edges, double[] weights, double[] labelW, double[] labelH,
                boolean[] hasStub, double sx, double sy, double bw, double bh) {
            this.labelW = labelW;
            this.labelH = labelH;
            this.n = n;
            this.cols = cols;
            this.rows = rows;
            this.edges = edges;
            this.weights = weights;
            this.hasStub = hasStub;
            this.sx = sx;
            this.sy = sy;
            this.bw = bw;
            this.bh = bh;
            this.slots = cols * rows;
            this.distance = new double[slots * slots];
            this.blocked = new int[slots * slots][];
            this.crossing = new BitSet(slots * slots * slots * slots);
            tabulate();
        }

        /** The best slot (row × cols + col) for each actor found from a few starts. */
        int[] run(Random random) {
            int[] best = null;
            double bestCost = Double.MAX_VALUE;
            int steps = 1500 + 500 * n;
            for (int start = 0; start < 3; start++) {
                int[] actorAt = new int[slots];
                Arrays.fill(actorAt, -1);
                for (int i = 0; i < n; i++) {
                    actorAt[i] = i;
                }
                if (start > 0) {
                    shuffle(actorAt, random);
                }
                int[] slotOf = slotsOf(actorAt);
                double cost = cost(slotOf);
                double t0 = sx * 0.6;
                double t1 = sx * 0.003;
                for (int step = 0; step < steps && slots > 1; step++) {
                    double temperature = t0 * Math.pow(t1 / t0, step / (double) steps);
                    int i = random.nextInt(slots);
                    int j = random.nextInt(slots - 1);
                    if (j >= i) {
                        j++;
                    }
                    if (actorAt[i] < 0 && actorAt[j] < 0) {
                        continue;
                    }
                    swap(actorAt, slotOf, i, j);
                    double next = cost(slotOf);
                    if (next <= cost || random.nextDouble() < Math.exp((cost - next) / temperature)) {
                        cost = next;
                        if (cost < bestCost - 1e-9) {
                            bestCost = cost;
                            best = slotOf.clone();
                        }
                    } else {
                        swap(actorAt, slotOf, i, j);
                    }
                }
                if (cost < bestCost - 1e-9 || best == null) {
                    bestCost = cost;
                    best = slotOf.clone();
                }
            }
            return best;
        }

        private int[] slotsOf(int[] actorAt) {
            int[] slotOf = new int[n];
            for (int s = 0; s < actorAt.length; s++) {
                if (actorAt[s] >= 0) {
                    slotOf[actorAt[s]] = s;
                }
            }
            return slotOf;
        }

        private static void swap(int[] actorAt, int[] slotOf, int i, int j) {
            int a = actorAt[i];
            int b = actorAt[j];
            actorAt[i] = b;
            actorAt[j] = a;
            if (a >= 0) {
                slotOf[a] = j;
            }
            if (b >= 0) {
                slotOf[b] = i;
            }
        }

        private static void shuffle(int[] values, Random random) {
            for (int i = values.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int v = values[i];
                values[i] = values[j];
                values[j] = v;
            }
        }

        double cost(int[] slotOf) {
            boolean[] occupied = new boolean[slots];
            int minC = Integer.MAX_VALUE;
            int maxC = -1;
            int minR = Integer.MAX_VALUE;
            int maxR = -1;
            for (int i = 0; i < n; i++) {
                occupied[slotOf[i]] = true;
                int c = slotOf[i] % cols;
                int r = slotOf[i] / cols;
                minC = Math.min(minC, c);
                maxC = Math.max(maxC, c);
                minR = Math.min(minR, r);
                maxR = Math.max(maxR, r);
            }
            double cost = 0;
            for (int e = 0; e < edges.length; e++) {
                int a = edges[e][0];
                int b = edges[e][1];
                int ab = slotOf[a] * slots + slotOf[b];
                cost += weights[e] * distance[ab];
                for (int k : blocked[ab]) {
                    if (occupied[k]) {
                        cost += 20 * sx;
                    }
                }
                for (int f = e + 1; f < edges.length; f++) {
                    int c = edges[f][0];
                    int d = edges[f][1];
                    if (c == a || c == b || d == a || d == b) {
                        continue;
                    }
                    if (crossing.get(ab * slots * slots + slotOf[c] * slots + slotOf[d])) {
                        cost += CROSSING * sx;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                int c = slotOf[i] % cols;
                int r = slotOf[i] / cols;
                if (hasStub[i] && c != minC && c != maxC && r != minR && r != maxR) {
                    cost += 0.4 * sx;
                }
            }
            // The canvas the labels will need: a line along a row needs a gap as wide as its label.
            double[] gapX = new double[Math.max(0, cols - 1)];
            double[] gapY = new double[Math.max(0, rows - 1)];
            Arrays.fill(gapX, MIN_GAP_X);
            Arrays.fill(gapY, MIN_GAP_Y);
            for (int e = 0; e < edges.length; e++) {
                int sa = slotOf[edges[e][0]];
                int sb = slotOf[edges[e][1]];
                int ca = sa % cols;
                int cb = sb % cols;
                int ra = sa / cols;
                int rb = sb / cols;
                if (ra == rb && Math.abs(ca - cb) == 1) {
                    int g = Math.min(ca, cb);
                    gapX[g] = Math.max(gapX[g], labelW[e] + 2 * (ARROW + 10));
                } else if (Math.abs(ra - rb) == 1) {
                    int g = Math.min(ra, rb);
                    gapY[g] = Math.max(gapY[g], labelH[e] + 2 * (ARROW + 8));
                }
            }
            double width = (maxC - minC + 1) * bw;
            for (int c = minC; c < maxC; c++) {
                width += gapX[c];
            }
            double height = (maxR - minR + 1) * bh;
            for (int r = minR; r < maxR; r++) {
                height += gapY[r];
            }
            cost += Math.max(0, width - TARGET_WIDTH) * 3;
            cost += Math.max(0, height - 1.3 * Math.max(width, 600)) * 1.5;
            return cost;
        }

        /** Distances, boxes in the way and crossings between slot centres, worked out once per grid. */
        private void tabulate() {
            double[] x = new double[slots];
            double[] y = new double[slots];
            for (int s = 0; s < slots; s++) {
                x[s] = (s % cols) * sx;
                y[s] = (s / cols) * sy;
            }
            for (int a = 0; a < slots; a++) {
                for (int b = 0; b < slots; b++) {
                    int ab = a * slots + b;
                    distance[ab] = Math.hypot(x[a] - x[b], y[a] - y[b]);
                    List<Integer> inTheWay = new ArrayList<>();
                    for (int k = 0; k < slots; k++) {
                        if (a != b && k != a && k != b && clipLength(x[a], y[a], x[b], y[b], x[k] - bw / 2 - 8,
                                y[k] - bh / 2 - 8, x[k] + bw / 2 + 8, y[k] + bh / 2 + 8) > 0) {
                            inTheWay.add(k);
                        }
                    }
                    blocked[ab] = inTheWay.stream().mapToInt(Integer::intValue).toArray();
                    for (int c = 0; c < slots; c++) {
                        for (int d = 0; d < slots; d++) {
                            if (crosses(x[a], y[a], x[b], y[b], x[c], y[c], x[d], y[d])) {
                                crossing.set(ab * slots * slots + c * slots + d);
                            }
                        }
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Text and geometry helpers

    /** "Query Images [RAD-14]", as IHE labels its figures. */
    static String transactionLabel(ProfileTransaction t) {
        return t.name() + " [" + t.id() + "]";
    }

    /** The arrow among the eight that points most nearly along (dx, dy), y downwards. */
    static String glyph(double dx, double dy) {
        double angle = Math.toDegrees(Math.atan2(dy, dx));
        int sector = (int) Math.floorMod(Math.round(angle / 45), 8);
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

    /**
     * An actor's name in lines no wider than {@code width}, broken after spaces and slashes
     * ("Department System Scheduler/" "Order Filler"); a word longer than the line stays whole.
     */
    static List<String> wrap(String name, double width) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            piece.append(c);
            if (c == ' ' || c == '/') {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String p : pieces) {
            String candidate = line + p;
            if (!line.isEmpty() && TextMetrics.width(candidate.strip(), NAME_SIZE, true) > width) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(p);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    private static double segLength(Segment s) {
        return Math.max(1e-6, Math.hypot(s.x2() - s.x1(), s.y2() - s.y1()));
    }

    /** The length of the segment inside the rectangle (Liang–Barsky). */
    static double clipLength(double x1, double y1, double x2, double y2, double left, double top, double right,
            double bottom) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            double p = switch (i) {
                case 0 -> -dx;
                case 1 -> dx;
                case 2 -> -dy;
                default -> dy;
            };
            double q = switch (i) {
                case 0 -> x1 - left;
                case 1 -> right - x1;
                case 2 -> y1 - top;
                default -> bottom - y1;
            };
            if (p == 0) {
                if (q < 0) {
                    return 0;
                }
            } else {
                double u = q / p;
                if (p < 0) {
                    if (u > t1) {
                        return 0;
                    }
                    t0 = Math.max(t0, u);
                } else {
                    if (u < t0) {
                        return 0;
                    }
                    t1 = Math.min(t1, u);
                }
            }
        }
        return t1 > t0 ? (t1 - t0) * Math.hypot(dx, dy) : 0;
    }

    /** Whether two segments cross at a point inside both. */
    static boolean crosses(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
        double d1 = orientation(cx, cy, dx, dy, ax, ay);
        double d2 = orientation(cx, cy, dx, dy, bx, by);
        double d3 = orientation(ax, ay, bx, by, cx, cy);
        double d4 = orientation(ax, ay, bx, by, dx, dy);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double orientation(double ax, double ay, double bx, double by, double px, double py) {
        return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    }

    /** The overlap area of two labels, each grown by {@code margin}. */
    static double overlapArea(Label a, Label b, double margin) {
        double ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) + margin;
        double oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) + margin;
        return ox > 0 && oy > 0 ? ox * oy : 0;
    }

    static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.clamp(((px - x1) * dx + (py - y1) * dy) / lengthSquared, 0, 1);
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }

    private static double distanceToRect(double px, double py, Label l) {
        double dx = Math.max(Math.max(l.x - px, 0), px - (l.x + l.w));
        double dy = Math.max(Math.max(l.y - py, 0), py - (l.y + l.h));
        return Math.hypot(dx, dy);
    }
}
