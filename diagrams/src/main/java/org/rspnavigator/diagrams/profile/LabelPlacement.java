package org.rspnavigator.diagrams.profile;

import static org.rspnavigator.diagrams.profile.Geometry.clipLength;
import static org.rspnavigator.diagrams.profile.Geometry.crosses;
import static org.rspnavigator.diagrams.profile.Geometry.distanceToSegment;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.ARROW;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.STUB;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.rspnavigator.diagrams.profile.ActorGraph.ActorBox;
import org.rspnavigator.diagrams.profile.ActorGraph.ActorPair;
import org.rspnavigator.diagrams.profile.ActorGraph.FlowLine;
import org.rspnavigator.diagrams.profile.ActorGraph.TransactionLabel;
import org.rspnavigator.diagrams.profile.ActorGraph.TransactionStub;

/**
 * Where the stubs point and where the labels sit, once the boxes are placed: each stub where it
 * crosses nothing, away from its actor's other lines; each pair's label on its line where it
 * covers least; then overlapping labels pushed apart and off the boxes. It also judges the
 * result, for {@link GridLayout} to widen the gaps where labels are still crowded.
 */
final class LabelPlacement {

    /** The least room between two labels. */
    static final double LABEL_GAP = 3;
    /** The least room between a label and a box. */
    private static final double BOX_GAP = 4;

    private static final double[][] DIRECTIONS = {{1, 0}, {-1, 0}, {0, -1}, {0, 1},
        {Math.sqrt(0.5), -Math.sqrt(0.5)}, {Math.sqrt(0.5), Math.sqrt(0.5)}, {-Math.sqrt(0.5), -Math.sqrt(0.5)},
        {-Math.sqrt(0.5), Math.sqrt(0.5)}};

    /** Where along its line a label may sit, best first: the middle, then out towards the ends. */
    private static final double[] ALONG = {0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8};

    private final ActorGraph graph;
    private final GridLayout grid;
    private final List<ActorBox> actors;
    private final List<ActorPair> pairs;
    private final List<TransactionStub> stubs;
    private final double bw;
    private final double bh;

    LabelPlacement(ActorGraph graph, GridLayout grid) {
        this.graph = graph;
        this.grid = grid;
        this.actors = graph.actors;
        this.pairs = graph.pairs;
        this.stubs = graph.stubs;
        this.bw = grid.boxWidth();
        this.bh = grid.boxHeight();
    }

    /** Points the stubs, places the labels and pushes them apart, on the boxes as placed now. */
    void place() {
        placeStubs();
        placeLabels();
        separate();
    }

    // --- stubs --------------------------------------------------------------------------------

    /** Points each stub where it crosses nothing, away from the actor's other lines. */
    private void placeStubs() {
        double left = grid.left();
        double right = grid.right();
        double top = grid.top();
        double bottom = grid.bottom();
        double midX = (left + right) / 2;
        double midY = (top + bottom) / 2;
        List<TransactionLabel> placed = new ArrayList<>();
        for (TransactionStub s : stubs) {
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
                for (ActorPair p : pairs) {
                    if (p.a == s.actor || p.b == s.actor) {
                        ActorBox other = p.a == s.actor ? p.b : p.a;
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
                for (ActorBox a : actors) {
                    if (a != s.actor && clipLength(s.x1, s.y1, s.x2, s.y2, a.cx - bw / 2, a.cy - bh / 2,
                            a.cx + bw / 2, a.cy + bh / 2) > 0) {
                        cost += 1000;
                    }
                }
                for (TransactionLabel other : placed) {
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
    private boolean stubTaken(TransactionStub s, double[] dir) {
        for (TransactionStub other : stubs) {
            if (other == s) {
                return false;
            }
            if (other.actor == s.actor && other.dx == dir[0] && other.dy == dir[1]) {
                return true;
            }
        }
        return false;
    }

    private void orient(TransactionStub s, double[] dir) {
        s.dx = dir[0];
        s.dy = dir[1];
        ActorBox a = s.actor;
        double[] start = grid.exit(a, a.cx, a.cy, a.cx + dir[0] * 1000, a.cy + dir[1] * 1000);
        s.x1 = start[0];
        s.y1 = start[1];
        s.x2 = start[0] + dir[0] * STUB;
        s.y2 = start[1] + dir[1] * STUB;
        TransactionLabel l = s.label;
        double cx = s.x2 + (Math.abs(dir[0]) < 1e-9 ? 0 : Math.signum(dir[0]) * (4 + l.w / 2));
        double cy = s.y2 + (Math.abs(dir[1]) < 1e-9 ? 0 : Math.signum(dir[1]) * (4 + l.h / 2));
        l.centreAt(cx, cy);
        l.placedX = l.x;
        l.placedY = l.y;
        l.ax = s.x2;
        l.ay = s.y2;
    }

    // --- labels on lines ----------------------------------------------------------------------

    /** Puts each pair's label on its line where it covers least, largest labels first. */
    private void placeLabels() {
        List<TransactionLabel> placed = new ArrayList<>();
        stubs.forEach(s -> placed.add(s.label));
        List<ActorPair> order = new ArrayList<>(pairs);
        order.sort(Comparator.comparingDouble((ActorPair p) -> -p.label.w * p.label.h));
        for (ActorPair p : order) {
            TransactionLabel l = p.label;
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
            for (double t : ALONG) {
                double ax = p.sx1 + t * dx;
                double ay = p.sy1 + t * dy;
                for (double off : new double[] {0, side, -side}) {
                    l.centreAt(ax + nx * off, ay + ny * off);
                    double cost = 60 * Math.abs(t - 0.5) + (off == 0 ? 0 : 40);
                    cost = plusCovered(cost, l, p, placed);
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

    /**
     * {@code cost} plus the cost of what label {@code l} of pair {@code p} covers where it is now:
     * boxes, labels already placed, other lines and stubs, arrowheads (others' and its own), and
     * whether it could be read as another line's. Each term is added to the running sum in turn,
     * so that places of nearly equal cost compare as they always have.
     */
    private double plusCovered(double cost, TransactionLabel l, ActorPair p, List<TransactionLabel> placed) {
        cost += 10 * boxOverlap(l, 4, null);
        for (TransactionLabel other : placed) {
            cost += 10 * overlapArea(l, other, 3);
        }
        for (ActorPair q : pairs) {
            for (FlowLine s : q.segments) {
                double covered = clipLength(s.x1(), s.y1(), s.x2(), s.y2(), l.x, l.y, l.x + l.w, l.y + l.h);
                if (q != p) {
                    cost += 2 * covered;
                    // The arrowhead of another line must stay visible.
                    double ex = s.x2() - (s.x2() - s.x1()) * ARROW / s.length();
                    double ey = s.y2() - (s.y2() - s.y1()) * ARROW / s.length();
                    if (clipLength(ex, ey, s.x2(), s.y2(), l.x - 2, l.y - 2, l.x + l.w + 2, l.y + l.h + 2) > 0) {
                        cost += 400;
                    }
                }
            }
        }
        for (TransactionStub s : stubs) {
            cost += 2 * clipLength(s.x1, s.y1, s.x2, s.y2, l.x, l.y, l.x + l.w, l.y + l.h);
        }
        if (ambiguous(l, p)) {
            cost += 600;
        }
        // Its own arrowheads too.
        for (FlowLine s : p.segments) {
            double ex = s.x2() - (s.x2() - s.x1()) * (ARROW + 3) / s.length();
            double ey = s.y2() - (s.y2() - s.y1()) * (ARROW + 3) / s.length();
            if (clipLength(ex, ey, s.x2(), s.y2(), l.x, l.y, l.x + l.w, l.y + l.h) > 0) {
                cost += 400;
            }
        }
        return cost;
    }

    // --- pushing apart ------------------------------------------------------------------------

    /** Pushes overlapping labels apart, and labels off boxes. */
    private void separate() {
        List<TransactionLabel> all = graph.labels();
        for (int iteration = 0; iteration < 400; iteration++) {
            boolean moved = false;
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    moved |= pushApart(all.get(i), all.get(j));
                }
            }
            for (TransactionLabel l : all) {
                for (ActorBox a : actors) {
                    moved |= pushOff(l, a);
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private boolean pushApart(TransactionLabel a, TransactionLabel b) {
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

    private boolean pushOff(TransactionLabel l, ActorBox a) {
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

    // --- judging the result -------------------------------------------------------------------

    /** Labels that overlap count most, then labels that read badly; 0 when every label reads well. */
    double penalty() {
        List<TransactionLabel> all = graph.labels();
        double score = 0;
        for (TransactionLabel l : all) {
            boolean overlaps = boxOverlap(l, BOX_GAP - 0.5, null) > 0;
            for (TransactionLabel other : all) {
                overlaps |= other != l && overlapArea(l, other, 0) > 0;
            }
            if (overlaps) {
                score += 100_000;
            } else if (readsBadly(l)) {
                score += 1_000;
            }
        }
        return score;
    }

    /** The labels that still overlap something, nearly, or read badly; in {@link ActorGraph#labels()} order. */
    List<TransactionLabel> crowded() {
        List<TransactionLabel> all = graph.labels();
        List<TransactionLabel> crowded = new ArrayList<>();
        for (TransactionLabel l : all) {
            boolean bad = boxOverlap(l, BOX_GAP - 0.5, null) > 0 || readsBadly(l);
            for (TransactionLabel other : all) {
                bad |= other != l && overlapArea(l, other, LABEL_GAP - 0.5) > 0;
            }
            if (bad) {
                crowded.add(l);
            }
        }
        return crowded;
    }

    /** Whether any label overlaps a box or another label. */
    boolean anyOverlap() {
        List<TransactionLabel> all = graph.labels();
        for (TransactionLabel l : all) {
            if (boxOverlap(l, 0, null) > 0) {
                return true;
            }
        }
        return labelsOverlap();
    }

    /** Whether two labels overlap. */
    boolean labelsOverlap() {
        List<TransactionLabel> all = graph.labels();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (overlapArea(all.get(i), all.get(j), 0) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean readsBadly(TransactionLabel l) {
        return Math.hypot(l.x - l.placedX, l.y - l.placedY) > Math.max(18, l.h * 0.6) || hidesOtherLines(l)
                || ambiguous(l, graph.ownerOf(l));
    }

    /**
     * Whether another line runs through the label nearer its middle than its own line does,
     * so that the label could be read as belonging to it. Stub labels sit at their stub's end.
     */
    private boolean ambiguous(TransactionLabel l, ActorPair own) {
        if (own == null) {
            return false;
        }
        double cx = l.cx();
        double cy = l.cy();
        double mine = distanceToSegment(cx, cy, own.sx1, own.sy1, own.sx2, own.sy2);
        for (ActorPair p : pairs) {
            if (p == own) {
                continue;
            }
            for (FlowLine s : p.segments) {
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
    private boolean hidesOtherLines(TransactionLabel l) {
        double along = 1.5 * l.h + 10;
        for (ActorPair p : pairs) {
            if (p.label == l) {
                continue;
            }
            for (FlowLine s : p.segments) {
                if (clipLength(s.x1(), s.y1(), s.x2(), s.y2(), l.x, l.y, l.x + l.w, l.y + l.h) > along) {
                    return true;
                }
                double ex = s.x2() - (s.x2() - s.x1()) * ARROW / s.length();
                double ey = s.y2() - (s.y2() - s.y1()) * ARROW / s.length();
                if (clipLength(ex, ey, s.x2(), s.y2(), l.x, l.y, l.x + l.w, l.y + l.h) > 0) {
                    return true;
                }
            }
        }
        for (TransactionStub s : stubs) {
            if (s.label != l && clipLength(s.x1, s.y1, s.x2, s.y2, l.x, l.y, l.x + l.w, l.y + l.h) > 0) {
                return true;
            }
        }
        return false;
    }

    /** How much of the label (grown by {@code margin}) covers boxes, other than {@code except}. */
    private double boxOverlap(TransactionLabel l, double margin, ActorBox except) {
        double sum = 0;
        for (ActorBox a : actors) {
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

    /** The overlap area of two labels, each grown by {@code margin}. */
    private static double overlapArea(TransactionLabel a, TransactionLabel b, double margin) {
        double ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) + margin;
        double oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) + margin;
        return ox > 0 && oy > 0 ? ox * oy : 0;
    }
}
