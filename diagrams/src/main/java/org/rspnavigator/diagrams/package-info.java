/**
 * Pictures drawn on the server as SVG markup: of the portfolio, the category × assessment group
 * landscape and the maturity × product adoption grid, every cell a link to the catalog filtered to
 * the standards it counts ({@link org.rspnavigator.model.StandardQuery}); of an IHE profile, the
 * actor–transaction diagram ({@link org.rspnavigator.diagrams.ProfileDiagram}).
 *
 * <p>Plain Java on purpose: no Vaadin, no Spring, no JavaScript chart library, so that the
 * pictures are tested in milliseconds and views only have to place the markup on the page.
 */
package org.rspnavigator.diagrams;
