package org.rspnavigator.webapp.ui;

import java.util.List;
import java.util.Locale;

import org.rspnavigator.model.AdoptionRating;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Standard;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

/** Every standard of the portfolio with its assessment group and ratings, in table order. */
@Route("catalog")
@RouteAlias("")
@PageTitle("Catalog | RSP Navigator")
public class CatalogView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final Grid<Standard> grid = new Grid<>(Standard.class, false);
    private final Span count = new Span();
    private final List<Standard> standards;

    public CatalogView(Catalog catalog) {
        addClassName("rsp-view");
        setSizeFull();
        H1 title = new H1("Standards catalog");
        Paragraph intro = new Paragraph("The " + catalog.standards().size() + " standards of "
                + catalog.edition().sourceDocument() + ", with their assessment group and ratings, as Tables 1–5 list them.");
        intro.addClassName("rsp-intro");

        TextField filter = new TextField();
        filter.setPlaceholder("Filter by name or acronym");
        filter.setAriaLabel("Filter standards by name or acronym");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("22rem");
        count.addClassName("rsp-count");
        count.setId("standards-count");

        standards = catalog.standards();
        grid.addColumn(Standard::briefName).setHeader("Standard").setWidth("19rem").setFlexGrow(0)
                .setSortable(true).setTooltipGenerator(Standard::formalName);
        grid.addColumn(s -> s.category().label()).setHeader("Category").setWidth("14rem").setFlexGrow(0).setSortable(true);
        grid.addColumn(new ComponentRenderer<>(s -> Badges.group(s.group()))).setHeader("Group")
                .setComparator(Standard::group).setSortable(true).setAutoWidth(true);
        grid.addColumn(s -> s.maturity().label()).setHeader("Maturity").setAutoWidth(true).setSortable(true);
        grid.addColumn(s -> describe(s.productAdoption())).setHeader("Product adoption").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.START);
        grid.addColumn(s -> describe(s.siteDeployment())).setHeader("Site deployment").setFlexGrow(1)
                .setTooltipGenerator(s -> describe(s.siteDeployment()));
        grid.addColumn(s -> s.tooling().label()).setHeader("Tooling").setAutoWidth(true).setSortable(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setId("standards-grid");

        filter.addValueChangeListener(e -> applyFilter(e.getValue()));
        applyFilter("");
        add(title, intro, filter, count, grid);
        setFlexGrow(1, grid);
    }

    private static String describe(AdoptionRating rating) {
        return rating.isRegional() ? "Varies: " + rating.describe() : rating.describe();
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<Standard> shown = standards.stream().filter(s -> needle.isEmpty() || matches(s, needle)).toList();
        grid.setItems(shown);
        count.setText(shown.size() == 1 ? "1 standard" : shown.size() + " standards");
    }

    private static boolean matches(Standard s, String needle) {
        return List.of(s.briefName(), s.formalName(), String.join(" ", s.acronyms()), String.join(" ", s.aliases()))
                .stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(needle));
    }
}
