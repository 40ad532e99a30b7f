package org.rspnavigator.search;

/**
 * What is being typed, stripped (and cut to {@link SearchRequest#MAX_TEXT} characters), and how
 * many completions to offer.
 *
 * @throws IllegalArgumentException when the limit is outside 1..{@link #MAX_LIMIT}
 */
public record SuggestRequest(String prefix, int limit) {

    /** The most completions one request gets: a list to choose from while typing. */
    public static final int MAX_LIMIT = 20;

    public SuggestRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("The limit must be between 1 and " + MAX_LIMIT + ", not " + limit + ".");
        }
        prefix = prefix == null ? "" : prefix.strip();
        if (prefix.length() > SearchRequest.MAX_TEXT) {
            prefix = prefix.substring(0, SearchRequest.MAX_TEXT);
        }
    }

    /** Nothing typed yet: no completions. */
    public boolean isBlank() {
        return prefix.isEmpty();
    }
}
