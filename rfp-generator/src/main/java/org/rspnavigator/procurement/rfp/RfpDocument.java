package org.rspnavigator.procurement.rfp;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.rspnavigator.model.Catalog;

/**
 * Everything the RFP documents are made from: the spec, the requirements as the planner left
 * them, the ones withdrawn (whose numbers the documents account for), local mandates and custom
 * clauses, the project's version and the issue date.
 */
public record RfpDocument(RfpSpec spec, List<Requirement> requirements, List<Requirement> withdrawn,
        List<LocalMandate> mandates, List<CustomClause> clauses, int version, LocalDate issued) {

    public RfpDocument {
        Objects.requireNonNull(spec, "spec");
        requirements = List.copyOf(requirements);
        withdrawn = withdrawn == null ? List.of() : List.copyOf(withdrawn);
        mandates = List.copyOf(mandates);
        clauses = List.copyOf(clauses);
        Objects.requireNonNull(issued, "issued");
    }

    /** A document with no withdrawn requirement. */
    public RfpDocument(RfpSpec spec, List<Requirement> requirements, List<LocalMandate> mandates,
            List<CustomClause> clauses, int version, LocalDate issued) {
        this(spec, requirements, List.of(), mandates, clauses, version, issued);
    }

    /**
     * The exceptions to the portfolio the document makes (SHALLs proposed from the portfolio and
     * lowered, then those withdrawn), which its local-mandates section lists.
     */
    public List<ExceptionToPortfolio> exceptions() {
        return ExceptionToPortfolio.all(requirements, withdrawn);
    }

    /**
     * The document with every catalog entry it names, for the renderers. A document need not come
     * from a validated draft (a saved revision may be older than today's rules): requirements for
     * a system the spec does not list are kept, and texts over their limits are capped when
     * printed; only ids the catalog lacks and numbers that cannot be printed are refused.
     *
     * @throws IllegalArgumentException naming every id the catalog lacks and every bad number
     */
    public ResolvedRfp resolve(Catalog catalog) {
        return ResolvedRfp.of(Objects.requireNonNull(catalog, "catalog"), this);
    }
}
