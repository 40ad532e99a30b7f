package org.rspnavigator.procurement.rfp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.Term;
import org.rspnavigator.procurement.FieldLimits;

/**
 * An {@link RfpDocument} with every catalog entry it names found: what the RFP documents are made
 * from. It comes from {@link RfpDocument#resolve} (for any document, such as a project's saved
 * revision) or from a validated draft ({@link ResolvedDraft#toDocument}), so that the renderers
 * never look an id up again.
 *
 * @param systems      the systems procured, in the spec's order, each with its system type
 * @param requirements the requirements in the document's order
 * @param mandates     the local mandates in order, each with the standard it names, if any
 */
public record ResolvedRfp(Catalog catalog, RfpDocument document, List<ProcuredType> systems,
        List<ResolvedRequirement> requirements, List<ResolvedMandate> mandates) {

    public ResolvedRfp {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(document, "document");
        systems = List.copyOf(systems);
        requirements = List.copyOf(requirements);
        mandates = List.copyOf(mandates);
    }

    /** A system procured and its type in the catalog. */
    public record ProcuredType(ProcuredSystem procured, SystemType type) {

        public ProcuredType {
            Objects.requireNonNull(procured, "procured");
            Objects.requireNonNull(type, "type");
        }
    }

    /** A local mandate and the standard it replaces or excepts, if it names one. */
    public record ResolvedMandate(LocalMandate mandate, Optional<Standard> standard) {

        public ResolvedMandate {
            Objects.requireNonNull(mandate, "mandate");
            Objects.requireNonNull(standard, "standard");
        }
    }

    /**
     * {@code doc} against {@code catalog}. A document is taken as it comes, whether or not its
     * draft was ever validated: a requirement may be for a system the spec does not list, and a
     * text may be longer than its limit (the outputs cap it); but every id must be in the catalog,
     * and every requirement number short enough to print and given once.
     *
     * @throws IllegalArgumentException naming every id the catalog lacks and every bad number
     */
    static ResolvedRfp of(Catalog catalog, RfpDocument doc) {
        List<String> problems = new ArrayList<>();
        List<ProcuredType> systems = new ArrayList<>();
        for (ProcuredSystem p : doc.spec().systems()) {
            Optional<SystemType> type = catalog.systemType(p.systemType());
            if (type.isEmpty()) {
                problems.add("system type '" + p.systemType() + "' (procured system)");
            } else {
                systems.add(new ProcuredType(p, type.get()));
            }
        }
        Set<String> numbers = new HashSet<>();
        List<ResolvedRequirement> requirements = new ArrayList<>();
        for (Requirement r : doc.requirements()) {
            if (r.number().length() > FieldLimits.NUMBER) {
                // A long unbroken number in the narrow number column is what makes the layout slow.
                problems.add("requirement number '" + FieldLimits.quoted(r.number()) + "' is longer than "
                        + FieldLimits.NUMBER + " characters");
                continue;
            }
            if (!numbers.add(r.number())) {
                problems.add("requirement number '" + r.number() + "' is used twice");
            }
            CatalogLookup found = CatalogLookup.of(catalog, r);
            problems.addAll(missing(found));
            found.resolved().ifPresent(requirements::add);
        }
        List<ResolvedMandate> mandates = new ArrayList<>();
        for (LocalMandate m : doc.mandates()) {
            Optional<Standard> standard = Optional.empty();
            if (!m.standard().isBlank()) {
                standard = catalog.standard(m.standard());
                if (standard.isEmpty()) {
                    problems.add("standard '" + m.standard() + "' (local mandate \"" + PlannerText.name(m.title())
                            + "\")");
                }
            }
            mandates.add(new ResolvedMandate(m, standard));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the RFP document refers to what the catalog (edition "
                    + catalog.edition().edition() + ") does not have: " + String.join("; ", problems));
        }
        return new ResolvedRfp(catalog, doc, systems, requirements, mandates);
    }

    /** What the catalog lacks of one requirement's ids, as the document's problems name it. */
    private static List<String> missing(CatalogLookup found) {
        Requirement r = found.requirement();
        String where = " (requirement " + r.number() + ")";
        List<String> problems = new ArrayList<>();
        if (found.system().isEmpty()) {
            problems.add("system type '" + r.system() + "'" + where);
        }
        if (found.category().isEmpty()) {
            problems.add("category '" + r.category() + "'" + where + "; known: " + Term.slugs(Category.class));
        }
        switch (r.subject()) {
            case RequirementSubject.StandardSupport s -> {
                if (found.standard().isEmpty()) {
                    problems.add("standard '" + s.standard() + "'" + where);
                }
            }
            case RequirementSubject.ProfileActor pa -> {
                if (found.profile().isEmpty()) {
                    problems.add("profile '" + pa.profile() + "'" + where);
                } else if (found.actor().isEmpty()) {
                    problems.add("actor '" + pa.actor() + "' of profile " + found.profile().get().acronym() + where);
                } else {
                    for (String o : found.unknownOptions()) {
                        problems.add("option '" + o + "' of " + found.profile().get().acronym() + " " + pa.actor()
                                + where);
                    }
                }
            }
        }
        return problems;
    }
}
