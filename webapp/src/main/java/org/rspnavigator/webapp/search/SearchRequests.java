package org.rspnavigator.webapp.search;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Maturity;
import org.rspnavigator.model.Term;
import org.rspnavigator.search.HitType;
import org.rspnavigator.search.SearchHit;
import org.rspnavigator.search.SearchRequest;

/**
 * A search as URL parameters ({@code q}, {@code type}, {@code category}, {@code group},
 * {@code maturity}, {@code limit}), shared by the search view's address and the API, and where
 * each hit leads.
 */
public final class SearchRequests {

    public static final String TEXT = "q";
    public static final String TYPE = "type";
    public static final String CATEGORY = "category";
    public static final String GROUP = "group";
    public static final String MATURITY = "maturity";
    public static final String LIMIT = "limit";

    private SearchRequests() {
    }

    /** @throws IllegalArgumentException with a message for the person, for any bad parameter */
    public static SearchRequest fromParameters(Map<String, List<String>> parameters) {
        String text = String.join(" ", parameters.getOrDefault(TEXT, List.of()));
        int limit = SearchRequest.DEFAULT_LIMIT;
        List<String> limits = parameters.getOrDefault(LIMIT, List.of());
        if (!limits.isEmpty()) {
            try {
                limit = Integer.parseInt(limits.getFirst().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'limit' must be a whole number, not '" + limits.getFirst() + "'.");
            }
        }
        return new SearchRequest(text, terms(parameters, TYPE, HitType.class), terms(parameters, CATEGORY, Category.class),
                terms(parameters, GROUP, AssessmentGroup.class), terms(parameters, MATURITY, Maturity.class), limit);
    }

    private static <E extends Enum<E> & Term> Set<E> terms(Map<String, List<String>> parameters, String name,
            Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        parameters.getOrDefault(name, List.of()).stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty())
                .forEach(v -> result.add(Term.fromSlug(type, v).orElseThrow(() -> new IllegalArgumentException(
                        "'" + v + "' is not a valid value of '" + name + "' (expected one of: " + Term.slugs(type) + ")."))));
        return result;
    }

    /** The application address a hit leads to: a standard's page, or the use-case row. */
    public static String href(SearchHit hit) {
        return switch (hit.type()) {
            case STANDARD -> "standards/" + hit.id();
            case USE_CASE_ROW -> {
                String[] parts = hit.id().split("/", 2);
                yield "use-cases/" + parts[0] + (parts.length > 1 ? "#row-" + parts[1] : "");
            }
            case PROFILE -> "profiles/" + hit.id();
            case ACTOR -> {
                String[] parts = hit.id().split(":", 2);
                yield "profiles/" + parts[0] + (parts.length > 1 ? "#actor-" + parts[1] : "");
            }
        };
    }
}
