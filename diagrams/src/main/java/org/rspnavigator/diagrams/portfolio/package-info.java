/**
 * The portfolio charts: the category × assessment group landscape ({@code LandscapeChart}) and
 * the maturity × product adoption bubble grid ({@code MaturityAdoptionChart}), drawn through the
 * {@link org.rspnavigator.diagrams.portfolio.PortfolioCharts} facade. Every non-empty cell and
 * total is a link to the catalog filtered to exactly the standards it counts
 * ({@link org.rspnavigator.model.StandardQuery}); the markup both charts share (root, links,
 * totals, notes) is {@code ChartMarkup}, the colour scale of the landscape {@code Shade}.
 */
package org.rspnavigator.diagrams.portfolio;
