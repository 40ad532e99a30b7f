package org.rspnavigator.diagrams.profile;

import static org.rspnavigator.diagrams.profile.ProfileDiagram.NAME_LINE;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.NAME_SIZE;

import java.util.ArrayList;
import java.util.List;

import org.rspnavigator.diagrams.TextMetrics;
import org.rspnavigator.diagrams.profile.ActorGraph.ActorBox;

/** The one size of every actor's box, with each name wrapped to fit it. */
record BoxSize(double width, double height) {

    private static final double BOX_PAD_X = 10;
    private static final double BOX_PAD_Y = 9;
    private static final double MIN_BOX_WIDTH = 140;
    private static final int MAX_NAME_LINES = 3;
    /** Boxes up to this wide hold names on two lines; long names take three rather than widen them more. */
    private static final double TWO_LINE_WIDTH = 190;
    private static final double MAX_BOX_WIDTH = 320;

    /**
     * One width for all boxes: the narrowest at which every name fits on two lines, unless that
     * is wider than {@link #TWO_LINE_WIDTH}; then the narrowest for three lines. Sets each
     * actor's {@link ActorBox#lines}.
     */
    static BoxSize fit(List<ActorBox> actors) {
        double width = narrowest(actors, 2);
        if (width > TWO_LINE_WIDTH) {
            width = narrowest(actors, MAX_NAME_LINES);
        }
        for (ActorBox a : actors) {
            a.lines = wrap(a.name, width - 2 * BOX_PAD_X);
        }
        double widest = 0;
        int lines = 1;
        for (ActorBox a : actors) {
            for (String line : a.lines) {
                widest = Math.max(widest, TextMetrics.width(line, NAME_SIZE, true));
            }
            lines = Math.max(lines, a.lines.size());
        }
        return new BoxSize(Math.max(MIN_BOX_WIDTH, Math.ceil(widest + 2 * BOX_PAD_X)),
                lines * NAME_LINE + 2 * BOX_PAD_Y);
    }

    private static double narrowest(List<ActorBox> actors, int lines) {
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
}
