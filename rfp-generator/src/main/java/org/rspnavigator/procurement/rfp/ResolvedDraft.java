package org.rspnavigator.procurement.rfp;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.procurement.rfp.ResolvedRfp.ProcuredType;
import org.rspnavigator.procurement.rfp.ResolvedRfp.ResolvedMandate;

/**
 * A draft that passed {@link RfpDraft#resolve}, with the catalog entries it names: its documents
 * are made from it without looking any id up again.
 *
 * @param systems      the systems procured, in the spec's order, each with its system type
 * @param requirements the requirements in force, in the draft's order
 * @param mandates     the local mandates in order, each with the standard it names, if any
 */
public record ResolvedDraft(RfpDraft draft, Catalog catalog, List<ProcuredType> systems,
        List<ResolvedRequirement> requirements, List<ResolvedMandate> mandates) {

    public ResolvedDraft {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(catalog, "catalog");
        systems = List.copyOf(systems);
        requirements = List.copyOf(requirements);
        mandates = List.copyOf(mandates);
    }

    /** What the documents of this draft, as {@code version} issued on {@code issued}, are made from. */
    public ResolvedRfp toDocument(int version, LocalDate issued) {
        return new ResolvedRfp(catalog, draft.toDocument(version, issued), systems, requirements, mandates);
    }
}
