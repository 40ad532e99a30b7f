package org.rspnavigator.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ranked hits of a request, the total number of matching documents, the counts of every
 * {@link Facet} over all of them, and a corrected query to offer ("did you mean") when the text
 * looks misspelt.
 */
public record SearchResult(String text, int total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets,
        Optional<String> didYouMean) {

    public SearchResult {
        hits = List.copyOf(hits);
        Map<Facet, List<FacetCount>> copy = new EnumMap<>(Facet.class);
        facets.forEach((facet, counts) -> copy.put(facet, List.copyOf(counts)));
        facets = Collections.unmodifiableMap(copy);
    }
}
