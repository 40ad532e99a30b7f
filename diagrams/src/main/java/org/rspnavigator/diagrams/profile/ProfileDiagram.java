package org.rspnavigator.diagrams.profile;

import java.util.List;

import org.rspnavigator.diagrams.Colour;
import org.rspnavigator.diagrams.Palette;
import org.rspnavigator.diagrams.profile.ActorGraph.TransactionLabel;
import org.rspnavigator.model.Profile;

/**
 * The actor diagram of one IHE profile, drawn the way the IHE Technical Framework draws its
 * figures (Vol. 1, figure x.1-1): each actor a box with its name, each transaction a line from
 * the initiating to the responding actor with the arrowhead at the responder, labelled with its
 * name and number ("Query Images [RAD-14]").
 *
 * <p>Transactions between the same two actors share one label listing them all, each with an
 * arrow showing which way it goes; when they go both ways the actors are joined by two parallel
 * lines, one per direction. Every arrow ends at a box: a transaction whose responder the catalog
 * does not record (a display-only transaction, say) points at a dotted box reading "responder not
 * recorded", one without a recorded initiator starts from one reading "initiator not recorded";
 * these boxes are laid out like actors. A transaction to another actor of the same kind is a loop.
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
 *
 * <p>The constants here are the look of the picture, which layout measures with and the SVG is
 * written with.
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
    static final double LABEL_PAD_X = 5;
    static final double LABEL_PAD_Y = 2;
    /** The length of an arrowhead. */
    static final double ARROW = 10;
    /** How far a loop (a transaction to another actor of the same kind) reaches out of its box. */
    static final double STUB = 34;

    /** At most this many rounds of widening the gaps. */
    private static final int ROUNDS = 12;

    private ProfileDiagram() {
    }

    /** The actor–transaction diagram of {@code profile} as SVG markup for placing inline in a page. */
    public static String svg(Profile profile) {
        ActorGraph graph = new ActorGraph(profile);
        GridLayout grid = new GridLayout(graph);
        if (!graph.actors.isEmpty()) {
            settle(grid, new LabelPlacement(graph, grid));
        }
        return new DiagramSvg(graph, grid).render();
    }

    /**
     * Places the labels on the grid, widening the gaps until every label reads well; keeps the
     * best round, as widening does not always help. Last resort: more room everywhere until no
     * label overlaps anything.
     */
    private static void settle(GridLayout grid, LabelPlacement labels) {
        double bestScore = Double.MAX_VALUE;
        GridLayout.Gaps best = grid.gaps();
        int sinceBest = 0;
        for (int round = 0; round < ROUNDS; round++) {
            arrange(grid, labels);
            GridLayout.Gaps gaps = grid.gaps();
            // Labels that overlap count most, then labels that read badly, then the canvas width.
            double score = labels.penalty() + grid.room();
            if (score < bestScore - 1e-6) {
                bestScore = score;
                best = gaps;
                sinceBest = 0;
            } else if (++sinceBest >= 3) {
                break;
            }
            List<TransactionLabel> crowded = labels.crowded();
            if (crowded.isEmpty() || round == ROUNDS - 1) {
                break;
            }
            // Nothing to widen (labels outside the grid): overlaps there are already resolved.
            if (!grid.widenAround(crowded, round) && !labels.labelsOverlap()) {
                break;
            }
        }
        grid.restore(best);
        arrange(grid, labels);
        for (int attempt = 0; attempt < 8 && labels.anyOverlap(); attempt++) {
            grid.spread(1.25);
            arrange(grid, labels);
        }
    }

    private static void arrange(GridLayout grid, LabelPlacement labels) {
        grid.place();
        labels.place();
    }
}
