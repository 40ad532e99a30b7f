package org.rspnavigator.webapp.catalog;

import org.rspnavigator.diagrams.portfolio.CatalogLinks;
import org.rspnavigator.diagrams.portfolio.PortfolioCharts;
import org.rspnavigator.markup.Markup;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.webapp.widgets.QueryUrl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;

/**
 * The portfolio charts placed in a page. The SVG goes in inline, not as an image, so that its
 * cells stay links to the filtered catalog and screen readers reach their labels.
 */
final class ChartFigures {

    /** A chart cell leads to the catalog view, filtered as its address says. */
    private static final CatalogLinks CATALOG = query -> QueryUrl.href("/" + CatalogView.PATH, query);

    private ChartFigures() {
    }

    static Component landscape(Catalog catalog) {
        return figure("Standards by category and assessment group", PortfolioCharts.landscape(catalog, CATALOG));
    }

    static Component maturityAdoption(Catalog catalog) {
        return figure("Standard maturity against product adoption", PortfolioCharts.maturityAdoption(catalog, CATALOG));
    }

    private static Component figure(String caption, String svg) {
        return new Html("<figure class=\"rsp-chart-figure\"><figcaption>" + Markup.escape(caption) + "</figcaption>" + svg
                + "</figure>");
    }
}
