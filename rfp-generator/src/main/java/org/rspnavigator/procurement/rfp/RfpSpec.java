package org.rspnavigator.procurement.rfp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.rspnavigator.model.Region;

/**
 * What a planner is procuring: the project, the buying organization and its region (whose
 * footnote levels then apply to ratings), the use cases in scope, the systems bought, and the
 * clinical services in scope.
 *
 * @param clinicalServices ids of the catalog's clinical services the project serves
 *                         ({@code cardiology}, {@code breast-imaging}, ...), each once; empty when no
 *                         scope was given, and then every standard the use cases name is proposed,
 *                         whatever service it belongs to
 */
public record RfpSpec(String projectName, String organization, Optional<Region> region, List<String> useCases,
        List<ProcuredSystem> systems, List<String> clinicalServices) {

    public RfpSpec {
        Objects.requireNonNull(projectName, "projectName");
        organization = organization == null ? "" : organization;
        Objects.requireNonNull(region, "region");
        useCases = List.copyOf(useCases);
        systems = List.copyOf(systems);
        clinicalServices = clinicalServices == null ? List.of() : List.copyOf(new LinkedHashSet<>(clinicalServices));
    }

    /** A spec that gives no clinical services: every standard the use cases name is in scope. */
    public RfpSpec(String projectName, String organization, Optional<Region> region, List<String> useCases,
            List<ProcuredSystem> systems) {
        this(projectName, organization, region, useCases, systems, List.of());
    }

    /** Whether the planner said which clinical services are in scope. */
    public boolean scopeGiven() {
        return !clinicalServices.isEmpty();
    }

    public RfpSpec withClinicalServices(List<String> services) {
        return new RfpSpec(projectName, organization, region, useCases, systems, services);
    }
}
