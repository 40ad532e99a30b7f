package org.rspnavigator.webapp.catalog;

import org.rspnavigator.webapp.shortlists.ShortlistView;
import org.rspnavigator.webapp.widgets.Badges;
import org.rspnavigator.webapp.widgets.QueryUrl;
import java.util.List;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.StandardQuery;
import org.rspnavigator.webapp.accounts.CurrentUser;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

/**
 * Every standard of the portfolio with its assessment group and ratings, narrowed down by the
 * filter bar. The filter lives in the URL ({@code /catalog?group=emerging&category=technical-workflow}).
 */
@Route("catalog")
@RouteAlias("")
@PageTitle("Catalog | RSP Navigator")
@AnonymousAllowed
public class CatalogView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "catalog";

    private final Catalog catalog;
    private final StandardFilterBar filters = new StandardFilterBar();
    private final Grid<Standard> grid = new Grid<>(Standard.class, false);
    private final Span count = new Span();
    private final Span description = new Span();
    private final Paragraph noLevel = new Paragraph();

    public CatalogView(Catalog catalog) {
        this.catalog = catalog;
        addClassName("rsp-view");
        setWidthFull();
        H1 title = new H1("Standards catalog");
        Paragraph intro = new Paragraph("The " + catalog.standards().size() + " standards of "
                + catalog.edition().sourceDocument() + " with their assessment group and ratings. Narrow them down, "
                + "sort them, and open one for everything the portfolio says about it.");
        intro.addClassName("rsp-intro");
        count.setId("standards-count");
        count.addClassName("rsp-count");
        description.addClassName("rsp-count");
        Paragraph status = new Paragraph(count, new Span(" · "), description);
        status.addClassName("rsp-status");
        status.getElement().setAttribute("aria-live", "polite");

        noLevel.setId("no-level-notice");
        noLevel.addClassNames("rsp-no-level", "rsp-muted");
        noLevel.getElement().setAttribute("aria-live", "polite");

        configureGrid();
        filters.addQueryChangeListener(q -> {
            show(q);
            writeAddress();
        });
        grid.addSortListener(e -> {
            if (e.isFromClient()) {
                writeAddress();
            }
        });
        add(title, intro, filters, new Div(status, saveAsShortlist()), noLevel, grid);
    }

    /** The filters and the sort order go into the address, without a new history entry. */
    private void writeAddress() {
        String address = CatalogAddress.of(filters.getQuery(), grid.getSortOrder());
        CatalogAddress.remember(address);
        QueryUrl.replace(address);
    }

    private void configureGrid() {
        // Every cell is drawn by the browser from a few properties (LitRenderer): a server component
        // per cell made the catalog's first answer about 195 KB and 700 elements.
        grid.addColumn(LitRenderer.<Standard>of("<a href=\"standards/${item.id}\" router-link>${item.name}</a>")
                .withProperty("id", Standard::id).withProperty("name", Standard::briefName))
                .setHeader("Standard").setKey("standard").setWidth("13rem").setFlexGrow(1).setFrozen(true)
                .setComparator(Standard::briefName).setSortable(true).setTooltipGenerator(Standard::formalName);
        grid.addColumn(s -> shortLabel(s.category())).setHeader("Category").setKey("category").setWidth("11rem")
                .setFlexGrow(0).setComparator(Standard::category).setSortable(true)
                .setTooltipGenerator(s -> s.category().label());
        grid.addColumn(Badges.cell(s -> Badges.groupLabel(s.group()))).setHeader("Group").setKey("group")
                .setComparator(Standard::group).setSortable(true).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(Badges.cell(s -> Badges.maturityLabel(s.maturity()))).setHeader("Maturity")
                .setKey("maturity").setComparator(Standard::maturity).setSortable(true).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(Badges.<Standard>cell(s -> Badges.ratingLabel(s.productAdoption(), filters.region())))
                .setHeader("Product adoption").setKey("adoption").setWidth("9.5rem").setFlexGrow(0).setSortable(true)
                .setComparator(s -> filters.getQuery().levelOf(s.productAdoption()).map(Enum::ordinal).orElse(-1));
        grid.addColumn(Badges.<Standard>cell(s -> Badges.ratingLabel(s.siteDeployment(), filters.region())))
                .setHeader("Site deployment").setKey("deployment").setWidth("11rem").setFlexGrow(0).setSortable(true)
                .setComparator(s -> filters.getQuery().levelOf(s.siteDeployment()).map(Enum::ordinal).orElse(-1));
        grid.addColumn(Badges.cell(s -> Badges.toolingLabel(s.tooling()))).setHeader("Tooling")
                .setKey("tooling").setComparator(Standard::tooling).setSortable(true).setWidth("7.5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(true);
        // Every row is laid out and the page scrolls as a whole: a box of its own under the filters
        // left a laptop five rows, and one when the region filters were open.
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.setId("standards-grid");
        grid.setAriaLabel("Standards");
        grid.setEmptyStateText("No standard matches these filters.");
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate(StandardView.class, e.getItem().id())));
    }

    /** Signed-in users keep the current view as a shortlist; others are invited to sign in. */
    private Component saveAsShortlist() {
        if (CurrentUser.get().isEmpty()) {
            Anchor signIn = new Anchor("login", "Sign in to save this view as a shortlist");
            signIn.addClassName("rsp-muted");
            return signIn;
        }
        Button save = new Button("Save as shortlist", VaadinIcon.BOOKMARK.create(), e -> getUI().ifPresent(ui -> ui.navigate(
                ShortlistView.class, ShortlistView.NEW, QueryParameters.of(ShortlistView.FILTER,
                        filters.getQuery().toQueryString()))));
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        save.setId("save-as-shortlist");
        return save;
    }

    /** "Technical workflow" for "Technical workflow standards": the column says what they are. */
    private static String shortLabel(org.rspnavigator.model.Category category) {
        return category.label().replace(" standards", "");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StandardQuery query = QueryUrl.read(event.getLocation());
        filters.setQuery(query);
        grid.sort(CatalogAddress.sortOrder(event.getLocation().getQueryParameters().getParameters(), grid));
        show(query);
        CatalogAddress.remember(CatalogAddress.of(query, grid.getSortOrder()));
    }

    private void show(StandardQuery query) {
        List<Standard> shown = query.apply(catalog);
        List<GridSortOrder<Standard>> order = grid.getSortOrder();
        grid.setItems(shown);
        grid.sort(order);
        int total = catalog.standards().size();
        count.setText(shown.size() == total ? total + " standards"
                : shown.size() + " of " + total + " standards");
        description.setText(query.describe());
        String notice = query.comparesRegionalLevels()
                ? NoLevelNotice.summary(query.noLevelForRegion(catalog), query.region().orElseThrow(),
                        query.noLevel() == StandardQuery.NoLevel.INCLUDE)
                : "";
        noLevel.setText(notice);
        noLevel.setVisible(!notice.isEmpty());
    }
}
