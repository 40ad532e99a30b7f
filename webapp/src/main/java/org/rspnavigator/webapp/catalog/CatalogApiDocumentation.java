package org.rspnavigator.webapp.catalog;

import static org.rspnavigator.webapp.platform.web.QueryParameters.anyOf;
import static org.rspnavigator.webapp.platform.web.QueryParameters.oneOf;
import static org.rspnavigator.webapp.platform.web.QueryParameters.text;

import java.util.ArrayList;
import java.util.List;

import org.rspnavigator.model.AdoptionLevel;
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.IheDomain;
import org.rspnavigator.model.Maturity;
import org.rspnavigator.model.ProfileStatus;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Sdo;
import org.rspnavigator.model.StandardQuery;
import org.rspnavigator.model.Term;
import org.rspnavigator.model.ToolingLevel;
import org.rspnavigator.webapp.platform.web.QueryParameters;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * The filters of {@code /standards}, the portfolio files and {@code /profiles} in the OpenAPI
 * document: the endpoints read them from the whole query, as the views' addresses carry them.
 */
@Configuration
class CatalogApiDocumentation {

    /** The filters of the catalog view's address, as {@link StandardQuery} reads them. */
    static List<Parameter> standardFilters() {
        List<Parameter> filters = new ArrayList<>();
        filters.add(anyOf(StandardQuery.CATEGORY, Category.class, "The portfolio category."));
        filters.add(anyOf(StandardQuery.GROUP, AssessmentGroup.class, "The assessment group."));
        filters.add(anyOf(StandardQuery.MATURITY, Maturity.class, "The maturity."));
        filters.add(anyOf(StandardQuery.SDO, Sdo.class, "The standards development organization."));
        filters.add(oneOf(StandardQuery.ADOPTION, AdoptionLevel.class, "Product adoption at least this level."));
        filters.add(oneOf(StandardQuery.DEPLOYMENT, AdoptionLevel.class, "Site deployment at least this level."));
        filters.add(anyOf(StandardQuery.ADOPTION_LEVEL, AdoptionLevel.class, "Product adoption exactly this level."));
        filters.add(oneOf(StandardQuery.TOOLING, ToolingLevel.class, "Tooling at least this level."));
        filters.add(oneOf(StandardQuery.REGION, Region.class, "Compare ratings by the level a regional footnote "
                + "gives for this region."));
        filters.add(oneOf(StandardQuery.NO_LEVEL, StandardQuery.NoLevel.class, "With a region and a level filter: "
                + "leave out (exclude, the default) or keep (include) standards with no level for the region."));
        filters.add(text(StandardQuery.TEXT, 200, false, "Text in the brief or formal name, id, acronyms or aliases."));
        return filters;
    }

    static List<Parameter> profileFilters() {
        List<String> groups = new ArrayList<>(java.util.Arrays.stream(AssessmentGroup.values()).map(Term::slug).toList());
        groups.add(ProfileQuery.NONE);
        return List.of(anyOf(ProfileQuery.DOMAIN, IheDomain.class, "The IHE domain."),
                anyOf(ProfileQuery.STATUS, ProfileStatus.class, "The profile's status."),
                anyOf(ProfileQuery.GROUP, groups, "The assessment group of the profile's portfolio entry; none for "
                        + "profiles the portfolio does not list."),
                text(ProfileQuery.TEXT, 200, false, "Text in the acronym, the name or an actor's name."));
    }

    @Bean
    OperationCustomizer catalogFilters() {
        return QueryParameters.forQueryMaps(method -> switch (method.getDeclaringClass().getSimpleName() + "."
                + method.getName()) {
            case "CatalogController.standards", "PortfolioExportController.csv", "PortfolioExportController.pdf" ->
                standardFilters();
            case "ProfileController.profiles" -> profileFilters();
            default -> List.of();
        });
    }
}
