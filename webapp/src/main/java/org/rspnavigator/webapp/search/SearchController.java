package org.rspnavigator.webapp.search;

import org.rspnavigator.webapp.platform.web.Api;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rspnavigator.search.FacetCount;
import org.rspnavigator.search.SearchHit;
import org.rspnavigator.search.SearchRequest;
import org.rspnavigator.search.SearchResult;
import org.rspnavigator.search.SuggestRequest;
import org.rspnavigator.search.Suggestion;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Full-text search over the catalog: ranked hits with highlighted snippets and facet counts, and
 * autocomplete. Open to anonymous users, like the catalog.
 */
@RestController
@Tag(name = "Search")
@RequestMapping(Api.V1)
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    /** {@code hits} are {@code limit} at most, from the {@code offset}-th (0 for the best) of {@code total}. */
    record SearchJson(String query, int total, int offset, int limit, List<HitJson> hits,
            Map<String, List<FacetCount>> facets, String didYouMean) {
    }

    /** {@code snippet} is HTML in which only {@code <mark>} elements are markup. */
    record HitJson(String type, String id, String title, String subtitle, String snippet, float score, String href) {
        static HitJson of(SearchHit hit) {
            return new HitJson(hit.type().slug(), hit.id(), hit.title(), hit.subtitle(), hit.snippetHtml(), hit.score(),
                    "/" + SearchRequests.href(hit));
        }
    }

    record SuggestionJson(String text, String type, String id) {
    }

    @GetMapping("/search")
    SearchJson search(@RequestParam MultiValueMap<String, String> parameters) {
        SearchRequest request = SearchRequests.fromParameters(parameters);
        SearchResult result = search.search(request);
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        result.facets().forEach((facet, counts) -> facets.put(facet.slug(), counts));
        return new SearchJson(result.text(), result.total(), result.offset(), request.limit(),
                result.hits().stream().map(HitJson::of).toList(), facets, result.didYouMean().orElse(null));
    }

    @GetMapping("/search/suggest")
    List<SuggestionJson> suggest(@RequestParam(name = "q", defaultValue = "") String prefix,
            @RequestParam(name = "limit", defaultValue = "8") int limit) {
        // The index would search the first characters; the API says the text is too long instead.
        if (prefix.length() > SearchRequest.MAX_TEXT) {
            throw new IllegalArgumentException("The search text is longer than " + SearchRequest.MAX_TEXT + " characters.");
        }
        SuggestRequest request = new SuggestRequest(prefix, limit);
        if (request.isBlank()) {
            return List.of();
        }
        List<Suggestion> suggestions = search.suggest(request);
        return suggestions.stream().map(s -> new SuggestionJson(s.text(), s.type().slug(), s.id())).toList();
    }
}
