package org.rspnavigator.webapp.search;

import java.util.List;

import org.rspnavigator.search.SearchHit;
import org.rspnavigator.search.SearchRequest;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.QueryParameters;

/**
 * The search box in the header: results appear as you type; choosing one opens it, and Enter on
 * the typed text opens the full results with facets.
 */
public class HeaderSearch extends ComboBox<SearchHit> {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 8;

    public HeaderSearch(SearchService search) {
        setPlaceholder("Search standards, e.g. XDS-I, dose, worklist");
        setAriaLabel("Search the catalog");
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setAllowCustomValue(true);
        addClassName("rsp-header-search");
        setItemLabelGenerator(SearchHit::title);
        setRenderer(new ComponentRenderer<>(HeaderSearch::option));
        setItems(query -> {
            String text = query.getFilter().orElse("").strip();
            int offset = query.getOffset();
            int limit = query.getLimit();
            if (offset >= SHOWN || text.isEmpty() || text.length() > SearchRequest.MAX_TEXT) {
                return java.util.stream.Stream.empty();
            }
            List<SearchHit> hits = search.search(SearchRequest.of(text).withLimit(SHOWN)).hits();
            return hits.stream().skip(offset).limit(limit);
        });
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                SearchHit hit = e.getValue();
                getUI().ifPresent(ui -> ui.navigate(SearchRequests.href(hit)));
                clear();
            }
        });
        addCustomValueSetListener(e -> {
            String text = e.getDetail() == null ? "" : e.getDetail().strip();
            if (!text.isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate(SearchView.PATH, QueryParameters.of(SearchRequests.TEXT, text)));
                clear();
            }
        });
    }

    private static Div option(SearchHit hit) {
        Span title = new Span(hit.title());
        title.addClassName("rsp-option-title");
        Span meta = new Span(hit.type().label() + " · " + hit.subtitle());
        meta.addClassName("rsp-option-meta");
        Div option = new Div(title, meta);
        option.addClassName("rsp-option");
        return option;
    }
}
