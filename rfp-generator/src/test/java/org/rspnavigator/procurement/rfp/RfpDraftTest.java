package org.rspnavigator.procurement.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;

class RfpDraftTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();
    private static final RequirementProposer PROPOSER = new RequirementProposer(CATALOG);
    private static final RfpSpec SPEC = new RfpSpec("Imaging renewal", "St. Example Hospital", Optional.of(Region.EUROPE),
            List.of("device-to-department"),
            List.of(new ProcuredSystem("pacs", 1, ""), new ProcuredSystem("image-display", 20, "")));

    private final RfpDraft draft = RfpDraft.proposed(SPEC, PROPOSER);

    @Test
    void aProposedDraftIsValidAndHoldsTheProposal() {
        assertThat(draft.validated(CATALOG).requirements()).isEqualTo(PROPOSER.propose(SPEC));
        assertThat(draft.withdrawn()).isEmpty();
    }

    @Test
    void changingTheLevelChangesTheSentence() {
        RfpDraft changed = draft.withLevel("PACS-16", RequirementLevel.SHOULD, "Two sites keep their archive.");
        Requirement r = number(changed.requirements(), "PACS-16");
        assertThat(r.level()).isEqualTo(RequirementLevel.SHOULD);
        assertThat(r.text()).startsWith("The proposed PACS SHOULD implement IHE SWF.b");
        assertThatThrownBy(() -> draft.withLevel("PACS-99", RequirementLevel.MAY))
                .hasMessage("There is no requirement PACS-99 here.");
    }

    @Test
    void aLevelTheBuyerChoseIsPrintedWithTheLevelProposedAndTheReason() {
        Requirement emerging = draft.requirements().stream().filter(r -> r.level() == RequirementLevel.SHOULD)
                .findFirst().orElseThrow();
        RfpDraft raised = draft.amended(emerging.number(), new RfpDraft.Edit(RequirementLevel.SHALL, null, null,
                "The regional archive accepts nothing else."), PROPOSER);
        Requirement r = number(raised.requirements(), emerging.number());
        assertThat(r.level()).isEqualTo(RequirementLevel.SHALL);
        assertThat(r.text()).contains(" SHALL ").doesNotContain("SHOULD");
        assertThat(r.amendment().proposed()).contains(RequirementLevel.SHOULD);
        assertThat(r.printedRationale()).isEqualTo(emerging.rationale() + " Raised by the buyer from SHOULD, the level "
                + "proposed, to SHALL: The regional archive accepts nothing else.");

        // Back to the level proposed: nothing contradicts the rationale any more, the reason stays.
        Requirement back = number(raised.amended(r.number(), new RfpDraft.Edit(RequirementLevel.SHOULD, null, null, ""),
                PROPOSER).requirements(), r.number());
        assertThat(back.amendment().proposed()).isEmpty();
        assertThat(back.printedRationale()).endsWith("Changed by the buyer: The regional archive accepts nothing else.");

        // Lowered twice: the level first proposed is the one remembered.
        Requirement shall = number(draft.requirements(), "PACS-16");
        RfpDraft twice = draft.withLevel("PACS-16", RequirementLevel.SHOULD, "Two sites keep their archive.")
                .withLevel("PACS-16", RequirementLevel.MAY);
        assertThat(number(twice.requirements(), "PACS-16").printedRationale()).isEqualTo(shall.rationale()
                + " Lowered by the buyer from SHALL, the level proposed, to MAY: Two sites keep their archive.");
    }

    @Test
    void droppingAnOptionRewordsTheRequirementAndKeepsItsNumberAndRationale() {
        Requirement withOptions = draft.requirements().stream()
                .filter(r -> r.subject() instanceof ProfileActor pa && pa.options().size() >= 2).findFirst().orElseThrow();
        ProfileActor pa = (ProfileActor) withOptions.subject();
        String dropped = pa.options().getFirst();
        List<String> kept = pa.options().subList(1, pa.options().size());
        RfpDraft changed = draft.amended(withOptions.number(), new RfpDraft.Edit(withOptions.level(), kept, null,
                "Our modalities do not send it."), PROPOSER);
        Requirement r = number(changed.requirements(), withOptions.number());
        assertThat(((ProfileActor) r.subject()).options()).isEqualTo(kept);
        assertThat(r.text()).doesNotContain(dropped).contains(kept.getFirst());
        assertThat(r.rationale()).isEqualTo(withOptions.rationale());
        assertThat(r.origin()).isEqualTo(withOptions.origin());
        assertThat(r.printedRationale()).endsWith("Changed by the buyer: Our modalities do not send it.");
        assertThat(changed.validated(CATALOG)).isSameAs(changed);

        assertThatThrownBy(() -> draft.amended(withOptions.number(), new RfpDraft.Edit(withOptions.level(),
                List.of("Teleportation"), null, ""), PROPOSER)).hasMessageContaining("has no option 'Teleportation'");
    }

    @Test
    void theBuyersWordingIsKeptAndMustStateItsLevel() {
        RfpDraft reworded = draft.amended("PACS-16", new RfpDraft.Edit(RequirementLevel.SHALL, null,
                "The proposed PACS SHALL act as the IHE SWF.b Image Manager/Image Archive for all four sites.",
                "All four sites share one archive."), PROPOSER);
        assertThat(number(reworded.requirements(), "PACS-16").text())
                .isEqualTo("The proposed PACS SHALL act as the IHE SWF.b Image Manager/Image Archive for all four sites.");

        assertThatThrownBy(() -> draft.amended("PACS-16", new RfpDraft.Edit(RequirementLevel.SHALL, null,
                "The proposed PACS SHOULD archive images.", ""), PROPOSER))
                .hasMessage("The wording of PACS-16 says SHOULD but its level is SHALL: change one of them.");
        assertThatThrownBy(() -> draft.amended("PACS-16", new RfpDraft.Edit(RequirementLevel.SHALL, null,
                "The proposed PACS archives images.", ""), PROPOSER))
                .hasMessageStartingWith("The wording of PACS-16 does not say SHALL");
        assertThatThrownBy(() -> draft.amended("PACS-16", new RfpDraft.Edit(RequirementLevel.SHALL, null,
                "SHALL " + "x".repeat(FieldLimits.TEXT), ""), PROPOSER))
                .hasMessageContaining("at most " + FieldLimits.TEXT);
        assertThatThrownBy(() -> draft.withdraw("PACS-16", "Archived elsewhere.").amended("PACS-16",
                new RfpDraft.Edit(RequirementLevel.SHALL, null, null, ""), PROPOSER))
                .hasMessage("There is no requirement PACS-16 here.");
    }

    @Test
    void aWithdrawalKeepsItsReasonForTheDocuments() {
        RfpDraft less = draft.withdraw("PACS-25", "Procured under the archive tender.");
        Requirement out = number(less.withdrawn(), "PACS-25");
        assertThat(out.amendment().reason()).isEqualTo("Procured under the archive tender.");
        assertThat(less.toDocument(1, java.time.LocalDate.of(2026, 12, 7)).withdrawn()).containsExactly(out);
    }

    @Test
    void aWithdrawnRequirementKeepsItsNumberWhichIsNeverGivenAgain() {
        RfpDraft less = draft.withdraw("PACS-25");
        assertThat(less.requirements()).extracting(Requirement::number).doesNotContain("PACS-25");
        assertThat(less.withdrawn()).extracting(Requirement::number).containsExactly("PACS-25");

        RfpDraft added = less.withAdded("pacs", RequirementLevel.SHALL, new StandardSupport("hl7-oru"),
                Optional.empty(), "Our EHR integration engine sends results as ORU.", PROPOSER);
        Requirement fhir = added.requirements().stream().filter(r -> r.origin() == RequirementOrigin.PLANNER)
                .findFirst().orElseThrow();
        assertThat(fhir.number()).isEqualTo("PACS-26");
        assertThat(fhir.rationale()).isEqualTo("Our EHR integration engine sends results as ORU.");
        assertThat(fhir.text()).startsWith("The proposed PACS SHALL receive ORU^R01 messages of HL7 ORU");

        RfpDraft back = added.restore("PACS-25");
        assertThat(back.withdrawn()).isEmpty();
        assertThat(number(back.requirements(), "PACS-25")).isEqualTo(number(draft.requirements(), "PACS-25"));
    }

    @Test
    void addingAProfileActorChecksItAgainstTheCatalog() {
        RfpDraft added = draft.withAdded("pacs", RequirementLevel.SHOULD,
                new ProfileActor("iocm", "Image Manager/Image Archive", List.of()), Optional.empty(), "", PROPOSER);
        Requirement iocm = number(added.requirements(), "PACS-26");
        assertThat(iocm.text()).isEqualTo("The proposed PACS SHOULD implement IHE IOCM (Imaging Object Change "
                + "Management) as Image Manager/Image Archive.");
        assertThat(iocm.rationale()).isEqualTo("Added by the planner.");

        assertThatThrownBy(() -> draft.withAdded("pacs", RequirementLevel.SHALL,
                new ProfileActor("swf-b", "Image Manager/Image Archive", List.of()), Optional.empty(), "", PROPOSER))
                .hasMessage("Requirement PACS-16 already asks for this.");
        assertThatThrownBy(() -> draft.withAdded("pacs", RequirementLevel.SHALL,
                new ProfileActor("iocm", "Image Manager/Image Archive", List.of("Teleportation")), Optional.empty(), "",
                PROPOSER)).hasMessage("The Image Manager/Image Archive of IHE IOCM has no option 'Teleportation'.");
        assertThatThrownBy(() -> draft.withAdded("pacs", RequirementLevel.SHALL,
                new ProfileActor("iocm", "Receptionist", List.of()), Optional.empty(), "", PROPOSER))
                .hasMessage("IHE IOCM has no actor 'Receptionist'.");
        assertThatThrownBy(() -> draft.withAdded("ris", RequirementLevel.SHALL, new StandardSupport("hl7-oru"),
                Optional.empty(), "", PROPOSER)).hasMessageContaining("does not procure a system of type 'ris'");
        assertThatThrownBy(() -> draft.withAdded("pacs", RequirementLevel.SHALL, new StandardSupport("nope"),
                Optional.empty(), "", PROPOSER)).hasMessage("The catalog has no standard 'nope'.");
    }

    @Test
    void aProfileOutsideThePortfolioNeedsACategory() {
        ProfileActor time = new ProfileActor("ct", "Time Server", List.of());
        RfpDraft withoutTime = draft.withdraw("PACS-15", "The time service is a separate project.");
        assertThatThrownBy(() -> withoutTime.withAdded("pacs", RequirementLevel.SHALL, time, Optional.empty(), "",
                PROPOSER)).hasMessageContaining("IHE CT is not in the portfolio tables");
        RfpDraft added = withoutTime.withAdded("pacs", RequirementLevel.SHALL, time,
                Optional.of(Category.PRIVACY_SECURITY), "", PROPOSER);
        assertThat(number(added.requirements(), "PACS-26").category()).isEqualTo("privacy-security");
    }

    @Test
    void aChangedSpecKeepsNumbersLevelsAndWithdrawalsAndNumbersWhatIsNew() {
        RfpDraft edited = draft.withLevel("PACS-16", RequirementLevel.SHOULD, "Two sites keep their archive.")
                .withdraw("PACS-24", "Procured under the archive tender.")
                .withAdded("pacs", RequirementLevel.MAY, new StandardSupport("hl7-oru"), Optional.empty(), "", PROPOSER)
                .withClauses(List.of(new CustomClause("Training", "Two days on site.")));
        RfpSpec wider = new RfpSpec(SPEC.projectName(), SPEC.organization(), SPEC.region(),
                List.of("device-to-department", "department-to-enterprise"), List.of(new ProcuredSystem("pacs", 1, "")));
        RfpDraft next = edited.withSpec(wider, PROPOSER);

        assertThat(next.requirements()).allMatch(r -> r.system().equals("pacs"));
        assertThat(number(next.requirements(), "PACS-16").level()).isEqualTo(RequirementLevel.SHOULD);
        assertThat(next.withdrawn()).extracting(Requirement::number).containsExactly("PACS-24");
        assertThat(number(next.requirements(), "PACS-26").origin()).isEqualTo(RequirementOrigin.PLANNER);
        for (Requirement before : edited.requirements()) {
            next.requirements().stream().filter(r -> r.number().equals(before.number())).findFirst()
                    .ifPresent(r -> assertThat(r).isEqualTo(before));
        }
        List<Requirement> added = next.requirements().stream()
                .filter(r -> edited.requirements().stream().noneMatch(b -> b.number().equals(r.number()))).toList();
        assertThat(added).isNotEmpty().allSatisfy(r -> assertThat(Integer.parseInt(r.number().substring(5)))
                .isGreaterThan(26));
        assertThat(next.clauses()).isEqualTo(edited.clauses());
        assertThat(next.validated(CATALOG)).isSameAs(next);
        assertThat(next.requirements()).extracting(RequirementProposer::sameAs).doesNotHaveDuplicates();
    }

    @Test
    void validationNamesEveryProblem() {
        String huge = "x".repeat(FieldLimits.MARKDOWN + 1);
        RfpDraft bad = draft.withClauses(List.of(new CustomClause("", huge)))
                .withMandates(List.of(new LocalMandate("National code set", "made-up-standard", "Use it.")));
        assertThatThrownBy(() -> bad.validated(CATALOG)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Custom clause 1 needs a title.")
                .hasMessageContaining("Custom clause 1's text (markdown) has 50001 characters; at most 50000 are allowed.")
                .hasMessageContaining("Local mandate 1 names a standard the catalog does not hold: 'made-up-standard'.");
    }

    @Test
    void aRequirementNumberLongerThanItsLimitIsRefusedWithoutBeingRepeated() {
        String number = "PACS-" + "9".repeat(64_000);
        Requirement first = draft.requirements().getFirst();
        List<Requirement> requirements = new java.util.ArrayList<>(draft.requirements());
        requirements.set(0, new Requirement(number, first.level(), first.system(), first.category(), first.subject(),
                first.text(), first.rationale(), first.origin()));
        RfpDraft bad = new RfpDraft(SPEC, requirements, List.of(), List.of(), List.of());
        assertThatThrownBy(() -> bad.validated(CATALOG)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("A requirement number (number) has 64005 characters; at most "
                        + FieldLimits.NUMBER + " are allowed: 'PACS-99999999999999999999999999999999999…'.")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(500));

        String longest = "AUDIT-RECORD-REPOSITORY-" + "1".repeat(FieldLimits.NUMBER - 24);
        requirements.set(0, new Requirement(longest, first.level(), first.system(), first.category(), first.subject(),
                first.text(), first.rationale(), first.origin()));
        assertThat(new RfpDraft(SPEC, requirements, List.of(), List.of(), List.of()).validated(CATALOG).requirements()
                .getFirst().number()).isEqualTo(longest);
    }

    @Test
    void everyTextOfTheDraftHasItsLimitNamedWithItsField() {
        String name = "n".repeat(FieldLimits.NAME + 1);
        RfpSpec spec = new RfpSpec(name, name, SPEC.region(), SPEC.useCases(),
                List.of(new ProcuredSystem("pacs", 1, "t".repeat(FieldLimits.TEXT + 1))));
        RfpDraft bad = RfpDraft.proposed(spec, PROPOSER)
                .withMandates(List.of(new LocalMandate("m".repeat(FieldLimits.TITLE + 1), "",
                        "x".repeat(FieldLimits.MARKDOWN + 1))));
        assertThatThrownBy(() -> bad.validated(CATALOG)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The project name (projectName) has 201 characters; at most 200 are allowed.")
                .hasMessageContaining("The organization (organization) has 201 characters; at most 200 are allowed.")
                .hasMessageContaining("The notes on 'pacs' (notes) has 5001 characters; at most 5000 are allowed.")
                .hasMessageContaining("Local mandate 1's title (title) has 301 characters; at most 300 are allowed.")
                .hasMessageContaining("Local mandate 1's text (text) has 50001 characters; at most 50000 are allowed.");
    }

    @Test
    void scriptInPlannerTextIsKeptAsTextForTheRenderersToEscape() {
        RfpDraft withScript = draft.withClauses(List.of(new CustomClause("<script>alert(1)</script>", "**bold**")));
        assertThat(withScript.validated(CATALOG).clauses().getFirst().title()).isEqualTo("<script>alert(1)</script>");
    }

    private static Requirement number(List<Requirement> list, String number) {
        return list.stream().filter(r -> r.number().equals(number)).findFirst().orElseThrow();
    }
}
