package org.rspnavigator.webapp.search;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rspnavigator.model.Term;
import org.rspnavigator.model.TermParameters;
import org.rspnavigator.search.Facet;
import org.rspnavigator.search.HitTarget.ActorTarget;
import org.rspnavigator.search.HitTarget.ProfileTarget;
import org.rspnavigator.search.HitTarget.StandardTarget;
import org.rspnavigator.search.HitTarget.UseCaseRowTarget;
import org.rspnavigator.search.SearchHit;
import org.rspnavigator.search.SearchRequest;

/**
 * A search as URL parameters ({@code q}, one per {@link Facet} named by its slug: {@code type},
 * {@code category}, {@code group}, {@code maturity}, and {@code limit}), shared by the search
 * view's address and the API, and where each hit leads.
 */
public final class SearchRequests {

    public static final String TEXT = "q";
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
        Map<Facet, Set<? extends Term>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            try {
                filters.put(facet, TermParameters.parse(parameters, facet.slug(), facet.vocabulary()));
            } catch (IllegalArgumentException e) {
                // The search answers in sentences.
                throw new IllegalArgumentException(e.getMessage() + ".", e);
            }
        }
        return new SearchRequest(text, filters, limit);
    }

    /** {@code parameters} without blank values, and without the parameters left with none. */
    static Map<String, List<String>> withoutBlanks(Map<String, List<String>> parameters) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        parameters.forEach((k, v) -> {
            List<String> values = v.stream().filter(s -> !s.isBlank()).toList();
            if (!values.isEmpty()) {
                result.put(k, values);
            }
        });
        return result;
    }

    /** {@code parameters} searching {@code text} instead, the other parameters as they were. */
    static Map<String, List<String>> withText(Map<String, List<String>> parameters, String text) {
        Map<String, List<String>> next = new LinkedHashMap<>(parameters);
        next.put(TEXT, List.of(text));
        return withoutBlanks(next);
    }

    /** {@code parameters} filtering {@code facet} by {@code values} (none: any) instead. */
    static Map<String, List<String>> withFilter(Map<String, List<String>> parameters, Facet facet,
            Collection<? extends Term> values) {
        Map<String, List<String>> next = new LinkedHashMap<>(parameters);
        next.put(facet.slug(), List.of(TermParameters.write(values)));
        return withoutBlanks(next);
    }

    /** The application address a hit leads to: the page of a standard or a profile, a use-case row or an actor on theirs. */
    public static String href(SearchHit hit) {
        return switch (hit.target()) {
            case StandardTarget standard -> "standards/" + standard.id();
            case UseCaseRowTarget row -> "use-cases/" + row.useCase() + "#row-" + row.row();
            case ProfileTarget profile -> "profiles/" + profile.id();
            case ActorTarget actor -> "profiles/" + actor.profile() + "#actor-" + actor.actor();
        };
    }
}
