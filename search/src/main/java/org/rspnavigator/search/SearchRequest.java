package org.rspnavigator.search;

import java.util.Set;

import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Maturity;

/**
 * What a person typed, with optional facet filters (empty set: any) and how many hits to return.
 *
 * @throws IllegalArgumentException when the text is blank or longer than {@link #MAX_TEXT}
 *         characters, or the limit is outside 1..{@link #MAX_LIMIT}
 */
public record SearchRequest(String text, Set<HitType> types, Set<Category> categories, Set<AssessmentGroup> groups,
        Set<Maturity> maturities, int limit) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

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
        types = Set.copyOf(types);
        categories = Set.copyOf(categories);
        groups = Set.copyOf(groups);
        maturities = Set.copyOf(maturities);
    }

    /** Everything, the first {@link #DEFAULT_LIMIT} hits. */
    public static SearchRequest of(String text) {
        return new SearchRequest(text, Set.of(), Set.of(), Set.of(), Set.of(), DEFAULT_LIMIT);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(text, types, categories, groups, maturities, newLimit);
    }
}
