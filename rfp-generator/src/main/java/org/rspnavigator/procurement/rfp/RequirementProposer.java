package org.rspnavigator.procurement.rfp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.model.AdoptionRating;
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.ClinicalService;
import org.rspnavigator.model.Grouping;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Relation.RelationView;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.StandardQuery;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.SystemType.ActorRole;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.UseCaseRow;
import org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;

/**
 * Proposes the requirements of an RFP from a spec, the way clause 5.1 of ISO 21860 reads:
 * the standards that the chosen use cases name for each system bought are in scope; preferred
 * and legacy ones become SHALL, emerging ones SHOULD; a legacy standard is asked for together
 * with, or on the way to, the standard that supersedes it. A standard that is an IHE profile
 * becomes a requirement on the actors the system usually plays, with the options usually asked
 * for, and every required grouping of such an actor brings its own requirement.
 *
 * <p>A preferred standard applies where its scope applies: what the catalog assigns to clinical
 * services none of which the spec has in scope (IHE MAMMO to breast imaging, the Cardiac NM option
 * of NMI to cardiology) is not asked for; a system that lists the content objects it creates is
 * not asked for others (a CT scanner for the X-Ray RDSR); and an IHE profile none of whose actors
 * the system plays is not asked for at all, since an Integration Statement could not answer it.
 * Each of these is {@linkplain Proposal#leftOut() left out} with its reason, for the planner to
 * add back. A spec without clinical services leaves nothing out for scope.
 *
 * <p>Requirements are numbered per system in the order they are listed (by portfolio category),
 * so the same spec always gives the same numbers.
 */
public final class RequirementProposer {

    /**
     * Portfolio entries that are an option of another profile's actors rather than a profile:
     * asking for them means asking for that option.
     */
    private static final Map<String, OptionOf> OPTION_ENTRIES = Map.of(
            "ihe-atna-radiology-option", new OptionOf("atna", "Radiology Audit Trail"));

    private record OptionOf(String profile, String option) {
    }

    static boolean isOptionEntry(Standard s) {
        return OPTION_ENTRIES.containsKey(s.id());
    }

    private final Catalog catalog;
    private final RequirementWording wording;

    /** A proposer wording requirements with the catalog's conformance facts on the class path. */
    public RequirementProposer(Catalog catalog) {
        this(catalog, ConformanceData.fromClasspath());
    }

    public RequirementProposer(Catalog catalog, ConformanceData conformance) {
        this.catalog = catalog;
        this.wording = new RequirementWording(catalog, conformance);
    }

    /**
     * What the proposer makes of a spec: the numbered requirements, and what the chosen use cases
     * name for the systems bought but was left out, with why.
     */
    public record Proposal(List<Requirement> requirements, List<LeftOut> leftOut) {
        public Proposal {
            requirements = List.copyOf(requirements);
            leftOut = List.copyOf(leftOut);
        }
    }

    /** @throws IllegalArgumentException listing every problem of the spec */
    public List<Requirement> propose(RfpSpec spec) {
        return proposal(spec).requirements();
    }

    /** @throws IllegalArgumentException listing every problem of the spec */
    public Proposal proposal(RfpSpec spec) {
        validate(spec);
        ScopeRules scope = new ScopeRules(catalog, spec);
        List<Requirement> all = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (ProcuredSystem procured : spec.systems()) {
            ScopeRules.Collected out = new ScopeRules.Collected();
            all.addAll(forSystem(spec, catalog.systemType(procured.systemType()).orElseThrow(), scope, out));
            leftOut.addAll(out.all());
        }
        return new Proposal(all, leftOut);
    }

    private void validate(RfpSpec spec) {
        List<String> problems = new ArrayList<>();
        if (spec.projectName().isBlank()) {
            problems.add("The project needs a name.");
        }
        if (spec.useCases().isEmpty()) {
            problems.add("Choose at least one use case.");
        }
        if (spec.systems().isEmpty()) {
            problems.add("Choose at least one system being procured.");
        }
        for (String id : spec.useCases()) {
            if (catalog.useCase(id).isEmpty()) {
                problems.add("The catalog has no use case '" + id + "'.");
            }
        }
        for (String id : spec.clinicalServices()) {
            if (catalog.clinicalService(id).isEmpty()) {
                problems.add("The catalog has no clinical service '" + id + "'.");
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (ProcuredSystem s : spec.systems()) {
            if (catalog.systemType(s.systemType()).isEmpty()) {
                problems.add("The catalog has no system type '" + s.systemType() + "'.");
            } else if (!seen.add(s.systemType())) {
                problems.add("The system type '" + s.systemType() + "' is listed twice; give one quantity.");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
    }

    /** A requirement before it is numbered, with the category it is listed under. */
    private record Draft(Category category, RequirementLevel level, RequirementSubject subject, String text,
            String rationale, RequirementOrigin origin, Conformance conformance) {
    }

    private List<Requirement> forSystem(RfpSpec spec, SystemType type, ScopeRules scope, ScopeRules.Collected out) {
        Map<Standard, List<String>> reasons = standardsInScope(spec, type, scope, out);
        Map<String, Draft> drafts = new LinkedHashMap<>(); // keyed by subject, first reason wins
        for (Map.Entry<Standard, List<String>> e : reasons.entrySet()) {
            Standard s = e.getKey();
            String why = RequirementWording.rationale(e.getValue(), s);
            OptionOf option = OPTION_ENTRIES.get(s.id());
            if (option != null) {
                addOption(drafts, type, s, option, "The “" + option.option() + "” option is " + s.briefName() + ": "
                        + why, out);
                continue;
            }
            addStandard(drafts, type, s, why, RequirementOrigin.PORTFOLIO, scope, out);
            if (s.group() == AssessmentGroup.LEGACY) {
                for (Standard successor : successors(s)) {
                    Optional<List<ClinicalService>> outOfScope = scope.outOfScope(successor);
                    if (outOfScope.isPresent()) {
                        leaveOut(out, type, successor, scope, outOfScope.get(), ScopeRules.belongs(successor.briefName()
                                + ", the successor of " + s.briefName() + ",", outOfScope.get()));
                        continue;
                    }
                    addStandard(drafts, type, successor, "New data in place of legacy " + s.briefName() + " ("
                            + successor.briefName() + " supersedes it); " + why, RequirementOrigin.SUCCESSOR, scope, out);
                    raise(drafts, successor, level(s.group()));
                }
            }
        }
        addOptedIn(drafts, spec, type);
        addGroupings(drafts, type);
        out.removeIf(o -> askedFor(drafts, o));
        return number(type, drafts.values(), spec.region());
    }

    /**
     * The profiles ISO 21860 does not rate that a clinical service in scope opts in to (AIR and
     * AIW-I with AI-assisted reading): each actor the system plays becomes a requirement, SHALL for
     * a Final Text profile and SHOULD for one still in Trial Implementation; a system that plays
     * none of the profile's actors is not asked for it.
     */
    private void addOptedIn(Map<String, Draft> drafts, RfpSpec spec, SystemType type) {
        for (String serviceId : spec.clinicalServices()) {
            ClinicalService service = catalog.clinicalService(serviceId).orElseThrow();
            for (ClinicalService.Proposed proposed : service.proposes()) {
                Profile p = catalog.profile(proposed.profile()).orElseThrow();
                RequirementLevel level = p.status() == org.rspnavigator.model.ProfileStatus.FINAL_TEXT
                        ? RequirementLevel.SHALL : RequirementLevel.SHOULD;
                List<ActorRole> roles = rolesOf(type, p);
                String why = service.name() + " is in the project's scope and opts in to IHE " + p.acronym() + " ("
                        + p.name() + "), which ISO 21860:2020 does not rate; its IHE status is " + p.status().label()
                        + ".";
                for (ActorRole role : roles) {
                    add(drafts, actorDraft(type, proposed.category(), level, p, role.actor(), role.options(), why,
                            RequirementOrigin.OPTED_IN, ""));
                }
            }
        }
    }

    /**
     * The successor of a legacy standard in scope is where new data goes: it is asked for at the
     * legacy standard's level at least (new SNOMED CT data with concept ids SHALL, although the
     * numeric identifiers are emerging in Table 1).
     */
    private void raise(Map<String, Draft> drafts, Standard successor, RequirementLevel to) {
        drafts.replaceAll((key, d) -> {
            boolean same = switch (d.subject()) {
                case StandardSupport ss -> ss.standard().equals(successor.id());
                case ProfileActor pa -> catalog.profile(pa.profile()).flatMap(Profile::portfolioEntry)
                        .map(e -> e.id().equals(successor.id())).orElse(false);
            };
            if (!same || d.level().compareTo(to) <= 0) {
                return d;
            }
            return new Draft(d.category(), to, d.subject(), relevel(d.text(), d.level(), to), d.rationale(),
                    d.origin(), d.conformance());
        });
    }

    /** Whether what {@code o} left out is asked for after all (another row or path brought it in). */
    private boolean askedFor(Map<String, Draft> drafts, LeftOut o) {
        return switch (o.subject()) {
            case StandardSupport s -> drafts.containsKey("standard:" + s.standard())
                    || catalog.standard(s.standard()).flatMap(catalog::profileOf).map(p -> drafts.keySet().stream()
                            .anyMatch(k -> k.startsWith("actor:" + p.id() + ":"))).orElse(false);
            case ProfileActor pa -> {
                Draft d = drafts.get(key(new ProfileActor(pa.profile(), pa.actor(), List.of())));
                yield d != null && (!o.optionOnly()
                        || ((ProfileActor) d.subject()).options().containsAll(pa.options()));
            }
        };
    }

    /**
     * A standard becomes a requirement on each actor the system plays in it when it is an IHE
     * profile the system takes part in (without the options that belong to services out of
     * scope), and a requirement to support it when it is no profile. An IHE profile whose actors
     * the system plays none of is left out.
     */
    private void addStandard(Map<String, Draft> drafts, SystemType type, Standard s, String why,
            RequirementOrigin origin, ScopeRules scope, ScopeRules.Collected out) {
        Optional<Profile> profile = catalog.profileOf(s);
        if (profile.isEmpty()) {
            add(drafts, standardDraft(type, s, why, origin));
            return;
        }
        Profile p = profile.get();
        List<ActorRole> roles = rolesOf(type, p);
        if (roles.isEmpty()) {
            out.add(new LeftOut(type.id(), new StandardSupport(s.id()), false, level(s.group()), s.category().slug(),
                    LeftOutReason.NO_ACTOR, List.of(), ScopeRules.noActor(type, p)));
            return;
        }
        for (ActorRole role : roles) {
            List<String> options = new ArrayList<>();
            for (String option : role.options()) {
                Optional<List<ClinicalService>> outOfScope = scope.outOfScope(p, option);
                if (outOfScope.isEmpty()) {
                    options.add(option);
                } else {
                    out.add(new LeftOut(type.id(), new ProfileActor(p.id(), role.actor(), List.of(option)), true,
                            level(s.group()), s.category().slug(), LeftOutReason.OUT_OF_SCOPE,
                            ScopeRules.ids(outOfScope.get()), ScopeRules.belongs("The “" + option + "” option of IHE "
                                    + p.acronym() + " (" + role.actor() + ")", outOfScope.get())));
                }
            }
            add(drafts, actorDraft(type, s.category(), level(s.group()), p, role.actor(), options, why, origin, ""));
        }
    }

    /**
     * {@code s} left out because it belongs to services out of scope: as the actors the system would
     * play in it, with the options that are themselves in scope.
     */
    private void leaveOut(ScopeRules.Collected out, SystemType type, Standard s, ScopeRules scope,
            List<ClinicalService> services, String reason) {
        Optional<Profile> profile = catalog.profileOf(s);
        List<ActorRole> roles = profile.map(p -> rolesOf(type, p)).orElse(List.of());
        if (profile.isPresent() && roles.isEmpty()) {
            out.add(new LeftOut(type.id(), new StandardSupport(s.id()), false, level(s.group()), s.category().slug(),
                    LeftOutReason.NO_ACTOR, List.of(), ScopeRules.noActor(type, profile.get())));
            return;
        }
        if (roles.isEmpty()) {
            out.add(new LeftOut(type.id(), new StandardSupport(s.id()), false, level(s.group()), s.category().slug(),
                    LeftOutReason.OUT_OF_SCOPE, ScopeRules.ids(services), reason));
        }
        for (ActorRole role : roles) {
            List<String> options = role.options().stream()
                    .filter(o -> scope.outOfScope(profile.get(), o).isEmpty()).toList();
            out.add(new LeftOut(type.id(), new ProfileActor(profile.get().id(), role.actor(), options), false,
                    level(s.group()), s.category().slug(), LeftOutReason.OUT_OF_SCOPE, ScopeRules.ids(services),
                    reason));
        }
    }

    /**
     * The standards the chosen use cases name for this system, in table order, with why; what is
     * out of the clinical scope, or a content object the system does not create, goes to {@code out}.
     */
    private Map<Standard, List<String>> standardsInScope(RfpSpec spec, SystemType type, ScopeRules scope,
            ScopeRules.Collected out) {
        Map<Standard, List<String>> reasons = new LinkedHashMap<>();
        for (String useCaseId : spec.useCases()) {
            UseCase u = catalog.useCase(useCaseId).orElseThrow();
            for (UseCaseRow row : u.rows()) {
                List<String> concerned = row.systems().stream().filter(type.useCaseSystems()::contains).toList();
                if (concerned.isEmpty()) {
                    continue;
                }
                String reason = RequirementWording.rowReason(u, row);
                Optional<List<ClinicalService>> rowOut = scope.outOfScope(row);
                if (rowOut.isPresent()) {
                    for (Standard s : row.standards()) {
                        leaveOut(out, type, s, scope, rowOut.get(), ScopeRules.rowBelongs(u, row, rowOut.get()));
                    }
                    continue;
                }
                List<Standard> kept = new ArrayList<>();
                List<Standard> notCreated = new ArrayList<>();
                for (Standard s : row.standards()) {
                    Optional<List<ClinicalService>> outOfScope = scope.outOfScope(s);
                    if (outOfScope.isPresent()) {
                        leaveOut(out, type, s, scope, outOfScope.get(), ScopeRules.belongs(s.briefName(),
                                outOfScope.get()));
                    } else if (scope.notCreated(type, s)) {
                        notCreated.add(s);
                        out.add(new LeftOut(type.id(), new StandardSupport(s.id()), false, level(s.group()),
                                s.category().slug(), LeftOutReason.NOT_CREATED, List.of(),
                                scope.notCreatedReason(type, s, row)));
                    } else {
                        kept.add(s);
                    }
                }
                String resolved = notCreated.isEmpty() ? "" : ScopeRules.resolved(type, kept);
                for (Standard s : kept) {
                    reasons.computeIfAbsent(s, k -> new ArrayList<>()).add(reason + resolved);
                }
            }
        }
        Map<Standard, List<String>> ordered = new LinkedHashMap<>();
        catalog.standards().stream().filter(reasons::containsKey).forEach(s -> ordered.put(s, reasons.get(s)));
        return ordered;
    }

    private static List<ActorRole> rolesOf(SystemType type, Profile profile) {
        return type.plays().stream().filter(r -> r.profile().equals(profile.id())).toList();
    }

    private List<Standard> successors(Standard legacy) {
        return catalog.relationsOf(legacy).stream()
                .filter(v -> v.kind().equals("superseded-by") || v.kind().equals("will-be-superseded-by"))
                .map(RelationView::other).toList();
    }

    static RequirementLevel level(AssessmentGroup group) {
        return group == AssessmentGroup.EMERGING ? RequirementLevel.SHOULD : RequirementLevel.SHALL;
    }

    private Draft standardDraft(SystemType type, Standard s, String why, RequirementOrigin origin) {
        RequirementLevel level = level(s.group());
        RequirementWording.Worded worded = wording.standard(type, s, level,
                s.group() == AssessmentGroup.LEGACY ? successors(s) : List.of());
        return new Draft(s.category(), level, new StandardSupport(s.id()), worded.text(), why.strip(), origin,
                worded.conformance());
    }

    private Draft actorDraft(SystemType type, Category category, RequirementLevel level, Profile profile, String actor,
            List<String> options, String why, RequirementOrigin origin, String because) {
        String optionText = options.isEmpty() ? ""
                : " with the " + String.join(", ", options.stream().map(o -> "“" + o + "”").toList())
                        + (options.size() == 1 ? " option" : " options");
        String text = "The proposed " + type.name() + " " + level.label() + " implement IHE " + profile.acronym() + " ("
                + profile.name() + ") as " + actor + optionText + because + ".";
        return new Draft(category, level, new ProfileActor(profile.id(), actor, options), text, why.strip(), origin,
                wording.actor(profile, actor, options));
    }

    /**
     * An option entry (ATNA's Radiology Audit Trail): added to the actor requirement it belongs to;
     * left out when the system plays no actor that offers it.
     */
    private void addOption(Map<String, Draft> drafts, SystemType type, Standard entry, OptionOf option, String why,
            ScopeRules.Collected out) {
        Profile profile = catalog.profile(option.profile()).orElseThrow();
        boolean anyOffered = rolesOf(type, profile).stream()
                .anyMatch(r -> profile.actor(r.actor()).flatMap(a -> a.option(option.option())).isPresent());
        if (!anyOffered) {
            out.add(new LeftOut(type.id(), new StandardSupport(entry.id()), false, level(entry.group()),
                    entry.category().slug(), LeftOutReason.NO_ACTOR, List.of(), "The proposed " + type.name()
                            + " plays no actor of IHE " + profile.acronym() + " that offers the “" + option.option()
                            + "” option, so it cannot be asked for."));
            return;
        }
        for (ActorRole role : rolesOf(type, profile)) {
            boolean offered = profile.actor(role.actor()).flatMap(a -> a.option(option.option())).isPresent();
            if (!offered) {
                continue;
            }
            List<String> options = new ArrayList<>(role.options());
            if (!options.contains(option.option())) {
                options.add(option.option());
            }
            String key = key(new ProfileActor(profile.id(), role.actor(), List.of()));
            Draft existing = drafts.get(key);
            List<String> merged = existing == null ? options
                    : union(((ProfileActor) existing.subject()).options(), options);
            drafts.put(key, actorDraft(type, entry.category(), level(entry.group()), profile, role.actor(), merged,
                    existing == null ? why : existing.rationale() + " " + why, RequirementOrigin.PORTFOLIO, ""));
        }
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** Every required grouping of an actor already required brings a requirement of its own, transitively. */
    private void addGroupings(Map<String, Draft> drafts, SystemType type) {
        boolean added = true;
        while (added) {
            added = false;
            for (Draft d : List.copyOf(drafts.values())) {
                if (!(d.subject() instanceof ProfileActor pa)) {
                    continue;
                }
                Profile profile = catalog.profile(pa.profile()).orElseThrow();
                for (Grouping g : profile.groupingsOf(pa.actor())) {
                    boolean met = g.targets().stream().anyMatch(t -> t.actors().stream()
                            .anyMatch(a -> drafts.containsKey(key(new ProfileActor(t.profile(), a, List.of())))));
                    if (met) {
                        continue;
                    }
                    Grouping.Target target = g.targets().stream()
                            .filter(t -> rolesOf(type, catalog.profile(t.profile()).orElseThrow()).stream()
                                    .anyMatch(r -> t.actors().contains(r.actor())))
                            .findFirst().orElse(g.targets().getFirst());
                    Profile other = catalog.profile(target.profile()).orElseThrow();
                    List<ActorRole> played = rolesOf(type, other).stream()
                            .filter(r -> target.actors().contains(r.actor())).toList();
                    String actor = played.isEmpty() ? target.actors().getFirst() : played.getFirst().actor();
                    List<String> options = played.isEmpty() ? List.of() : played.getFirst().options();
                    List<String> others = new ArrayList<>();
                    for (Grouping.Target t : g.targets()) {
                        for (String a : t.actors()) {
                            if (!(t.profile().equals(other.id()) && a.equals(actor))) {
                                others.add(t.profile().equals(other.id()) ? a
                                        : a + " of IHE " + catalog.profile(t.profile()).orElseThrow().acronym());
                            }
                        }
                    }
                    String alternatives = others.isEmpty() ? "" : " (or as " + String.join(" or ", others) + ")";
                    String key = key(new ProfileActor(other.id(), actor, List.of()));
                    String why = "IHE " + profile.acronym() + " requires its " + pa.actor() + " to be grouped with "
                            + g.describeTargets(id -> "IHE " + catalog.profile(id).orElseThrow().acronym())
                            + g.verification().note().map(n -> " (" + n + ")").orElse("") + ".";
                    drafts.put(key, actorDraft(type, d.category(), d.level(), other, actor, options, why,
                            RequirementOrigin.GROUPING, alternatives + ", grouped with its IHE " + profile.acronym() + " "
                                    + pa.actor()));
                    added = true;
                }
            }
        }
    }

    private static void add(Map<String, Draft> drafts, Draft draft) {
        drafts.merge(key(draft.subject()), draft, (first, second) -> first.level() == RequirementLevel.SHALL
                || second.level() != RequirementLevel.SHALL ? first : second);
    }

    /** Requirements on the same standard, or the same actor of the same profile, are one. */
    private static String key(RequirementSubject subject) {
        return switch (subject) {
            case StandardSupport s -> "standard:" + s.standard();
            case ProfileActor p -> "actor:" + p.profile() + ":" + p.actor();
        };
    }

    private List<Requirement> number(SystemType type, java.util.Collection<Draft> drafts, Optional<Region> region) {
        List<Draft> ordered = drafts.stream()
                .sorted(java.util.Comparator.comparing(Draft::category)).toList(); // stable: keeps table order within
        String prefix = type.id().toUpperCase(java.util.Locale.ROOT);
        List<Requirement> result = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Draft d = ordered.get(i);
            RequirementWording.Regional r = wording.regional(type, d.subject(), d.level(), d.text(), d.rationale(),
                    d.conformance(), region);
            result.add(new Requirement(String.format("%s-%02d", prefix, i + 1), d.level(), type.id(), d.category().slug(),
                    d.subject(), r.text(), r.rationale(), d.origin(), r.conformance(), r.alternatives()));
        }
        return result;
    }

    /**
     * A requirement the planner adds: support of a standard, or a profile actor with options,
     * worded the way proposed ones are.
     *
     * @param category the category to list it under; empty to take the standard's, or the
     *                 portfolio entry's of the profile
     * @throws IllegalArgumentException if the subject is not in the catalog, or a profile without a
     *                                  portfolio entry is given without a category
     */
    public Requirement planned(String number, String systemTypeId, RequirementLevel level, RequirementSubject subject,
            Optional<Category> category, String reason) {
        SystemType type = catalog.systemType(systemTypeId).orElseThrow(
                () -> new IllegalArgumentException("The catalog has no system type '" + systemTypeId + "'."));
        String why = reason.isBlank() ? "Added by the planner." : reason.strip();
        Draft draft = switch (subject) {
            case StandardSupport ss -> {
                Standard s = catalog.standard(ss.standard()).orElseThrow(
                        () -> new IllegalArgumentException("The catalog has no standard '" + ss.standard() + "'."));
                Draft d = standardDraft(type, s, why, RequirementOrigin.PLANNER);
                yield new Draft(category.orElse(s.category()), level, d.subject(), relevel(d.text(), d.level(), level),
                        why, RequirementOrigin.PLANNER, d.conformance());
            }
            case ProfileActor pa -> {
                Profile profile = catalog.profile(pa.profile()).orElseThrow(
                        () -> new IllegalArgumentException("The catalog has no IHE profile '" + pa.profile() + "'."));
                var actor = profile.actor(pa.actor()).orElseThrow(() -> new IllegalArgumentException(
                        "IHE " + profile.acronym() + " has no actor '" + pa.actor() + "'."));
                for (String option : pa.options()) {
                    if (actor.option(option).isEmpty()) {
                        throw new IllegalArgumentException("The " + actor.name() + " of IHE " + profile.acronym()
                                + " has no option '" + option + "'.");
                    }
                }
                Category where = category.or(() -> profile.portfolioEntry().map(Standard::category))
                        .orElseThrow(() -> new IllegalArgumentException("IHE " + profile.acronym()
                                + " is not in the portfolio tables: say which category to list the requirement under."));
                yield actorDraft(type, where, level, profile, actor.name(), pa.options(), why,
                        RequirementOrigin.PLANNER, "");
            }
        };
        return new Requirement(number, level, type.id(), draft.category().slug(), draft.subject(), draft.text(),
                draft.rationale(), RequirementOrigin.PLANNER, draft.conformance(), List.of());
    }

    static String relevel(String text, RequirementLevel from, RequirementLevel to) {
        return text.replaceAll("\\b" + from.label() + "\\b", to.label());
    }

    /**
     * Whether requirement {@code r} asks for what {@code o} left out: the same standard (or, for a
     * profile the system plays no actor of, any actor of it), the same actor, or the actor with the
     * option that was left out.
     */
    public boolean covers(Requirement r, LeftOut o) {
        if (!r.system().equals(o.system())) {
            return false;
        }
        return switch (o.subject()) {
            case StandardSupport s -> switch (r.subject()) {
                case StandardSupport rs -> rs.standard().equals(s.standard());
                case ProfileActor pa -> {
                    OptionOf entry = OPTION_ENTRIES.get(s.standard());
                    if (entry != null) {
                        yield pa.profile().equals(entry.profile()) && pa.options().contains(entry.option());
                    }
                    yield catalog.profile(pa.profile()).flatMap(Profile::portfolioEntry)
                            .map(e -> e.id().equals(s.standard())).orElse(false);
                }
            };
            case ProfileActor wanted -> r.subject() instanceof ProfileActor pa && pa.profile().equals(wanted.profile())
                    && pa.actor().equals(wanted.actor()) && (!o.optionOnly() || pa.options().containsAll(wanted.options()));
        };
    }

    /** Requirements on the same standard, or the same actor of the same profile, for the same system are one. */
    public static String sameAs(Requirement r) {
        return r.system() + "/" + key(r.subject());
    }

    /**
     * "Preferred in ISO 21860:2020 Table 5; maturity Final; product adoption High; site deployment
     * Moderate in Europe; tooling Moderate.": the ratings of a standard, stated once in the glossary
     * rather than under each requirement.
     */
    public String ratings(Standard s, Optional<Region> region) {
        StandardQuery q = region.map(StandardQuery.ALL::withRegion).orElse(StandardQuery.ALL);
        return s.group().label() + " in ISO 21860:2020 Table " + s.table() + "; maturity " + s.maturity().label()
                + "; product adoption " + rating(s.productAdoption(), q, region) + "; site deployment "
                + rating(s.siteDeployment(), q, region) + "; tooling " + s.tooling().label() + ".";
    }

    private static String rating(AdoptionRating rating, StandardQuery q, Optional<Region> region) {
        if (region.isPresent() && rating.isRegional()) {
            return q.levelOf(rating).map(l -> l.label() + " in " + region.get().label())
                    .orElse("no level for " + region.get().label()) + " (" + rating.describe() + ")";
        }
        return rating.describe();
    }
}
