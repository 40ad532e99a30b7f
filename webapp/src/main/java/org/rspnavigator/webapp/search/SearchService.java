package org.rspnavigator.webapp.search;

import java.util.List;

import org.rspnavigator.search.CatalogSearch;
import org.rspnavigator.search.SearchRequest;
import org.rspnavigator.search.SearchResult;
import org.rspnavigator.search.SuggestRequest;
import org.rspnavigator.search.Suggestion;
import org.rspnavigator.webapp.operations.Timings;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The catalog search as the API and the views ask it, timed as {@code rsp.search} with
 * {@code kind=search} or {@code kind=suggest}. The index itself stays plain Java
 * ({@link CatalogSearch}); only this wrapper knows about metrics.
 */
@Service
public class SearchService {

    private final CatalogSearch search;
    private final MeterRegistry metrics;

    public SearchService(CatalogSearch search, MeterRegistry metrics) {
        this.search = search;
        this.metrics = metrics;
    }

    /** Ranked hits with snippets, facet counts and "did you mean". */
    public SearchResult search(SearchRequest request) {
        return Timings.search(metrics, "search", () -> search.search(request));
    }

    /** Completions of what is being typed. */
    public List<Suggestion> suggest(SuggestRequest request) {
        return Timings.search(metrics, "suggest", () -> search.suggest(request));
    }
}
