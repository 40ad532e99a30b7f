package org.rspnavigator.documents.rfp.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.RequirementProposer;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.procurement.rfp.RfpSpec;

/**
 * The largest RFP the catalog leads to: every use case in scope and one of every system type
 * procured, with the requirements proposed for them and nothing withdrawn.
 */
final class LargestRfp {

    static final Catalog CATALOG = CatalogLoader.loadFromClasspath();

    private LargestRfp() {
    }

    static RfpDocument document() {
        RfpSpec spec = new RfpSpec("Every use case, every system type", "Benchmark Regional Health Authority",
                Optional.of(Region.EUROPE), CATALOG.useCases().stream().map(UseCase::id).toList(),
                CATALOG.systemTypes().stream().map(t -> new ProcuredSystem(t.id(), 1, "")).toList());
        return RfpDraft.proposed(spec, new RequirementProposer(CATALOG)).toDocument(1, LocalDate.of(2026, 11, 22));
    }

    static String describe(RfpDocument document) {
        List<String> systems = document.spec().systems().stream().map(ProcuredSystem::systemType).toList();
        return "%d use cases, %d system types, %d requirements".formatted(document.spec().useCases().size(),
                systems.size(), document.requirements().size());
    }
}
