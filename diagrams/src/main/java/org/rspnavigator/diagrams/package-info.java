/**
 * Pictures drawn on the server as SVG markup, and what they are drawn with: {@link
 * org.rspnavigator.diagrams.Svg}, a minimal writer that escapes every attribute and text;
 * {@link org.rspnavigator.diagrams.Colour}, with the WCAG contrast arithmetic; the text colours all
 * pictures share ({@link org.rspnavigator.diagrams.Palette}); and {@link
 * org.rspnavigator.diagrams.TextMetrics}, text widths in DejaVu Sans. The pictures are in {@code
 * portfolio} (the portfolio charts) and {@code profile} (an IHE profile's actor diagram).
 *
 * <p>Plain Java on purpose: no Vaadin, no Spring, no JavaScript chart library, so that the
 * pictures are tested in milliseconds and views only have to place the markup on the page.
 */
package org.rspnavigator.diagrams;
