package org.rspnavigator.webapp.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.rspnavigator.model.Term;
import org.rspnavigator.search.Facet;
import org.rspnavigator.search.FacetCount;
import org.rspnavigator.search.SearchHit;
import org.rspnavigator.search.SearchRequest;
import org.rspnavigator.search.SearchResult;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

/**
 * Search results with facets, a page at a time ("Showing 21–40 of 68", with previous and next
 * page buttons). The address holds the whole search
 * ({@code /search?q=dose&type=standard&category=content&page=2}), so a result list can be shared.
 */
@Route("search")
@PageTitle("Search | RSP Navigator")
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    static final String PATH = "search";

    private final SearchService search;
    private final TextField text = new TextField();
    private final Div facets = new Div();
    private final Div results = new Div();
    private final Paragraph status = new Paragraph();
    private Map<String, List<String>> parameters = Map.of();

    public SearchView(SearchService search) {
        this.search = search;
        addClassNames("rsp-view", "rsp-search");
        text.setAriaLabel("Search text");
        text.setPlaceholder("Words, acronyms or references: XDS-I, dose, worklist, PS3.16 TID 10011");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(SearchRequest.MAX_TEXT);
        text.setWidthFull();
        text.setId("search-text");
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                update(SearchRequests.withText(parameters, e.getValue()));
            }
        });
        status.setId("search-status");
        status.addClassName("rsp-count");
        status.getElement().setAttribute("aria-live", "polite");
        facets.addClassName("rsp-facets");
        results.addClassName("rsp-results");
        Div body = new Div(facets, results);
        body.addClassName("rsp-search-body");
        add(new H1("Search"), text, status, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getLocation().getQueryParameters().getParameters());
    }

    private void update(Map<String, List<String>> next) {
        show(next);
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(PATH, new QueryParameters(parameters)));
    }

    private void show(Map<String, List<String>> next) {
        parameters = SearchRequests.withoutBlanks(next);
        String q = String.join(" ", parameters.getOrDefault(SearchRequests.TEXT, List.of()));
        text.setValue(q);
        facets.removeAll();
        results.removeAll();
        if (q.isBlank()) {
            status.setText("Type words, acronyms or references to search the standards and use cases.");
            return;
        }
        SearchRequest request;
        SearchResult result;
        try {
            request = SearchRequests.fromParameters(parameters);
            result = search.search(request);
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        status.setText(statusOf(result));
        result.didYouMean().ifPresent(suggestion -> {
            Map<String, List<String>> corrected = SearchRequests.withText(parameters, suggestion);
            Anchor link = new Anchor(PATH + "?" + new QueryParameters(corrected).getQueryString(), suggestion);
            link.setId("did-you-mean");
            Paragraph didYouMean = new Paragraph(new Span("Did you mean "), link, new Span("?"));
            didYouMean.addClassName("rsp-did-you-mean");
            results.add(didYouMean);
        });
        for (Facet facet : Facet.values()) {
            List<FacetCount> counts = result.facets().getOrDefault(facet, List.of());
            if (!counts.isEmpty()) {
                facets.add(facet(facet, counts, request.filter(facet)));
            }
        }
        if (result.total() == 0) {
            results.add(new Paragraph("Nothing matches “" + q + "”. Try fewer words, an acronym, or the catalog filters."));
            return;
        }
        if (!result.hits().isEmpty()) {
            OrderedList list = new OrderedList();
            list.setId("search-results");
            // The list numbers its items from the first hit of the page.
            list.getElement().setAttribute("start", Integer.toString(result.first()));
            result.hits().forEach(hit -> list.add(hit(hit)));
            results.add(list);
        }
        if (result.offset() > 0 || result.hasMore()) {
            results.add(pager(result, request.limit()));
        }
    }

    /** "Showing 21–40 of 68 results", "1 result", or that the page asked for is past the last. */
    static String statusOf(SearchResult result) {
        if (result.total() == 1 && result.offset() == 0) {
            return "1 result";
        }
        if (result.hits().isEmpty()) {
            return result.total() == 0 ? "0 results"
                    : "No results on this page: there are " + result.total() + " in all.";
        }
        return "Showing " + result.first() + "–" + result.last() + " of " + result.total() + " results";
    }

    /** Previous and next page buttons, and which page this is. */
    private Component pager(SearchResult result, int limit) {
        int page = result.offset() / limit + 1;
        int pages = (result.total() + limit - 1) / limit;
        Button previous = new Button("Previous page", VaadinIcon.ANGLE_LEFT.create(), e -> toPage(page - 1));
        previous.setId("search-previous");
        previous.setEnabled(result.offset() > 0);
        Button next = new Button("Next page", VaadinIcon.ANGLE_RIGHT.create(), e -> toPage(page + 1));
        next.setIconAfterText(true);
        next.setId("search-next");
        next.setEnabled(result.hasMore());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Span where = new Span("Page " + Math.min(page, Math.max(pages, 1)) + " of " + Math.max(pages, 1));
        where.addClassName("rsp-muted");
        Nav pager = new Nav(previous, where, next);
        pager.setId("search-pages");
        pager.addClassName("rsp-pager");
        pager.getElement().setAttribute("aria-label", "Result pages");
        return pager;
    }

    /** Shows page {@code page}, and takes the keyboard to its first hit. */
    private void toPage(int page) {
        update(SearchRequests.withPage(parameters, page));
        results.getElement().executeJs("const first = this.querySelector('.rsp-hit-title');"
                + " if (first) { first.focus(); } window.scrollTo(0, 0);");
    }

    private Component facet(Facet facet, List<FacetCount> counts, Set<? extends Term> selected) {
        CheckboxGroup<FacetCount> group = new CheckboxGroup<>(facet.label());
        group.setItems(counts);
        group.setItemLabelGenerator(c -> c.label() + " (" + c.count() + ")");
        Set<String> selectedSlugs = selected.stream().map(Term::slug).collect(Collectors.toSet());
        group.setValue(counts.stream().filter(c -> selectedSlugs.contains(c.value())).collect(Collectors.toSet()));
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Set<String> chosen = e.getValue().stream().map(FacetCount::value).collect(Collectors.toSet());
                List<Term> values = facet.terms().stream().filter(t -> chosen.contains(t.slug())).toList();
                update(SearchRequests.withFilter(parameters, facet, values));
            }
        });
        group.addClassName("rsp-facet");
        return group;
    }

    private static ListItem hit(SearchHit hit) {
        Anchor title = new Anchor(SearchRequests.href(hit), hit.title());
        title.addClassName("rsp-hit-title");
        Span type = new Span(hit.type().label());
        type.addClassNames("rsp-badge", "rsp-hit-type");
        Div head = new Div(title, type);
        head.addClassName("rsp-hit-head");
        Paragraph subtitle = new Paragraph(hit.subtitle());
        subtitle.addClassName("rsp-muted");
        // The snippet is escaped text with <mark> elements only (see SearchHit).
        Html snippet = new Html("<p class=\"rsp-snippet\">" + hit.snippetHtml() + "</p>");
        ListItem item = new ListItem(head, subtitle, snippet);
        item.addClassName("rsp-hit");
        return item;
    }
}
