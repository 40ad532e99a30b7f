package org.rspnavigator.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rspnavigator.model.Relation.RelationView;

/**
 * The whole catalog, immutable and linked: the five portfolio tables, their standards in table
 * order, the relations between standards (readable from both ends) and the use cases whose rows
 * point at standards. Built once by {@link org.rspnavigator.model.load.CatalogLoader}, which
 * guarantees that every reference resolves.
 */
public final class Catalog {

    private static final Comparator<Standard> TABLE_ORDER = Comparator.comparingInt(Standard::table)
            .thenComparing(Standard::group).thenComparingInt(Standard::position);

    private final CatalogEdition edition;
    private final List<PortfolioTable> tables;
    private final List<Standard> standards;
    private final Map<String, Standard> standardsById;
    private final List<Relation> relations;
    private final List<UseCase> useCases;
    private final Map<String, UseCase> useCasesById;
    private final List<SynonymGroup> synonyms;
    private final List<Profile> profiles;
    private final Map<String, Profile> profilesById;
    private final List<SystemType> systemTypes;
    private final Map<String, SystemType> systemTypesById;
    private final List<ClinicalService> clinicalServices;
    private final Map<String, ClinicalService> clinicalServicesById;

    public Catalog(CatalogEdition edition, List<PortfolioTable> tables, List<Standard> standards,
            List<Relation> relations, List<UseCase> useCases) {
        this(edition, tables, standards, relations, useCases, List.of());
    }

    public Catalog(CatalogEdition edition, List<PortfolioTable> tables, List<Standard> standards,
            List<Relation> relations, List<UseCase> useCases, List<SynonymGroup> synonyms) {
        this(edition, tables, standards, relations, useCases, synonyms, List.of(), List.of());
    }

    public Catalog(CatalogEdition edition, List<PortfolioTable> tables, List<Standard> standards,
            List<Relation> relations, List<UseCase> useCases, List<SynonymGroup> synonyms, List<Profile> profiles,
            List<SystemType> systemTypes) {
        this(edition, tables, standards, relations, useCases, synonyms, profiles, systemTypes, List.of());
    }

    public Catalog(CatalogEdition edition, List<PortfolioTable> tables, List<Standard> standards,
            List<Relation> relations, List<UseCase> useCases, List<SynonymGroup> synonyms, List<Profile> profiles,
            List<SystemType> systemTypes, List<ClinicalService> clinicalServices) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.tables = tables.stream().sorted(Comparator.comparingInt(PortfolioTable::number)).toList();
        this.standards = standards.stream().sorted(TABLE_ORDER).toList();
        this.standardsById = indexById(this.standards, Standard::id);
        this.relations = List.copyOf(relations);
        this.useCases = List.copyOf(useCases);
        this.useCasesById = indexById(this.useCases, UseCase::id);
        this.synonyms = List.copyOf(synonyms);
        this.profiles = profiles.stream().sorted(Comparator.comparing(Profile::domain).thenComparing(Profile::acronym))
                .toList();
        this.profilesById = indexById(this.profiles, Profile::id);
        this.systemTypes = List.copyOf(systemTypes);
        this.systemTypesById = indexById(this.systemTypes, SystemType::id);
        this.clinicalServices = List.copyOf(clinicalServices);
        this.clinicalServicesById = indexById(this.clinicalServices, ClinicalService::id);
        for (Relation r : this.relations) {
            requireMember(r.from());
            requireMember(r.to());
        }
        for (UseCase u : this.useCases) {
            u.rows().forEach(row -> row.standards().forEach(this::requireMember));
        }
        for (Profile p : this.profiles) {
            p.portfolioEntry().ifPresent(this::requireMember);
            p.buildsOn().forEach(this::requireMember);
            p.groupings().forEach(g -> g.targets().forEach(t -> requireProfile(t.profile())));
            p.related().forEach(r -> requireProfile(r.profile()));
        }
        for (SystemType t : this.systemTypes) {
            t.plays().forEach(role -> requireProfile(role.profile()));
            t.playsNoActor().forEach(n -> requireProfile(n.profile()));
            for (String id : t.creates()) {
                if (!standardsById.containsKey(id)) {
                    throw new IllegalArgumentException(id + " is referred to but is not in the catalog");
                }
            }
        }
        for (ClinicalService c : this.clinicalServices) {
            c.standards().forEach(this::requireMember);
            c.profiles().forEach(this::requireProfile);
            c.options().forEach(o -> requireProfile(o.profile()));
            for (ClinicalService.RowRef ref : c.rows()) {
                boolean found = useCase(ref.useCase()).map(u -> u.rows().stream().anyMatch(ref::is)).orElse(false);
                if (!found) {
                    throw new IllegalArgumentException("use-case row " + ref + " is referred to but is not in the catalog");
                }
            }
        }
    }

    private void requireProfile(String id) {
        if (!profilesById.containsKey(id)) {
            throw new IllegalArgumentException("profile " + id + " is referred to but is not in the catalog");
        }
    }

    private static <T> Map<String, T> indexById(List<T> items, Function<T, String> id) {
        Map<String, T> index = new LinkedHashMap<>();
        for (T item : items) {
            if (index.putIfAbsent(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate id " + id.apply(item));
            }
        }
        return Map.copyOf(index);
    }

    private void requireMember(Standard s) {
        if (standardsById.get(s.id()) != s) {
            throw new IllegalArgumentException(s.id() + " is referred to but is not in the catalog");
        }
    }

    public CatalogEdition edition() {
        return edition;
    }

    public List<PortfolioTable> tables() {
        return tables;
    }

    public PortfolioTable table(Category category) {
        return tables.stream().filter(t -> t.category() == category).findFirst()
                .orElseThrow(() -> new IllegalStateException("no table for " + category));
    }

    /** Every standard, in the order of Tables 1–5 (preferred, legacy, emerging, by row). */
    public List<Standard> standards() {
        return standards;
    }

    public Optional<Standard> standard(String id) {
        return Optional.ofNullable(id).map(standardsById::get);
    }

    public List<Standard> standards(Category category, AssessmentGroup group) {
        return standards.stream().filter(s -> s.category() == category && s.group() == group).toList();
    }

    public List<Relation> relations() {
        return relations;
    }

    /** The relations of {@code standard}, read from its side: "superseded by IHE SWF.b", "supersedes ICD-9". */
    public List<RelationView> relationsOf(Standard standard) {
        List<RelationView> views = new ArrayList<>();
        for (Relation r : relations) {
            if (r.from().equals(standard) || r.to().equals(standard)) {
                views.add(r.seenFrom(standard));
            }
        }
        return List.copyOf(views);
    }

    public List<UseCase> useCases() {
        return useCases;
    }

    public Optional<UseCase> useCase(String id) {
        return Optional.ofNullable(id).map(useCasesById::get);
    }

    /** The use-case rows that name {@code standard}, across all use cases. */
    public List<UseCaseRow> useCaseRowsFor(Standard standard) {
        return useCases.stream().flatMap(u -> u.rows().stream())
                .filter(row -> row.standards().contains(standard)).toList();
    }

    /** The search vocabulary: groups of terms that mean the same when searching. */
    public List<SynonymGroup> synonyms() {
        return synonyms;
    }

    /** The IHE profiles, by domain and acronym. */
    public List<Profile> profiles() {
        return profiles;
    }

    public Optional<Profile> profile(String id) {
        return Optional.ofNullable(id).map(profilesById::get);
    }

    /** The profile that is this portfolio entry ("IHE SWF.b" is the SWF.b profile), if any. */
    public Optional<Profile> profileOf(Standard standard) {
        return profiles.stream().filter(p -> p.portfolioEntry().map(standard::equals).orElse(false)).findFirst();
    }

    /** The profiles that build on {@code standard} (SWF.b builds on DICOM MWL). */
    public List<Profile> profilesBuildingOn(Standard standard) {
        return profiles.stream().filter(p -> p.buildsOn().contains(standard)).toList();
    }

    /** The profiles that require a grouping with an actor of {@code profile}. */
    public List<Profile> profilesRequiringGroupingWith(Profile profile) {
        return profiles.stream().filter(p -> p.groupings().stream()
                .anyMatch(g -> g.targets().stream().anyMatch(t -> t.profile().equals(profile.id())))).toList();
    }

    public List<SystemType> systemTypes() {
        return systemTypes;
    }

    public Optional<SystemType> systemType(String id) {
        return Optional.ofNullable(id).map(systemTypesById::get);
    }

    /** The system types that usually play an actor of {@code profile}. */
    public List<SystemType> systemTypesPlaying(Profile profile) {
        return systemTypes.stream().filter(t -> t.plays().stream().anyMatch(r -> r.profile().equals(profile.id())))
                .toList();
    }

    /** The clinical services a project may have in scope, in the catalog's order. */
    public List<ClinicalService> clinicalServices() {
        return clinicalServices;
    }

    public Optional<ClinicalService> clinicalService(String id) {
        return Optional.ofNullable(id).map(clinicalServicesById::get);
    }

    /**
     * The services {@code standard} belongs to: those listing it, and for a profile's portfolio
     * entry those listing the profile. Empty: a general standard, always in scope.
     */
    public List<ClinicalService> servicesOf(Standard standard) {
        return clinicalServices.stream().filter(c -> c.standards().contains(standard)).toList();
    }

    /** The services a profile belongs to: through its portfolio entry, or listed by id. Empty: general. */
    public List<ClinicalService> servicesOf(Profile profile) {
        return clinicalServices.stream().filter(c -> c.profiles().contains(profile.id())
                || profile.portfolioEntry().map(c.standards()::contains).orElse(false)).toList();
    }

    /** The services an option of a profile belongs to on top of its profile's. Empty: as the profile. */
    public List<ClinicalService> servicesOfOption(Profile profile, String option) {
        ClinicalService.ProfileOption o = new ClinicalService.ProfileOption(profile.id(), option);
        return clinicalServices.stream().filter(c -> c.options().contains(o)).toList();
    }

    /** The services a use-case row as a whole belongs to. Empty: as its standards. */
    public List<ClinicalService> servicesOf(UseCaseRow row) {
        return clinicalServices.stream().filter(c -> c.rows().stream().anyMatch(r -> r.is(row))).toList();
    }

    /** Number of standards per category and group, for summaries. */
    public Map<Category, Map<AssessmentGroup, Long>> counts() {
        return standards.stream().collect(Collectors.groupingBy(Standard::category, () -> new java.util.EnumMap<>(Category.class),
                Collectors.groupingBy(Standard::group, () -> new java.util.EnumMap<>(AssessmentGroup.class),
                        Collectors.counting())));
    }
}
