package org.rspnavigator.procurement.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;

/** The clinical scope in the draft: what was left out, re-proposals, and adding back. */
class RfpDraftScopeTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();
    private static final RequirementProposer PROPOSER = new RequirementProposer(CATALOG);
    private static final RfpSpec ANY_SCOPE = new RfpSpec("Imaging renewal", "St. Example Hospital",
            Optional.of(Region.EUROPE), List.of("device-to-department"),
            List.of(new ProcuredSystem("pacs", 1, ""), new ProcuredSystem("image-display", 20, "")));
    private static final RfpSpec GENERAL = ANY_SCOPE.withClinicalServices(List.of("general-radiology",
            "nuclear-medicine"));

    private static LeftOut find(RfpDraft draft, String system, RequirementSubject subject) {
        return draft.leftOut().stream().filter(o -> o.system().equals(system) && o.subject().equals(subject))
                .findFirst().orElseThrow();
    }

    @Test
    void withoutServicesTheDraftSaysSoAndLeavesNothingOutForScope() {
        RfpDraft draft = RfpDraft.proposed(ANY_SCOPE, PROPOSER);
        assertThat(draft.scopeNote()).startsWith("No clinical services were given, so nothing was left out for "
                + "clinical scope: what the chosen use cases name is proposed whatever clinical service it belongs to");
        assertThat(draft.leftOut()).isEmpty();
        assertThat(draft.requirements()).anyMatch(r -> r.subject().equals(new ProfileActor("mammo",
                "Image Manager/Image Archive", List.of())));
    }

    @Test
    void withServicesTheDraftRecordsWhatItLeftOutAndWhy() {
        RfpDraft draft = RfpDraft.proposed(GENERAL, PROPOSER).validated(CATALOG);
        assertThat(draft.scopeNote()).isEqualTo("Proposed for the clinical services in scope (general-radiology, "
                + "nuclear-medicine): 11 items that belong only to other services are left out, each listed with its "
                + "reason.");
        LeftOut mammo = find(draft, "pacs", new ProfileActor("mammo", "Image Manager/Image Archive", List.of()));
        assertThat(mammo.kind()).isEqualTo(LeftOutReason.OUT_OF_SCOPE);
        assertThat(mammo.level()).isEqualTo(RequirementLevel.SHALL);
        assertThat(mammo.category()).isEqualTo("technical-workflow");
        assertThat(mammo.reason()).isEqualTo("IHE MAMMO belongs to breast imaging, which is not in the project's scope.");
        assertThat(draft.requirements()).noneMatch(r -> r.subject() instanceof ProfileActor p
                && List.of("mammo", "cath", "echo", "tce").contains(p.profile()));
    }

    @Test
    void aLeftOutActorIsAddedBackAsThePlannersRequirementUnderTheNextNumber() {
        RfpDraft draft = RfpDraft.proposed(GENERAL, PROPOSER);
        LeftOut mammo = find(draft, "pacs", new ProfileActor("mammo", "Image Manager/Image Archive", List.of()));
        RfpDraft back = draft.addBack(mammo, PROPOSER).validated(CATALOG);
        Requirement added = back.requirements().stream().filter(r -> r.subject().equals(mammo.subject())).findFirst()
                .orElseThrow();
        assertThat(added.number()).isEqualTo("PACS-20"); // 19 proposed: the general ones, NMI and REM-NM
        assertThat(added.origin()).isEqualTo(RequirementOrigin.PLANNER);
        assertThat(added.level()).isEqualTo(RequirementLevel.SHALL);
        assertThat(added.category()).isEqualTo("technical-workflow");
        assertThat(added.text()).isEqualTo("The proposed PACS SHALL implement IHE MAMMO (Mammography Image) as "
                + "Image Manager/Image Archive.");
        assertThat(added.rationale()).isEqualTo("Added back by the planner. IHE MAMMO belongs to breast imaging, "
                + "which is not in the project's scope.");
        assertThat(back.leftOut()).doesNotContain(mammo).hasSize(draft.leftOut().size() - 1);

        // Changing the scope again keeps it: it is the planner's, and not left out a second time.
        RfpDraft again = back.withSpec(GENERAL.withClinicalServices(List.of("general-radiology")), PROPOSER);
        assertThat(again.requirements()).contains(added);
        assertThat(again.leftOut()).noneMatch(o -> o.subject().equals(mammo.subject()) && o.system().equals("pacs"));
    }

    @Test
    void aLeftOutOptionIsAddedToItsActorsRequirementWhichKeepsItsNumber() {
        RfpDraft draft = RfpDraft.proposed(GENERAL, PROPOSER);
        LeftOut cardiac = draft.leftOut().stream().filter(LeftOut::optionOnly).findFirst().orElseThrow();
        assertThat(cardiac.subject()).isEqualTo(new ProfileActor("nmi", "Image Display", List.of("Cardiac NM")));
        Requirement before = draft.requirements().stream().filter(r -> r.system().equals("image-display")
                && r.subject() instanceof ProfileActor p && p.profile().equals("nmi") && p.actor().equals("Image Display"))
                .findFirst().orElseThrow();
        assertThat(((ProfileActor) before.subject()).options()).containsExactly("Review");

        RfpDraft back = draft.addBack(cardiac, PROPOSER).validated(CATALOG);
        Requirement after = back.requirements().stream().filter(r -> r.number().equals(before.number())).findFirst()
                .orElseThrow();
        assertThat(after.subject()).isEqualTo(new ProfileActor("nmi", "Image Display", List.of("Review", "Cardiac NM")));
        assertThat(after.text()).endsWith("as Image Display with the “Review”, “Cardiac NM” options.");
        assertThat(after.rationale()).startsWith(before.rationale()).endsWith("The planner added the “Cardiac NM” "
                + "option back.");
        assertThat(back.leftOut()).doesNotContain(cardiac);
        assertThat(back.requirements()).hasSameSizeAs(draft.requirements());
    }

    @Test
    void aProfileTheSystemPlaysNoActorOfCannotBeAddedBackWithoutAnActor() {
        RfpSpec ris = new RfpSpec("Scheduling", "", Optional.empty(), List.of("device-to-department"),
                List.of(new ProcuredSystem("ris", 1, "")), List.of("breast-imaging"));
        RfpDraft draft = RfpDraft.proposed(ris, PROPOSER);
        LeftOut mammo = find(draft, "ris", new StandardSupport("ihe-mammo"));
        assertThat(mammo.kind()).isEqualTo(LeftOutReason.NO_ACTOR);
        assertThatThrownBy(() -> draft.addBack(mammo, PROPOSER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The system plays no actor of that profile");
        // The planner names an actor by hand; the item is then asked for and no longer left out.
        RfpDraft withActor = draft.withAdded("ris", RequirementLevel.SHALL,
                new ProfileActor("mammo", "Image Display", List.of()), Optional.empty(), "RIS with a review module.",
                PROPOSER);
        assertThat(withActor.leftOut()).doesNotContain(mammo);
    }

    @Test
    void narrowingTheScopeDropsWhatIsNowOutAndWideningItProposesItAgain() {
        RfpDraft any = RfpDraft.proposed(ANY_SCOPE, PROPOSER);
        RfpDraft narrow = any.withSpec(GENERAL, PROPOSER);
        assertThat(narrow.requirements()).noneMatch(r -> r.subject() instanceof ProfileActor p
                && p.profile().equals("cath"));
        assertThat(narrow.leftOut()).anyMatch(o -> o.subject() instanceof ProfileActor p && p.profile().equals("cath"));
        // Numbers stay with the requirements still proposed.
        assertThat(narrow.requirements()).allSatisfy(r -> assertThat(any.requirements()).contains(r));

        RfpDraft wide = narrow.withSpec(ANY_SCOPE, PROPOSER);
        assertThat(wide.leftOut()).isEmpty();
        assertThat(wide.requirements()).anyMatch(r -> r.subject() instanceof ProfileActor p
                && p.profile().equals("cath"));
    }

    @Test
    void leftOutItemsAreCheckedLikeRequirements() {
        RfpDraft draft = RfpDraft.proposed(GENERAL, PROPOSER);
        LeftOut stray = new LeftOut("ris", new StandardSupport("no-such-standard"), false, RequirementLevel.SHALL,
                "content", LeftOutReason.OUT_OF_SCOPE, List.of("dentistry"), "x".repeat(6_000));
        RfpDraft bad = new RfpDraft(draft.spec().withClinicalServices(List.of("general-radiology", "podiatry")),
                draft.requirements(), draft.withdrawn(), draft.mandates(), draft.clauses(), List.of(stray));
        assertThatThrownBy(() -> bad.validated(CATALOG)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The catalog has no clinical service 'podiatry'.")
                .hasMessageContaining("leftOut[0] is for 'ris', which the project does not procure.")
                .hasMessageContaining("leftOut[0] names a standard, profile, actor or option the catalog does not hold.")
                .hasMessageContaining("leftOut[0] names a clinical service the catalog does not hold: 'dentistry'.")
                .hasMessageContaining("The reason of leftOut[0] (reason) has 6000 characters");
    }

    @Test
    void anUnknownServiceInTheSpecIsRefusedByTheProposer() {
        assertThatThrownBy(() -> PROPOSER.propose(ANY_SCOPE.withClinicalServices(List.of("cardiology", "podiatry"))))
                .hasMessage("The catalog has no clinical service 'podiatry'.");
    }

    @Test
    void theSpecKeepsEachServiceOnceAndTheOldConstructorGivesNoScope() {
        assertThat(ANY_SCOPE.clinicalServices()).isEmpty();
        assertThat(ANY_SCOPE.scopeGiven()).isFalse();
        assertThat(ANY_SCOPE.withClinicalServices(List.of("cardiology", "cardiology", "ultrasound"))
                .clinicalServices()).containsExactly("cardiology", "ultrasound");
        RfpDraft old = new RfpDraft(ANY_SCOPE, List.of(), List.of(), List.of(), List.of());
        assertThat(old.leftOut()).isEmpty();
    }
}
