package org.rspnavigator.procurement.rfp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.ClinicalService;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.UseCaseRow;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;

/**
 * What of a use-case row the proposer may ask of one system, and in what words it says why not:
 * the clinical services in scope (from the catalog's service data), the content objects a system
 * type creates, and the actors it plays. Without services in the spec, nothing is out of scope.
 */
final class ScopeRules {

    private final Catalog catalog;
    private final Set<String> inScope;
    private final boolean given;

    ScopeRules(Catalog catalog, RfpSpec spec) {
        this.catalog = catalog;
        this.inScope = Set.copyOf(spec.clinicalServices());
        this.given = spec.scopeGiven();
    }

    /** The services a standard belongs to, if none of them is in scope. */
    Optional<List<ClinicalService>> outOfScope(Standard s) {
        return outOf(catalog.servicesOf(s));
    }

    /** The services a profile outside the portfolio belongs to, if none of them is in scope. */
    Optional<List<ClinicalService>> outOfScope(Profile p) {
        return outOf(catalog.servicesOf(p));
    }

    /** The services an option belongs to, if none of them is in scope. */
    Optional<List<ClinicalService>> outOfScope(Profile p, String option) {
        return outOf(catalog.servicesOfOption(p, option));
    }

    /** The services a use-case row as a whole belongs to, if none of them is in scope. */
    Optional<List<ClinicalService>> outOfScope(UseCaseRow row) {
        return outOf(catalog.servicesOf(row));
    }

    private Optional<List<ClinicalService>> outOf(List<ClinicalService> services) {
        if (!given || services.isEmpty() || services.stream().anyMatch(c -> inScope.contains(c.id()))) {
            return Optional.empty();
        }
        return Optional.of(services);
    }

    /**
     * Whether {@code s} is a content object that {@code type} does not create: only for a type that
     * lists what it creates, and only for content standards that are not IHE profiles (those are
     * asked of the actors the type plays).
     */
    boolean notCreated(SystemType type, Standard s) {
        return type.declaresCreated() && s.category() == Category.CONTENT && catalog.profileOf(s).isEmpty()
                && !RequirementProposer.isOptionEntry(s) && !type.creates().contains(s.id());
    }

    // ------------------------------------------------------------------ the planner's reasons

    /** "IHE MAMMO belongs to breast imaging, which is not in the project's scope." */
    static String belongs(String what, List<ClinicalService> services) {
        String names = names(services);
        return what + " belongs to " + names + (services.size() == 1 ? ", which is not" : ", none of which is")
                + " in the project's scope.";
    }

    static String names(List<ClinicalService> services) {
        List<String> names = services.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    static List<String> ids(List<ClinicalService> services) {
        return services.stream().map(ClinicalService::id).toList();
    }

    static String rowBelongs(UseCase u, UseCaseRow row, List<ClinicalService> services) {
        return belongs("The row “" + row.label() + "” of " + u.name(), services);
    }

    /** "The proposed CT scanner does not create DICOM X-Ray RDSR objects, which the row ... names for ...; ..." */
    String notCreatedReason(SystemType type, Standard s, UseCaseRow row) {
        String created = type.creates().stream().map(id -> catalog.standard(id).map(Standard::briefName).orElse(id))
                .collect(Collectors.joining(", "));
        return "The proposed " + type.name() + " does not create " + s.briefName() + " objects, which the row “"
                + row.label() + "” names for " + String.join(", ", row.systems().stream()
                        .filter(type.useCaseSystems()::contains).toList())
                + "; of the content objects in the portfolio it creates " + created + ".";
    }

    /** " (of these objects the proposed CT scanner creates DICOM CT RDSR only)" */
    static String resolved(SystemType type, List<Standard> kept) {
        return " (of these objects the proposed " + type.name() + " creates "
                + kept.stream().map(Standard::briefName).collect(Collectors.joining(" and ")) + " only)";
    }

    /** Why an IHE profile cannot become a requirement on this system: it plays none of its actors. */
    static String noActor(SystemType type, Profile profile) {
        String because = type.whyNoActorIn(profile.id()).map(n -> ": " + n)
                .orElse(" (its actors: " + profile.actors().stream().map(ProfileActor::name)
                        .collect(Collectors.joining(", ")) + ")");
        return "The proposed " + type.name() + " plays no actor of IHE " + profile.acronym() + because
                + ". A requirement that names no actor cannot be answered in an IHE Integration Statement, so none is "
                + "asked; to ask anyway, add the actor the system should play.";
    }

    /** Left-outs of one system, each subject once, first reason kept. */
    static final class Collected {
        private final Map<String, LeftOut> byKey = new LinkedHashMap<>();

        void add(LeftOut item) {
            byKey.putIfAbsent(key(item), item);
        }

        List<LeftOut> all() {
            return List.copyOf(byKey.values());
        }

        void removeIf(java.util.function.Predicate<LeftOut> asked) {
            byKey.values().removeIf(asked);
        }

        private static String key(LeftOut o) {
            String subject = switch (o.subject()) {
                case StandardSupport s -> "standard:" + s.standard();
                case RequirementSubject.ProfileActor p -> "actor:" + p.profile() + ":" + p.actor()
                        + (o.optionOnly() ? ":" + p.options().getFirst() : "");
            };
            return subject;
        }
    }
}
