package org.rspnavigator.diagrams.profile;

import static org.rspnavigator.diagrams.profile.Geometry.clipLength;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.ARROW;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import org.rspnavigator.diagrams.profile.ActorGraph.ActorBox;
import org.rspnavigator.diagrams.profile.ActorGraph.ActorPair;
import org.rspnavigator.diagrams.profile.ActorGraph.FlowLine;
import org.rspnavigator.diagrams.profile.ActorGraph.TransactionFlow;
import org.rspnavigator.diagrams.profile.ActorGraph.TransactionLabel;

/**
 * The actors on a grid: boxes of one {@link BoxSize}; the grid's shape and which actor goes
 * where, chosen by {@link GridAnnealing} with a fixed seed; the gaps between columns and rows,
 * sized for the labels that will sit in them and widened where labels are crowded; and from
 * these, each box's centre and the lines between box borders.
 */
final class GridLayout {

    static final double MIN_GAP_X = 56;
    static final double MIN_GAP_Y = 60;

    /** Half the distance between the two lines of a pair of actors with transactions both ways. */
    private static final double PARALLEL = 4;

    private final ActorGraph graph;
    private final List<ActorBox> actors;
    private final List<ActorPair> pairs;
    /** The width and height of every box. */
    private double bw;
    private double bh;
    private int cols;
    private int rows;
    private double[] gapX;
    private double[] gapY;
    private double[] colLeft;
    private double[] rowTop;

    /** The gaps between columns and between rows, as a round of widening left them. */
    record Gaps(double[] x, double[] y) {
    }

    /** Sizes the boxes, chooses the grid and sizes its gaps; a graph without actors has nothing to place. */
    GridLayout(ActorGraph graph) {
        this.graph = graph;
        this.actors = graph.actors;
        this.pairs = graph.pairs;
        if (actors.isEmpty()) {
            return;
        }
        BoxSize size = BoxSize.fit(actors);
        bw = size.width();
        bh = size.height();
        searchGrid();
        sizeGaps();
    }

    // --- grid search --------------------------------------------------------------------------

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
            ActorPair p = pairs.get(i);
            edges[i] = new int[] {p.a.index, p.b.index};
            weights[i] = 1 + 0.25 * (p.flows.size() - 1);
            labelW[i] = p.label.w;
            labelH[i] = p.label.h;
        }
        boolean[] hasStub = new boolean[n];
        graph.stubs.forEach(s -> hasStub[s.actor.index] = true);

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
                GridAnnealing search = new GridAnnealing(n, c, r, edges, weights, labelW, labelH, hasStub, sx, sy,
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
        for (ActorBox a : actors) {
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
        for (ActorBox a : actors) {
            a.col = usedCols.indexOf(a.col);
            a.row = usedRows.indexOf(a.row);
        }
        cols = usedCols.size();
        rows = usedRows.size();
    }

    private int boxesInTheWay(ToDoubleFunction<ActorBox> x, ToDoubleFunction<ActorBox> y) {
        int count = 0;
        for (ActorPair p : pairs) {
            for (ActorBox k : actors) {
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

    // --- gaps ---------------------------------------------------------------------------------

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
        for (ActorPair p : pairs) {
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
            for (ActorPair p : pairs) {
                int dr = Math.abs(p.a.row - p.b.row);
                if (dr % 2 == 1 && (p.a.row + p.b.row) / 2 == r) {
                    double mx = (p.a.cx + p.b.cx) / 2;
                    spans.add(new double[] {mx - p.label.w / 2, mx + p.label.w / 2, p.label.h});
                }
            }
            spans.sort(Comparator.comparingDouble(span -> span[0]));
            List<double[]> tracks = new ArrayList<>(); // right end, height
            for (double[] span : spans) {
                double[] track = tracks.stream().filter(t -> t[0] + 2 * LabelPlacement.LABEL_GAP <= span[0])
                        .findFirst().orElse(null);
                if (track == null) {
                    tracks.add(new double[] {span[1], span[2]});
                } else {
                    track[0] = span[1];
                    track[1] = Math.max(track[1], span[2]);
                }
            }
            double need = 2 * (ARROW + 8) + 2 * LabelPlacement.LABEL_GAP * Math.max(0, tracks.size() - 1);
            for (double[] track : tracks) {
                need += track[1];
            }
            gapY[r] = Math.max(gapY[r], need);
        }
    }

    Gaps gaps() {
        return new Gaps(gapX.clone(), gapY.clone());
    }

    void restore(Gaps gaps) {
        gapX = gaps.x();
        gapY = gaps.y();
    }

    /** The room the gaps take, rows counting half: less is a more compact picture. */
    double room() {
        double room = 0;
        for (double g : gapX) {
            room += g;
        }
        for (double g : gapY) {
            room += g * 0.5;
        }
        return room;
    }

    /**
     * Widens the gaps around the points where {@code crowded} labels belong, by about as far as
     * each had to move; false when there was no gap to widen. From the fourth round, a label in
     * no gap (inside a row and a column band) widens every gap a little.
     */
    boolean widenAround(List<TransactionLabel> crowded, int round) {
        double[] growX = new double[gapX.length];
        double[] growY = new double[gapY.length];
        for (TransactionLabel l : crowded) {
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
        boolean grew = false;
        for (int i = 0; i < gapX.length; i++) {
            gapX[i] += growX[i];
            grew |= growX[i] > 0;
        }
        for (int i = 0; i < gapY.length; i++) {
            gapY[i] += growY[i];
            grew |= growY[i] > 0;
        }
        return grew;
    }

    /** Multiplies every gap by {@code factor}. */
    void spread(double factor) {
        for (int i = 0; i < gapX.length; i++) {
            gapX[i] *= factor;
        }
        for (int i = 0; i < gapY.length; i++) {
            gapY[i] *= factor;
        }
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

    // --- positions ----------------------------------------------------------------------------

    /** Puts each box at its column and row, and draws each pair's lines between the box borders. */
    void place() {
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
        for (ActorBox a : actors) {
            a.cx = colLeft[a.col] + bw / 2;
            a.cy = rowTop[a.row] + bh / 2;
        }
        for (ActorPair p : pairs) {
            p.segments.clear();
            double[] from = exit(p.a, p.a.cx, p.a.cy, p.b.cx, p.b.cy);
            double[] to = exit(p.b, p.b.cx, p.b.cy, p.a.cx, p.a.cy);
            p.sx1 = from[0];
            p.sy1 = from[1];
            p.sx2 = to[0];
            p.sy2 = to[1];
            List<TransactionFlow> ab = p.flows.stream().filter(f -> f.from() == p.a).toList();
            List<TransactionFlow> ba = p.flows.stream().filter(f -> f.from() == p.b).toList();
            double offset = !ab.isEmpty() && !ba.isEmpty() ? PARALLEL : 0;
            double len = Math.hypot(p.b.cx - p.a.cx, p.b.cy - p.a.cy);
            double nx = -(p.b.cy - p.a.cy) / len;
            double ny = (p.b.cx - p.a.cx) / len;
            if (!ab.isEmpty()) {
                p.segments.add(line(p.a, p.b, nx * offset, ny * offset, ab));
            }
            if (!ba.isEmpty()) {
                p.segments.add(line(p.b, p.a, -nx * offset, -ny * offset, ba));
            }
        }
    }

    private FlowLine line(ActorBox from, ActorBox to, double ox, double oy, List<TransactionFlow> flows) {
        double[] start = exit(from, from.cx + ox, from.cy + oy, to.cx + ox, to.cy + oy);
        double[] end = exit(to, to.cx + ox, to.cy + oy, from.cx + ox, from.cy + oy);
        return new FlowLine(start[0], start[1], end[0], end[1], from, to, flows);
    }

    /** Where the ray from (px, py), inside the actor's box, towards (qx, qy) leaves the box. */
    double[] exit(ActorBox box, double px, double py, double qx, double qy) {
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

    /** The width of every box. */
    double boxWidth() {
        return bw;
    }

    /** The height of every box. */
    double boxHeight() {
        return bh;
    }

    /** The left edge of the grid's first column. */
    double left() {
        return colLeft[0];
    }

    /** The right edge of the grid's last column. */
    double right() {
        return colLeft[cols - 1] + bw;
    }

    double top() {
        return rowTop[0];
    }

    double bottom() {
        return rowTop[rows - 1] + bh;
    }
}
