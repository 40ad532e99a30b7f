package org.rspnavigator.diagrams.profile;

import static org.rspnavigator.diagrams.profile.Geometry.clipLength;
import static org.rspnavigator.diagrams.profile.Geometry.crosses;
import static org.rspnavigator.diagrams.profile.GridLayout.MIN_GAP_X;
import static org.rspnavigator.diagrams.profile.GridLayout.MIN_GAP_Y;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.ARROW;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

/**
 * Simulated annealing over the assignment of actors to the slots of a cols × rows grid: the
 * cost is the weighted length of the lines, crossings, lines through other boxes, actors with
 * stubs inside the grid, and a canvas wider than a page.
 */
final class GridAnnealing {

    /** The widest canvas the grid search aims for, about a page's content width. */
    private static final double TARGET_WIDTH = 1250;
    /** What a crossing costs in the grid search, in grid columns of line length. */
    private static final double CROSSING = 2;

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

    GridAnnealing(int n, int cols, int rows, int[][] edges, double[] weights, double[] labelW, double[] labelH,
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
