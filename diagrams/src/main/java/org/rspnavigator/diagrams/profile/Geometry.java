package org.rspnavigator.diagrams.profile;

/** Plane geometry of segments and rectangles, y downwards as in SVG. */
final class Geometry {

    private Geometry() {
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

    static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.clamp(((px - x1) * dx + (py - y1) * dy) / lengthSquared, 0, 1);
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }

    /** The distance from a point to the rectangle with top-left corner (x, y), 0 inside it. */
    static double distanceToRect(double px, double py, double x, double y, double w, double h) {
        double dx = Math.max(Math.max(x - px, 0), px - (x + w));
        double dy = Math.max(Math.max(y - py, 0), py - (y + h));
        return Math.hypot(dx, dy);
    }
}
