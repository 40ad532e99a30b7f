package org.rspnavigator.webapp.search;

import java.util.ArrayList;
import java.util.List;

import org.rspnavigator.model.Term;
import org.rspnavigator.search.Facet;
import org.rspnavigator.search.SearchRequest;
import org.rspnavigator.webapp.platform.web.QueryParameters;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.parameters.Parameter;

/** The parameters of {@code /search} in the OpenAPI document, which the endpoint reads from the whole query. */
@Configuration
class SearchApiDocumentation {

    @Bean
    OperationCustomizer searchParameters() {
        return QueryParameters.forQueryMaps(method -> method.getDeclaringClass() == SearchController.class
                && method.getName().equals("search") ? parameters() : List.of());
    }

    private static List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(QueryParameters.text(SearchRequests.TEXT, SearchRequest.MAX_TEXT, true,
                "The search text, plain text of 1 to " + SearchRequest.MAX_TEXT + " characters."));
        for (Facet facet : Facet.values()) {
            List<String> values = java.util.Arrays.stream(facet.vocabulary().getEnumConstants())
                    .map(t -> ((Term) t).slug()).toList();
            parameters.add(QueryParameters.anyOf(facet.slug(), values, "Only hits of this " + facet.label()
                    .toLowerCase(java.util.Locale.ROOT) + "."));
        }
        parameters.add(QueryParameters.wholeNumber(SearchRequests.LIMIT, 1, 100, 20, "How many hits a page holds."));
        parameters.add(QueryParameters.wholeNumber(SearchRequests.OFFSET, 0, 1000, 0,
                "The place of the first hit returned (0 for the best). Not with page."));
        parameters.add(QueryParameters.wholeNumber(SearchRequests.PAGE, 1, SearchRequest.MAX_OFFSET + 1, null,
                "Instead of offset: the page of limit hits, from 1."));
        return parameters;
    }
}
