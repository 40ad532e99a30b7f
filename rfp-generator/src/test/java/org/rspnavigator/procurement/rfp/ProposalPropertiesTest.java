package org.rspnavigator.procurement.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.ClinicalService;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Sdo;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.UseCaseRow;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.procurement.rfp.RequirementProposer.Proposal;
import org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;

/**
 * Properties that hold for every proposal the catalog allows: every system type, alone, for every
 * use case alone and all of them together, in every region and in none, with no clinical services,
 * all of them, and each one alone. Each proposal is checked for what no planner should ever have
 * to correct by hand.
 */
class ProposalPropertiesTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();
    private static final RequirementProposer PROPOSER = new RequirementProposer(CATALOG);
    private static final Set<String> DOSE_OBJECTS = Set.of("dicom-ct-rdsr", "dicom-xray-rdsr", "dicom-rrdsr");

    /** The service scopes tried: none given, all, and each alone. */
    private static List<List<String>> scopes() {
        List<List<String>> scopes = new ArrayList<>();
        scopes.add(List.of());
        scopes.add(CATALOG.clinicalServices().stream().map(ClinicalService::id).toList());
        CATALOG.clinicalServices().forEach(c -> scopes.add(List.of(c.id())));
        return scopes;
    }

    private static List<List<String>> useCaseChoices() {
        List<List<String>> choices = new ArrayList<>();
        CATALOG.useCases().forEach(u -> choices.add(List.of(u.id())));
        choices.add(CATALOG.useCases().stream().map(UseCase::id).toList());
        return choices;
    }

    private static List<Optional<Region>> regions() {
        List<Optional<Region>> regions = new ArrayList<>();
        regions.add(Optional.empty());
        for (Region r : Region.values()) {
            regions.add(Optional.of(r));
        }
        return regions;
    }

    static Stream<Arguments> everySpec() {
        List<Arguments> all = new ArrayList<>();
        for (SystemType type : CATALOG.systemTypes()) {
            for (List<String> useCases : useCaseChoices()) {
                for (Optional<Region> region : regions()) {
                    for (List<String> services : scopes()) {
                        all.add(Arguments.of(type.id(), useCases, region, services));
                    }
                }
            }
        }
        return all.stream();
    }

    private static RfpSpec spec(String type, List<String> useCases, Optional<Region> region, List<String> services) {
        return new RfpSpec("Property", "", region, useCases, List.of(new ProcuredSystem(type, 1, "")), services);
    }

    @ParameterizedTest(name = "{0} × {1} × {2} × {3}")
    @MethodSource("everySpec")
    void everyProposalHoldsTheRules(String typeId, List<String> useCases, Optional<Region> region,
            List<String> services) {
        SystemType type = CATALOG.systemType(typeId).orElseThrow();
        Proposal proposal = PROPOSER.proposal(spec(typeId, useCases, region, services));

        for (Requirement r : proposal.requirements()) {
            // No IHE requirement without an actor: an Integration Statement could not answer it.
            if (r.subject() instanceof StandardSupport s) {
                Standard standard = CATALOG.standard(s.standard()).orElseThrow();
                assertThat(isIhe(standard)).as("%s asks for IHE %s without an actor", r.number(), s.standard())
                        .isFalse();
                // No content object the system does not create, dose objects above all.
                if (type.declaresCreated() && (DOSE_OBJECTS.contains(s.standard())
                        || standard.category() == org.rspnavigator.model.Category.CONTENT)) {
                    assertThat(type.creates()).as("%s asks a %s for %s", r.number(), type.name(), s.standard())
                            .contains(s.standard());
                }
            }
            // Nothing that belongs only to services out of scope.
            if (!services.isEmpty()) {
                for (List<String> group : servicesOf(r)) {
                    assertThat(group).as("%s (%s) belongs to %s; in scope: %s", r.number(), r.subject(), group,
                            services).containsAnyElementsOf(services);
                }
            }
        }

        // What is left out is never asked for as well, and says why.
        for (LeftOut o : proposal.leftOut()) {
            assertThat(proposal.requirements()).as("left out and asked for: %s", o)
                    .noneMatch(r -> PROPOSER.covers(r, o));
            assertThat(o.reason()).isNotBlank();
            assertThat(o.system()).isEqualTo(typeId);
            if (services.isEmpty()) {
                assertThat(o.kind()).as("nothing is out of scope when no scope is given")
                        .isNotEqualTo(LeftOutReason.OUT_OF_SCOPE);
            }
        }

        // Whatever a chosen row names for the system that belongs only to services out of scope is recorded.
        if (!services.isEmpty()) {
            for (String useCaseId : useCases) {
                for (UseCaseRow row : CATALOG.useCase(useCaseId).orElseThrow().rows()) {
                    if (row.systems().stream().noneMatch(type.useCaseSystems()::contains)) {
                        continue;
                    }
                    boolean rowOut = outOfScope(CATALOG.servicesOf(row), services);
                    for (Standard s : row.standards()) {
                        if (rowOut || outOfScope(CATALOG.servicesOf(s), services)) {
                            assertThat(proposal.leftOut()).as("%s of row %s is out of scope for %s but not recorded",
                                    s.id(), row.label(), typeId).anyMatch(o -> names(o, s));
                        }
                    }
                }
            }
        }
    }

    @Test
    void withoutServicesTheProposalIsTheOneForEveryService() {
        // A service that opts in to profiles ISO 21860 does not rate (AI-assisted reading) only adds when chosen.
        List<String> every = CATALOG.clinicalServices().stream().filter(s -> s.proposes().isEmpty())
                .map(ClinicalService::id).toList();
        List<String> allUseCases = CATALOG.useCases().stream().map(UseCase::id).toList();
        List<ProcuredSystem> allTypes = CATALOG.systemTypes().stream().map(t -> new ProcuredSystem(t.id(), 1, ""))
                .toList();
        for (Optional<Region> region : regions()) {
            RfpSpec none = new RfpSpec("All", "", region, allUseCases, allTypes);
            Proposal withNone = PROPOSER.proposal(none);
            Proposal withEvery = PROPOSER.proposal(none.withClinicalServices(every));
            assertThat(withNone.requirements()).isEqualTo(withEvery.requirements());
            assertThat(withNone.leftOut()).isEqualTo(withEvery.leftOut());
            assertThat(withNone.leftOut()).noneMatch(o -> o.kind() == LeftOutReason.OUT_OF_SCOPE);
        }
    }

    @Test
    void noSystemTypeIsAskedForAnIheProfileWithoutAnActorEvenWhenEverythingIsBought() {
        RfpSpec everything = new RfpSpec("All", "", Optional.empty(),
                CATALOG.useCases().stream().map(UseCase::id).toList(),
                CATALOG.systemTypes().stream().map(t -> new ProcuredSystem(t.id(), 1, "")).toList());
        List<Requirement> all = PROPOSER.propose(everything);
        assertThat(all).noneMatch(r -> r.subject() instanceof StandardSupport s
                && isIhe(CATALOG.standard(s.standard()).orElseThrow()));
        // Issue 16 counted 20 actorless lines here; each is now an actor or left out with a reason.
        assertThat(PROPOSER.proposal(everything).leftOut()).filteredOn(o -> o.kind() == LeftOutReason.NO_ACTOR)
                .extracting(o -> o.system() + " " + ((StandardSupport) o.subject()).standard())
                .containsExactlyInAnyOrder("document-registry ihe-bppc", "document-registry ihe-iocm", "ehr ihe-xca",
                        "ehr ihe-irwf-b", "image-display ihe-bppc", "pacs ihe-bppc", "printer ihe-mammo",
                        "report-creator ihe-echo", "ris ihe-mammo", "vna ihe-bppc");
    }

    private static boolean isIhe(Standard s) {
        return CATALOG.profileOf(s).isPresent() || RequirementProposer.isOptionEntry(s)
                || s.sdos().stream().anyMatch(sdo -> sdo == Sdo.IHE_RADIOLOGY || sdo == Sdo.IHE_CARDIOLOGY
                        || sdo == Sdo.IHE_ITI);
    }

    private static boolean outOfScope(List<ClinicalService> belongs, List<String> services) {
        return !belongs.isEmpty() && belongs.stream().noneMatch(c -> services.contains(c.id()));
    }

    /** The service groups a requirement depends on: its standard's or profile's, and each option's. */
    private static List<List<String>> servicesOf(Requirement r) {
        List<List<String>> groups = new ArrayList<>();
        switch (r.subject()) {
            case StandardSupport s -> groups.add(ids(CATALOG.servicesOf(CATALOG.standard(s.standard()).orElseThrow())));
            case ProfileActor p -> {
                Profile profile = CATALOG.profile(p.profile()).orElseThrow();
                groups.add(ids(CATALOG.servicesOf(profile)));
                p.options().forEach(o -> groups.add(ids(CATALOG.servicesOfOption(profile, o))));
            }
        }
        groups.removeIf(List::isEmpty);
        return groups;
    }

    private static List<String> ids(List<ClinicalService> services) {
        return services.stream().map(ClinicalService::id).toList();
    }

    /** Whether a left-out item is about standard {@code s}: the standard itself, or an actor of its profile. */
    private static boolean names(LeftOut o, Standard s) {
        return switch (o.subject()) {
            case StandardSupport ss -> ss.standard().equals(s.id());
            case ProfileActor p -> CATALOG.profileOf(s).map(pr -> pr.id().equals(p.profile())).orElse(false);
        };
    }

    @Test
    void theSpecsCoverEveryCombination() {
        Set<String> types = new HashSet<>();
        everySpec().forEach(a -> types.add((String) a.get()[0]));
        assertThat(types).hasSize(CATALOG.systemTypes().size());
        assertThat(everySpec().count()).isEqualTo((long) CATALOG.systemTypes().size() * useCaseChoices().size()
                * regions().size() * scopes().size());
    }
}
