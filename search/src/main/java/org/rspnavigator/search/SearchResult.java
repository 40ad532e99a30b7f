package org.rspnavigator.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ranked hits of a request, the total number of matching documents, the counts of every
 * {@link Facet} over all of them, and a corrected query to offer ("did you mean") when the text
 * looks misspelt. {@code hits} are those from the {@code offset}-th (0 for the best) of the
 * {@code total}.
 */
public record SearchResult(String text, int total, int offset, List<SearchHit> hits,
        Map<Facet, List<FacetCount>> facets, Optional<String> didYouMean) {

    public SearchResult {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, not " + offset);
        }
        hits = List.copyOf(hits);
        Map<Facet, List<FacetCount>> copy = new EnumMap<>(Facet.class);
        facets.forEach((facet, counts) -> copy.put(facet, List.copyOf(counts)));
        facets = Collections.unmodifiableMap(copy);
    }

    /** The place of the first hit shown, from 1 ("Showing 21–40 of 68"), or 0 when none is. */
    public int first() {
        return hits.isEmpty() ? 0 : offset + 1;
    }

    /** The place of the last hit shown, from 1, or 0 when none is. */
    public int last() {
        return hits.isEmpty() ? 0 : offset + hits.size();
    }

    /** Whether hits come after those shown. */
    public boolean hasMore() {
        return offset + hits.size() < total;
    }
}
