package org.rspnavigator.procurement.rfp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.rspnavigator.model.Region;

/**
 * What a planner is procuring: the project, the buying organization and its region (whose
 * footnote levels then apply to ratings), the use cases in scope, and the systems bought.
 */
public record RfpSpec(String projectName, String organization, Optional<Region> region, List<String> useCases,
        List<ProcuredSystem> systems) {

    public RfpSpec {
        Objects.requireNonNull(projectName, "projectName");
        organization = organization == null ? "" : organization;
        Objects.requireNonNull(region, "region");
        useCases = List.copyOf(useCases);
        systems = List.copyOf(systems);
    }
}
