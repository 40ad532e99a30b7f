package org.rspnavigator.webapp.catalog;

import org.rspnavigator.webapp.platform.web.Api;
import org.rspnavigator.webapp.platform.NotFoundException;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.webapp.catalog.CatalogJson.Edition;
import org.rspnavigator.webapp.catalog.CatalogJson.StandardJson;
import org.rspnavigator.webapp.catalog.CatalogJson.StandardList;
import org.rspnavigator.webapp.catalog.CatalogJson.UseCaseJson;
import org.rspnavigator.webapp.catalog.CatalogJson.UseCaseList;
import org.rspnavigator.model.StandardQuery;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only access to the catalog: standards and use cases. Open to anonymous users. */
@RestController
@Tag(name = "Catalog")
@RequestMapping(Api.V1)
class CatalogController {

    private final Catalog catalog;

    CatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The standards, optionally filtered with the catalog view's query parameters
     * ({@code ?group=emerging&category=technical-workflow}); a bad value is a 400.
     */
    @GetMapping("/standards")
    StandardList standards(@RequestParam MultiValueMap<String, String> parameters) {
        return StandardList.of(catalog, StandardQuery.fromParameters(parameters));
    }

    @GetMapping("/standards/{id}")
    StandardJson standard(@PathVariable String id) {
        return catalog.standard(id).map(s -> StandardJson.of(s, catalog))
                .orElseThrow(() -> new NotFoundException("No standard with id '" + id + "' in the catalog."));
    }

    @GetMapping("/use-cases")
    UseCaseList useCases() {
        var useCases = catalog.useCases().stream().map(UseCaseJson::of).toList();
        return new UseCaseList(Edition.of(catalog.edition()), useCases.size(), useCases);
    }

    @GetMapping("/use-cases/{id}")
    UseCaseJson useCase(@PathVariable String id) {
        return catalog.useCase(id).map(UseCaseJson::of)
                .orElseThrow(() -> new NotFoundException("No use case with id '" + id + "' in the catalog."));
    }
}
