package org.rspnavigator.webapp.search;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rspnavigator.markup.Slugs;
import org.rspnavigator.model.Term;
import org.rspnavigator.webapp.platform.web.Api;
import org.rspnavigator.model.TermParameters;
import org.rspnavigator.search.Facet;
import org.rspnavigator.search.HitTarget.ActorTarget;
import org.rspnavigator.search.HitTarget.ProfileTarget;
import org.rspnavigator.search.HitTarget.StandardTarget;
import org.rspnavigator.search.HitTarget.SystemTypeTarget;
import org.rspnavigator.search.HitTarget.TransactionTarget;
import org.rspnavigator.search.HitTarget.UseCaseRowTarget;
import org.rspnavigator.search.SearchHit;
import org.rspnavigator.search.SearchRequest;

/**
 * A search as URL parameters ({@code q}, one per {@link Facet} named by its slug: {@code type},
 * {@code category}, {@code group}, {@code maturity}, {@code limit}, and where the hits start:
 * {@code offset} from 0 or {@code page} from 1, pages of {@code limit} hits), shared by the
 * search view's address and the API, and where each hit leads.
 */
public final class SearchRequests {

    public static final String TEXT = "q";
    public static final String LIMIT = "limit";
    public static final String OFFSET = "offset";
    public static final String PAGE = "page";

    private SearchRequests() {
    }

    /** @throws IllegalArgumentException with a message for the person, for any bad parameter */
    public static SearchRequest fromParameters(Map<String, List<String>> parameters) {
        String text = String.join(" ", parameters.getOrDefault(TEXT, List.of()));
        int limit = number(parameters, LIMIT).orElse(SearchRequest.DEFAULT_LIMIT);
        java.util.OptionalInt offset = number(parameters, OFFSET);
        java.util.OptionalInt page = number(parameters, PAGE);
        if (offset.isPresent() && page.isPresent()) {
            throw new IllegalArgumentException("Give 'offset' or 'page', not both.");
        }
        int start = offset.orElse(0);
        if (page.isPresent()) {
            int maxPage = SearchRequest.MAX_OFFSET / Math.max(1, limit) + 1;
            if (page.getAsInt() < 1 || page.getAsInt() > maxPage) {
                throw new IllegalArgumentException("'page' must be between 1 and " + maxPage + ", not " + page.getAsInt() + ".");
            }
            start = (page.getAsInt() - 1) * limit;
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
        return new SearchRequest(text, filters, start, limit);
    }

    private static java.util.OptionalInt number(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.isEmpty()) {
            return java.util.OptionalInt.empty();
        }
        try {
            return java.util.OptionalInt.of(Integer.parseInt(values.getFirst().strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number, not '" + values.getFirst() + "'.");
        }
    }

    /** {@code parameters} showing page {@code page} (from 1; the first page has no parameter). */
    static Map<String, List<String>> withPage(Map<String, List<String>> parameters, int page) {
        Map<String, List<String>> next = new LinkedHashMap<>(parameters);
        next.remove(OFFSET);
        if (page <= 1) {
            next.remove(PAGE);
        } else {
            next.put(PAGE, List.of(Integer.toString(page)));
        }
        return withoutBlanks(next);
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

    /** {@code parameters} searching {@code text} instead, from the first page, the other parameters as they were. */
    static Map<String, List<String>> withText(Map<String, List<String>> parameters, String text) {
        Map<String, List<String>> next = new LinkedHashMap<>(parameters);
        next.put(TEXT, List.of(text));
        next.remove(PAGE);
        next.remove(OFFSET);
        return withoutBlanks(next);
    }

    /** {@code parameters} filtering {@code facet} by {@code values} (none: any) instead, from the first page. */
    static Map<String, List<String>> withFilter(Map<String, List<String>> parameters, Facet facet,
            Collection<? extends Term> values) {
        Map<String, List<String>> next = new LinkedHashMap<>(parameters);
        next.put(facet.slug(), List.of(TermParameters.write(values)));
        next.remove(PAGE);
        next.remove(OFFSET);
        return withoutBlanks(next);
    }

    /**
     * The application address a hit leads to: the page of a standard or a profile, a use-case row,
     * an actor or a transaction on theirs, or a system type's page.
     */
    public static String href(SearchHit hit) {
        return switch (hit.target()) {
            case StandardTarget standard -> "standards/" + standard.id();
            case UseCaseRowTarget row -> "use-cases/" + row.useCase() + "#row-" + row.row();
            case ProfileTarget profile -> "profiles/" + profile.id();
            case ActorTarget actor -> "profiles/" + actor.profile() + "#actor-" + actor.actor();
            case TransactionTarget transaction -> "profiles/" + transaction.profile() + "#"
                    + transactionAnchor(transaction.transaction());
            case SystemTypeTarget systemType -> "system-types/" + systemType.systemType();
        };
    }

    /** The id of a transaction's row on its profile's page: {@code transaction-rad-8}. */
    public static String transactionAnchor(String transactionId) {
        return "transaction-" + Slugs.slug(transactionId);
    }
}
