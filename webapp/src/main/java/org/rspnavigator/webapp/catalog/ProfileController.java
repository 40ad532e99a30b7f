package org.rspnavigator.webapp.catalog;

import org.rspnavigator.webapp.platform.web.Api;
import org.rspnavigator.webapp.platform.NotFoundException;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.webapp.catalog.ProfileJson.ProfileDetail;
import org.rspnavigator.webapp.catalog.ProfileJson.ProfileList;
import org.rspnavigator.webapp.catalog.ProfileJson.ProfileSummary;
import org.rspnavigator.webapp.catalog.ProfileJson.SystemTypeJson;
import org.rspnavigator.webapp.catalog.ProfileJson.SystemTypeList;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** IHE profiles, system types and clinical services, read-only and open to anonymous users like the catalog. */
@RestController
@Tag(name = "Profiles")
@RequestMapping(Api.V1)
class ProfileController {

    private final Catalog catalog;

    ProfileController(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Filters: {@code domain}, {@code status}, {@code group} (of the portfolio entry), {@code q}. */
    @GetMapping("/profiles")
    ProfileList profiles(@RequestParam MultiValueMap<String, String> parameters) {
        var profiles = ProfileQuery.fromParameters(parameters).apply(catalog).stream().map(ProfileSummary::of).toList();
        return new ProfileList(profiles.size(), profiles);
    }

    @GetMapping("/profiles/{id}")
    ProfileDetail profile(@PathVariable String id) {
        return catalog.profile(id).map(p -> ProfileDetail.of(p, catalog))
                .orElseThrow(() -> new NotFoundException("No IHE profile with id '" + id + "' in the catalog."));
    }

    @GetMapping("/system-types")
    SystemTypeList systemTypes() {
        var types = catalog.systemTypes().stream().map(SystemTypeJson::of).toList();
        return new SystemTypeList(types.size(), types);
    }

    @GetMapping("/clinical-services")
    ProfileJson.ClinicalServiceList clinicalServices() {
        var services = catalog.clinicalServices().stream().map(ProfileJson.ClinicalServiceJson::of).toList();
        return new ProfileJson.ClinicalServiceList(services.size(), services);
    }

    @GetMapping("/clinical-services/{id}")
    ProfileJson.ClinicalServiceJson clinicalService(@PathVariable String id) {
        return catalog.clinicalService(id).map(ProfileJson.ClinicalServiceJson::of)
                .orElseThrow(() -> new NotFoundException("No clinical service with id '" + id + "' in the catalog."));
    }

    @GetMapping("/system-types/{id}")
    SystemTypeJson systemType(@PathVariable String id) {
        return catalog.systemType(id).map(SystemTypeJson::of)
                .orElseThrow(() -> new NotFoundException("No system type with id '" + id + "' in the catalog."));
    }
}
