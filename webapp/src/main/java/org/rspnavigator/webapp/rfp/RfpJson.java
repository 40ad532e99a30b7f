package org.rspnavigator.webapp.rfp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rspnavigator.model.Region;
import org.rspnavigator.model.Term;
import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.rfp.AcceptedAlternative;
import org.rspnavigator.procurement.rfp.Amendment;
import org.rspnavigator.procurement.rfp.Conformance;
import org.rspnavigator.procurement.rfp.CustomClause;
import org.rspnavigator.procurement.rfp.LeftOut;
import org.rspnavigator.procurement.rfp.LeftOutReason;
import org.rspnavigator.procurement.rfp.LocalMandate;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementOrigin;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.procurement.rfp.RfpSpec;
import org.rspnavigator.webapp.platform.JsonSchemaFile;
import org.rspnavigator.webapp.platform.web.ApiTerms;

/**
 * The JSON form of RFP specs and drafts, shared by the API and the database: flat records with
 * catalog ids and slugs ({@code "level": "shall"}, {@code "origin": "portfolio"}), read leniently
 * (absent lists are empty; levels and origins also in the upper case that earlier versions wrote,
 * see {@link ApiTerms}) and checked strictly (unknown levels, regions and origins are named in the
 * error).
 */
public final class RfpJson {

    /** The form of a draft, served at /schemas/rfp-draft.schema.json; its {@code $defs/spec} is a spec's. */
    public static final JsonSchemaFile DRAFT_SCHEMA = JsonSchemaFile.of("rfp-draft.schema.json");

    private RfpJson() {
    }

    /**
     * What is being procured. {@code region} is a region slug ("europe") or absent;
     * {@code clinicalServices} are clinical-service ids, absent or empty when no scope is given.
     */
    public record Spec(String projectName, String organization, String region, List<String> useCases,
            List<SystemJson> systems, List<String> clinicalServices) {

        /** A spec as clients wrote it before clinical services: no scope given. */
        public Spec(String projectName, String organization, String region, List<String> useCases,
                List<SystemJson> systems) {
            this(projectName, organization, region, useCases, systems, null);
        }
    }

    public record SystemJson(String systemType, Integer quantity, String notes) {
    }

    /**
     * A requirement: exactly one of {@code standard} or {@code profile} + {@code actor} (with
     * {@code options}) says what it asks for. {@code role}, {@code version}, {@code evidence} and
     * {@code licence} make it testable (the system's role, the binding version, the evidence asked,
     * who holds a licence); {@code alternatives} are what else the buyer accepts as meeting it.
     * {@code proposedLevel} is the level proposed before the buyer set {@code level} (absent while
     * they are the same) and {@code changeReason} the buyer's reason for the latest change or for
     * the withdrawal; both are printed after the rationale.
     */
    public record RequirementJson(String number, String level, String system, String category, String standard,
            String profile, String actor, List<String> options, String text, String rationale, String origin,
            String role, String version, String evidence, String licence, List<AlternativeJson> alternatives,
            String proposedLevel, String changeReason) {

        /** A requirement as clients wrote it before amendments were recorded. */
        public RequirementJson(String number, String level, String system, String category, String standard,
                String profile, String actor, List<String> options, String text, String rationale, String origin,
                String role, String version, String evidence, String licence, List<AlternativeJson> alternatives) {
            this(number, level, system, category, standard, profile, actor, options, text, rationale, origin, role,
                    version, evidence, licence, alternatives, null, null);
        }

        /** A requirement without role, version, evidence, licence or alternatives (as clients wrote it before). */
        public RequirementJson(String number, String level, String system, String category, String standard,
                String profile, String actor, List<String> options, String text, String rationale, String origin) {
            this(number, level, system, category, standard, profile, actor, options, text, rationale, origin, null,
                    null, null, null, null);
        }
    }

    /** One subject of an accepted alternative: a standard, or a profile and actor with options. */
    public record SubjectJson(String standard, String profile, String actor, List<String> options) {
    }

    /** An accepted alternative: every subject claimed together meets the requirement, on the condition given. */
    public record AlternativeJson(List<SubjectJson> subjects, String condition, String basis) {
    }

    public record Mandate(String title, String standard, String text) {
    }

    public record Clause(String title, String markdown) {
    }

    /**
     * What the proposer left out for one system: exactly one of {@code standard} or {@code profile}
     * + {@code actor} (with {@code options}), as in a requirement; {@code optionOnly} when only the
     * one option named was left out. {@code kind} is {@code out-of-scope}, {@code not-created} or
     * {@code no-actor}; {@code services} the clinical services an out-of-scope item belongs to.
     */
    public record LeftOutJson(String system, String standard, String profile, String actor, List<String> options,
            Boolean optionOnly, String level, String category, String kind, List<String> services, String reason) {
    }

    /**
     * A whole draft. With {@code requirements} absent, a client asks for them to be proposed.
     * {@code leftOut} lists what the proposer did not ask for and why; {@code scopeNote} (written,
     * never read) says whether clinical services were given.
     */
    public record Draft(Spec spec, List<RequirementJson> requirements, List<RequirementJson> withdrawn,
            List<Mandate> mandates, List<Clause> clauses, List<LeftOutJson> leftOut, String scopeNote) {

        /** A draft as clients wrote it before the proposer recorded what it left out. */
        public Draft(Spec spec, List<RequirementJson> requirements, List<RequirementJson> withdrawn,
                List<Mandate> mandates, List<Clause> clauses) {
            this(spec, requirements, withdrawn, mandates, clauses, null, null);
        }
    }

    public static Spec of(RfpSpec spec) {
        return new Spec(spec.projectName(), spec.organization(), spec.region().map(Region::slug).orElse(null),
                spec.useCases(), spec.systems().stream()
                        .map(s -> new SystemJson(s.systemType(), s.quantity(), s.notes())).toList(),
                spec.clinicalServices());
    }

    public static Draft of(RfpDraft draft) {
        return new Draft(of(draft.spec()), draft.requirements().stream().map(RfpJson::of).toList(),
                draft.withdrawn().stream().map(RfpJson::of).toList(),
                draft.mandates().stream().map(m -> new Mandate(m.title(), m.standard(), m.text())).toList(),
                draft.clauses().stream().map(c -> new Clause(c.title(), c.markdown())).toList(),
                draft.leftOut().stream().map(RfpJson::of).toList(), draft.scopeNote());
    }

    public static LeftOutJson of(LeftOut o) {
        return switch (o.subject()) {
            case StandardSupport s -> new LeftOutJson(o.system(), s.standard(), null, null, List.of(), o.optionOnly(),
                    o.level().slug(), o.category(), o.kind().slug(), o.services(), o.reason());
            case ProfileActor p -> new LeftOutJson(o.system(), null, p.profile(), p.actor(), p.options(),
                    o.optionOnly(), o.level().slug(), o.category(), o.kind().slug(), o.services(), o.reason());
        };
    }

    public static RequirementJson of(Requirement r) {
        Conformance c = r.conformance();
        List<AlternativeJson> alternatives = r.alternatives().stream().map(a -> new AlternativeJson(
                a.subjects().stream().map(RfpJson::subject).toList(), a.condition(), a.basis())).toList();
        SubjectJson s = subject(r.subject());
        return new RequirementJson(r.number(), r.level().slug(), r.system(), r.category(), s.standard(), s.profile(),
                s.actor(), s.options(), r.text(), r.rationale(), r.origin().slug(), c.role(), c.version(), c.evidence(),
                c.licence(), alternatives, r.amendment().proposed().map(RequirementLevel::slug).orElse(null),
                r.amendment().reason().isEmpty() ? null : r.amendment().reason());
    }

    private static SubjectJson subject(RequirementSubject subject) {
        return switch (subject) {
            case StandardSupport s -> new SubjectJson(s.standard(), null, null, List.of());
            case ProfileActor p -> new SubjectJson(null, p.profile(), p.actor(), p.options());
        };
    }

    /** @throws IllegalArgumentException naming every field that is missing or not understood */
    public static RfpSpec spec(Spec json) {
        if (json == null) {
            throw new IllegalArgumentException("The spec is missing.");
        }
        List<String> problems = new ArrayList<>();
        Optional<Region> region = Optional.empty();
        if (json.region() != null && !json.region().isBlank()) {
            region = Term.fromSlug(Region.class, json.region().strip());
            if (region.isEmpty()) {
                problems.add("Unknown region '" + FieldLimits.quoted(json.region()) + "'; use one of "
                        + Term.slugs(Region.class) + ".");
            }
        }
        List<ProcuredSystem> systems = new ArrayList<>();
        for (SystemJson s : nonNull(json.systems())) {
            if (s == null || s.systemType() == null || s.systemType().isBlank()) {
                problems.add("Every system needs a systemType.");
                continue;
            }
            int quantity = s.quantity() == null ? 1 : s.quantity();
            if (quantity < 1) {
                problems.add("The quantity of '" + FieldLimits.quoted(s.systemType()) + "' must be at least 1.");
                continue;
            }
            systems.add(new ProcuredSystem(s.systemType().strip(), quantity, s.notes()));
        }
        List<String> useCases = nonNull(json.useCases()).stream().map(u -> u == null ? "" : u.strip()).toList();
        List<String> services = nonNull(json.clinicalServices()).stream().map(c -> c == null ? "" : c.strip()).toList();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        return new RfpSpec(json.projectName() == null ? "" : json.projectName().strip(), json.organization(), region,
                useCases, systems, services);
    }

    /**
     * The draft a JSON document describes; the caller validates it against the catalog.
     *
     * @throws IllegalArgumentException naming every field that is missing or not understood
     */
    public static RfpDraft draft(Draft json) {
        if (json == null) {
            throw new IllegalArgumentException("The draft is missing.");
        }
        RfpSpec spec = spec(json.spec());
        List<String> problems = new ArrayList<>();
        List<Requirement> requirements = requirements(json.requirements(), "requirements", problems);
        List<Requirement> withdrawn = requirements(json.withdrawn(), "withdrawn", problems);
        List<LocalMandate> mandates = present(json.mandates(), "mandates", problems).stream()
                .map(m -> new LocalMandate(orEmpty(m.title()), m.standard(), orEmpty(m.text()))).toList();
        List<CustomClause> clauses = present(json.clauses(), "clauses", problems).stream()
                .map(c -> new CustomClause(orEmpty(c.title()), orEmpty(c.markdown()))).toList();
        List<LeftOut> leftOut = leftOut(json.leftOut(), problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        return new RfpDraft(spec, requirements, withdrawn, mandates, clauses, leftOut);
    }

    private static List<LeftOut> leftOut(List<LeftOutJson> list, List<String> problems) {
        List<LeftOut> out = new ArrayList<>();
        List<LeftOutJson> items = present(list, "leftOut", problems);
        for (int i = 0; i < items.size(); i++) {
            LeftOutJson o = items.get(i);
            String which = "leftOut[" + i + "]";
            Optional<RequirementLevel> level = ApiTerms.read(RequirementLevel.class, o.level());
            Optional<LeftOutReason> kind = o.kind() == null ? Optional.empty()
                    : Term.fromSlug(LeftOutReason.class, o.kind().strip());
            if (o.system() == null || o.category() == null || level.isEmpty() || kind.isEmpty()) {
                problems.add(which + " needs a system, a category, a level (" + ApiTerms.choices(RequirementLevel.class)
                        + ") and a kind (" + ApiTerms.choices(LeftOutReason.class) + ").");
                continue;
            }
            RequirementSubject subject;
            if (o.standard() != null && o.profile() == null) {
                subject = new StandardSupport(o.standard());
            } else if (o.standard() == null && o.profile() != null && o.actor() != null
                    && nonNull(o.options()).stream().noneMatch(java.util.Objects::isNull)) {
                subject = new ProfileActor(o.profile(), o.actor(), nonNull(o.options()));
            } else {
                problems.add(which + " must name either a standard, or a profile and an actor.");
                continue;
            }
            boolean optionOnly = Boolean.TRUE.equals(o.optionOnly());
            if (optionOnly && !(subject instanceof ProfileActor p && p.options().size() == 1)) {
                problems.add(which + " is an option left out: name its profile, actor and that one option.");
                continue;
            }
            out.add(new LeftOut(o.system(), subject, optionOnly, level.get(), o.category(), kind.get(),
                    nonNull(o.services()).stream().filter(java.util.Objects::nonNull).toList(), orEmpty(o.reason())));
        }
        return out;
    }

    private static List<Requirement> requirements(List<RequirementJson> list, String field, List<String> problems) {
        List<Requirement> out = new ArrayList<>();
        for (RequirementJson r : present(list, field, problems)) {
            String which = r.number() == null ? "A requirement" : "Requirement " + FieldLimits.quoted(r.number());
            if (r.number() == null || r.number().isBlank() || r.system() == null || r.category() == null) {
                problems.add(which + " needs a number, a system and a category.");
                continue;
            }
            Optional<RequirementLevel> level = ApiTerms.read(RequirementLevel.class, r.level());
            if (level.isEmpty()) {
                problems.add(which + " has level '" + FieldLimits.quoted(String.valueOf(r.level()))
                        + "'; use " + ApiTerms.choices(RequirementLevel.class) + ".");
                continue;
            }
            Optional<RequirementOrigin> origin = r.origin() == null ? Optional.of(RequirementOrigin.PLANNER)
                    : ApiTerms.read(RequirementOrigin.class, r.origin());
            if (origin.isEmpty()) {
                problems.add(which + " has origin '" + FieldLimits.quoted(r.origin())
                        + "'; use " + ApiTerms.choices(RequirementOrigin.class) + ".");
                continue;
            }
            RequirementSubject subject;
            if (r.standard() != null && r.profile() == null) {
                subject = new StandardSupport(r.standard());
            } else if (r.standard() == null && r.profile() != null && r.actor() != null) {
                if (nonNull(r.options()).stream().anyMatch(java.util.Objects::isNull)) {
                    problems.add(which + " has an option that is null; name each option, or leave the list empty.");
                    continue;
                }
                subject = new ProfileActor(r.profile(), r.actor(), nonNull(r.options()));
            } else {
                problems.add(which + " must name either a standard, or a profile and an actor.");
                continue;
            }
            List<AcceptedAlternative> alternatives = new ArrayList<>();
            for (AlternativeJson a : nonNull(r.alternatives())) {
                List<RequirementSubject> subjects = new ArrayList<>();
                for (SubjectJson sj : a == null ? List.<SubjectJson>of() : nonNull(a.subjects())) {
                    if (sj != null && sj.standard() != null && sj.profile() == null) {
                        subjects.add(new StandardSupport(sj.standard()));
                    } else if (sj != null && sj.standard() == null && sj.profile() != null && sj.actor() != null
                            && nonNull(sj.options()).stream().noneMatch(java.util.Objects::isNull)) {
                        subjects.add(new ProfileActor(sj.profile(), sj.actor(), nonNull(sj.options())));
                    } else {
                        problems.add(which + " has an alternative whose subject names neither a standard, nor a "
                                + "profile and an actor.");
                    }
                }
                if (!subjects.isEmpty()) {
                    alternatives.add(new AcceptedAlternative(subjects, orEmpty(a.condition()), orEmpty(a.basis())));
                }
            }
            Optional<RequirementLevel> proposed = r.proposedLevel() == null ? Optional.empty()
                    : ApiTerms.read(RequirementLevel.class, r.proposedLevel());
            if (r.proposedLevel() != null && proposed.isEmpty()) {
                problems.add(which + " has proposedLevel '" + FieldLimits.quoted(r.proposedLevel())
                        + "'; use " + ApiTerms.choices(RequirementLevel.class) + ", or leave it out.");
                continue;
            }
            Amendment amendment = new Amendment(proposed.filter(p -> p != level.get()).orElse(null), r.changeReason());
            out.add(new Requirement(r.number().strip(), level.get(), r.system(), r.category(), subject,
                    orEmpty(r.text()), orEmpty(r.rationale()), origin.get(), new Conformance(orEmpty(r.role()),
                            orEmpty(r.version()), orEmpty(r.evidence()), orEmpty(r.licence())), alternatives,
                    amendment));
        }
        return out;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The items of a list that are there; each {@code null} in it is a problem named by its place. */
    private static <T> List<T> present(List<T> list, String field, List<String> problems) {
        List<T> items = new ArrayList<>();
        for (int i = 0; i < nonNull(list).size(); i++) {
            if (list.get(i) == null) {
                problems.add(field + "[" + i + "] is null; send an object there, or leave it out.");
            } else {
                items.add(list.get(i));
            }
        }
        return items;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
