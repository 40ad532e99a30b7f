package org.rspnavigator.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ranked hits of a request, the total number of matching documents, facet counts over all of
 * them (keys: {@code type}, {@code category}, {@code group}, {@code maturity}), and a corrected
 * query to offer ("did you mean") when the text looks misspelt.
 */
public record SearchResult(String text, int total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
        Optional<String> didYouMean) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
