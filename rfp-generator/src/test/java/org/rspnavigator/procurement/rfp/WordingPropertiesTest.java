package org.rspnavigator.procurement.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;

/** Properties of the wording over every system type × use case × region (and no region). */
class WordingPropertiesTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();
    private static final RequirementProposer PROPOSER = new RequirementProposer(CATALOG);

    private static List<Optional<Region>> regions() {
        List<Optional<Region>> all = new ArrayList<>();
        all.add(Optional.empty());
        Stream.of(Region.values()).map(Optional::of).forEach(all::add);
        return all;
    }

    private static List<Requirement> propose(SystemType type, UseCase useCase, Optional<Region> region) {
        return PROPOSER.propose(new RfpSpec("Property", "", region, List.of(useCase.id()),
                List.of(new ProcuredSystem(type.id(), 1, ""))));
    }

    private interface Check {
        void check(SystemType type, UseCase useCase, Optional<Region> region, List<Requirement> proposal);
    }

    private static int everyProposal(Check check) {
        int proposals = 0;
        for (SystemType type : CATALOG.systemTypes()) {
            for (UseCase useCase : CATALOG.useCases()) {
                for (Optional<Region> region : regions()) {
                    check.check(type, useCase, region, propose(type, useCase, region));
                    proposals++;
                }
            }
        }
        return proposals;
    }

    @Test
    void everyRequirementNamesARoleAVersionAndTheEvidenceAndKeepsAOneLineRationale() {
        int proposals = everyProposal((type, useCase, region, proposal) -> {
            for (Requirement r : proposal) {
                String where = type.id() + "/" + useCase.id() + "/" + region + ": " + r.number();
                assertThat(r.conformance().role()).as(where).isNotBlank();
                assertThat(r.conformance().version()).as(where).isNotBlank();
                assertThat(r.conformance().evidence()).as(where).isNotBlank();
                assertThat(r.rationale()).as(where).isNotBlank().doesNotContain("\n").doesNotContain("maturity")
                        .doesNotContain("product adoption");
                assertThat(r.text()).as(where).doesNotContain(" support ");
            }
        });
        assertThat(proposals).isEqualTo(CATALOG.systemTypes().size() * CATALOG.useCases().size() * regions().size());
    }

    @Test
    void noProposalAsksForRtStyleSnomedCodesWithoutNumericConceptIdsForNewData() {
        int[] seen = {0};
        everyProposal((type, useCase, region, proposal) -> {
            Optional<Requirement> rt = find(proposal, "snomed-ct-rt");
            if (rt.isEmpty()) {
                return;
            }
            seen[0]++;
            assertThat(rt.get().text()).contains("accept SNOMED RT-style codes")
                    .contains("SHALL create new data with SNOMED CT concept ids only");
            assertThat(find(proposal, "snomed-ct-numeric")).as(type.id() + "/" + useCase.id()).get()
                    .satisfies(n -> {
                        assertThat(n.level()).isEqualTo(RequirementLevel.SHALL);
                        assertThat(n.text()).contains("code the new data it creates with SNOMED CT (Numeric Identifiers)");
                        assertThat(n.conformance().licence()).contains("national release centre");
                    });
        });
        assertThat(seen[0]).as("proposals with SNOMED CT").isPositive();
    }

    @Test
    void whereAFootnoteGivesRegionalLevelsTheUsAndEuropeanRequirementsDiffer() {
        int[] compared = {0};
        for (SystemType type : CATALOG.systemTypes()) {
            for (UseCase useCase : CATALOG.useCases()) {
                Map<String, Requirement> us = bySubject(propose(type, useCase, Optional.of(Region.US)));
                Map<String, Requirement> europe = bySubject(propose(type, useCase, Optional.of(Region.EUROPE)));
                Map<String, Requirement> none = bySubject(propose(type, useCase, Optional.empty()));
                for (Map.Entry<String, Requirement> e : us.entrySet()) {
                    Optional<Standard> entry = entryOf(e.getValue().subject());
                    if (entry.isEmpty() || RequirementWording.regionalFootnote(entry.get()).isEmpty()) {
                        continue;
                    }
                    Requirement eu = europe.get(e.getKey());
                    String where = type.id() + "/" + useCase.id() + ": " + e.getKey();
                    assertThat(eu).as(where).isNotNull();
                    Requirement u = e.getValue();
                    assertThat(List.of(u.text(), u.conformance(), u.alternatives()))
                            .as(where).isNotEqualTo(List.of(eu.text(), eu.conformance(), eu.alternatives()));
                    assertThat(none.get(e.getKey()).rationale()).as(where).contains("not applied: no region given.");
                    compared[0]++;
                }
            }
        }
        assertThat(compared[0]).isPositive();
    }

    @Test
    void everyAcceptedAlternativeIsClaimableFromTheCatalog() {
        int[] alternatives = {0};
        everyProposal((type, useCase, region, proposal) -> {
            for (Requirement r : proposal) {
                for (AcceptedAlternative a : r.alternatives()) {
                    alternatives[0]++;
                    assertThat(region).contains(Region.US);
                    for (RequirementSubject s : a.subjects()) {
                        ProfileActor pa = (ProfileActor) s;
                        Profile p = CATALOG.profile(pa.profile()).orElseThrow();
                        var actor = p.actor(pa.actor()).orElseThrow();
                        assertThat(pa.options()).allSatisfy(o -> assertThat(actor.option(o)).isPresent());
                    }
                    assertThat(a.condition()).contains("dated plan");
                }
            }
        });
        assertThat(alternatives[0]).isPositive();
    }

    private static Optional<Requirement> find(List<Requirement> proposal, String standard) {
        return proposal.stream().filter(r -> r.subject().equals(new StandardSupport(standard))).findFirst();
    }

    private static Map<String, Requirement> bySubject(List<Requirement> proposal) {
        return proposal.stream().collect(Collectors.toMap(RequirementProposer::sameAs, Function.identity()));
    }

    private static Optional<Standard> entryOf(RequirementSubject s) {
        return switch (s) {
            case StandardSupport ss -> CATALOG.standard(ss.standard());
            case ProfileActor pa -> CATALOG.profile(pa.profile()).flatMap(Profile::portfolioEntry);
        };
    }
}
