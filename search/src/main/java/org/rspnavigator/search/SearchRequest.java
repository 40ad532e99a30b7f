package org.rspnavigator.search;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.rspnavigator.model.Term;

/**
 * What a person typed, with optional facet filters and which hits to return: {@code limit} hits
 * from the {@code offset}-th (0 for the best). A facet without a filter (or with an empty set)
 * lets any value through; the values within one facet are alternatives.
 *
 * @throws IllegalArgumentException when the text is blank or longer than {@link #MAX_TEXT}
 *         characters, the limit is outside 1..{@link #MAX_LIMIT}, the offset outside
 *         0..{@link #MAX_OFFSET}, or a filter holds a value of another vocabulary than its facet's
 */
public record SearchRequest(String text, Map<Facet, Set<? extends Term>> filters, int offset, int limit) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;
    /** Hits beyond the first thousand are not worth paging to; the index is far smaller. */
    public static final int MAX_OFFSET = 1000;

    public SearchRequest {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Type something to search for.");
        }
        text = text.strip();
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("The search text is longer than " + MAX_TEXT + " characters.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("The limit must be between 1 and " + MAX_LIMIT + ", not " + limit + ".");
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("The offset must be between 0 and " + MAX_OFFSET + ", not " + offset + ".");
        }
        Map<Facet, Set<? extends Term>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            for (Term value : values) {
                if (!facet.vocabulary().isInstance(value)) {
                    throw new IllegalArgumentException(value.slug() + " is not a value of the facet " + facet.slug());
                }
            }
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        filters = Collections.unmodifiableMap(copy);
    }

    /** The first {@code limit} hits. */
    public SearchRequest(String text, Map<Facet, Set<? extends Term>> filters, int limit) {
        this(text, filters, 0, limit);
    }

    /** Everything, the first {@link #DEFAULT_LIMIT} hits. */
    public static SearchRequest of(String text) {
        return new SearchRequest(text, Map.of(), DEFAULT_LIMIT);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(text, filters, offset, newLimit);
    }

    /** The same request for the hits from the {@code newOffset}-th (0 for the best) on. */
    public SearchRequest withOffset(int newOffset) {
        return new SearchRequest(text, filters, newOffset, limit);
    }

    /** The same request with {@code values} (empty: any) as the filter of {@code facet}. */
    public SearchRequest withFilter(Facet facet, Collection<? extends Term> values) {
        Map<Facet, Set<? extends Term>> next = new EnumMap<>(Facet.class);
        next.putAll(filters);
        next.put(facet, Set.copyOf(values));
        return new SearchRequest(text, next, offset, limit);
    }

    /** The values of {@code facet} a hit may have; empty for any. */
    public Set<? extends Term> filter(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }
}
