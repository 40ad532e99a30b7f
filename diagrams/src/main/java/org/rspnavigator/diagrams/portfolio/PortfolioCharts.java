package org.rspnavigator.diagrams.portfolio;

import java.util.EnumMap;
import java.util.Map;

import org.rspnavigator.diagrams.Colour;
import org.rspnavigator.diagrams.Palette;
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Provenance;
import org.rspnavigator.model.StandardQuery;

/**
 * Pictures of the portfolio as SVG markup, for placing inline in a page (so that their links
 * work). Each picture scales to the width of its container ({@code viewBox}, width 100%), takes
 * its font from the page, names itself with {@code <title>} and {@code <desc>} (the description
 * spells out every number), and makes each non-empty cell a link to the catalog filtered to
 * exactly the standards it counts (at the address {@link CatalogLinks} gives), labelled for
 * screen readers ("18 preferred content standards") and shown with a focus ring when reached by
 * keyboard.
 *
 * <p>The root carries {@code role="group"} rather than {@code role="img"}: ARIA makes the
 * children of an image presentational, which would hide the links from assistive technology.
 */
public final class PortfolioCharts {

    static final String SOURCE_NOTE = "Source: " + Provenance.SOURCE_DOCUMENT + ", Tables 1–5.";

    static final Map<AssessmentGroup, Colour> GROUP_COLOURS = new EnumMap<>(Map.of(
            AssessmentGroup.PREFERRED, Colour.hex("#1b6e3a"),
            AssessmentGroup.LEGACY, Colour.hex("#7a4b00"),
            AssessmentGroup.EMERGING, Colour.hex("#1c4f8f")));

    /** The bubbles of the maturity chart: a hue of its own, not one of the group colours. */
    static final Colour BUBBLE = Colour.hex("#4a3d8f");

    static final Colour TEXT = Palette.TEXT;
    static final Colour MUTED = Palette.MUTED;
    static final Colour CELL_BACKGROUND = Colour.hex("#f3f4f6");
    static final Colour EMPTY_TEXT = Colour.hex("#59636e");
    static final Colour RULE = Colour.hex("#d0d7de");
    static final Colour BAND = Colour.hex("#eef1f4");

    private PortfolioCharts() {
    }

    /**
     * The portfolio at a glance: one row per category (grouped into semantic and technical
     * interoperability), one column per assessment group, each cell the number of standards
     * ISO 21860 lists there, shaded in its group's colour by count, with row and column totals.
     */
    public static String landscape(Catalog catalog, CatalogLinks links) {
        return new LandscapeChart(catalog).draw(links);
    }

    /**
     * Standard maturity against product adoption, as a bubble grid: one row per maturity that
     * occurs, one column per adoption level from none to universal, each circle's area
     * proportional to the number of standards with that maturity and exactly that level (a
     * rating that differs by region counts at its highest level, as
     * {@link StandardQuery#levelOf} reads it without a region).
     */
    public static String maturityAdoption(Catalog catalog, CatalogLinks links) {
        return new MaturityAdoptionChart(catalog).draw(links);
    }
}
