package org.rspnavigator.webapp.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rspnavigator.procurement.rfp.LeftOut;
import org.rspnavigator.procurement.rfp.LeftOutReason;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementOrigin;
import org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.procurement.rfp.RfpSpec;

/** Levels and origins in the JSON of drafts: written as slugs, read also as earlier versions wrote them. */
class RfpJsonTest {

    private static final RfpSpec SPEC = new RfpSpec("Imaging renewal", "", Optional.empty(), List.of(),
            List.of(new ProcuredSystem("pacs", 1, "")));
    private static final Requirement SHOULD = new Requirement("PACS-01", RequirementLevel.SHOULD, "pacs", "content",
            new StandardSupport("dicom-ct-rdsr"), "t", "r", RequirementOrigin.GROUPING);

    @Test
    void writesLevelsAndOriginsAsSlugs() {
        RfpJson.RequirementJson json = RfpJson.of(SHOULD);
        assertThat(json.level()).isEqualTo("should");
        assertThat(json.origin()).isEqualTo("grouping");
    }

    @Test
    void readsWhatItWritesAndTheOldUpperCaseNames() {
        RfpJson.RequirementJson slugs = RfpJson.of(SHOULD);
        RfpJson.RequirementJson old = new RfpJson.RequirementJson("PACS-01", "SHOULD", "pacs", "content", "dicom-ct-rdsr",
                null, null, List.of(), "t", "r", "GROUPING");
        for (RfpJson.RequirementJson r : List.of(slugs, old)) {
            RfpDraft draft = RfpJson.draft(new RfpJson.Draft(RfpJson.of(SPEC), List.of(r), List.of(), List.of(),
                    List.of()));
            assertThat(draft.requirements()).containsExactly(SHOULD);
        }
    }

    @Test
    void roleVersionEvidenceLicenceAndAcceptedAlternativesGoOutAndComeBack() {
        org.rspnavigator.procurement.rfp.Requirement withAll = new org.rspnavigator.procurement.rfp.Requirement(
                "RIS-08", org.rspnavigator.procurement.rfp.RequirementLevel.SHALL, "ris", "technical-workflow",
                new org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor("swf-b",
                        "Department System Scheduler/Order Filler", List.of()), "t", "r",
                org.rspnavigator.procurement.rfp.RequirementOrigin.PORTFOLIO,
                new org.rspnavigator.procurement.rfp.Conformance("role", "version", "evidence", "licence"),
                List.of(new org.rspnavigator.procurement.rfp.AcceptedAlternative(List.of(
                        new org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor("swf",
                                "Department System Scheduler/Order Filler", List.of("PPS Exception Management")),
                        new org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport("ihe-pir")),
                        "a dated plan", "Table 5, footnote a")));
        RfpJson.RequirementJson json = RfpJson.of(withAll);
        assertThat(json.role()).isEqualTo("role");
        assertThat(json.alternatives()).singleElement().satisfies(a -> {
            assertThat(a.subjects()).hasSize(2);
            assertThat(a.subjects().getFirst().profile()).isEqualTo("swf");
            assertThat(a.subjects().get(1).standard()).isEqualTo("ihe-pir");
        });
        RfpDraft draft = RfpJson.draft(new RfpJson.Draft(RfpJson.of(SPEC), List.of(json), List.of(), List.of(),
                List.of()));
        assertThat(draft.requirements()).containsExactly(withAll);
    }

    @Test
    void theLevelProposedAndTheReasonForAChangeGoOutAndComeBack() {
        Requirement lowered = SHOULD.withLevel(RequirementLevel.MAY)
                .withAmendment(new org.rspnavigator.procurement.rfp.Amendment(RequirementLevel.SHOULD, "Budget."));
        RfpJson.RequirementJson json = RfpJson.of(lowered);
        assertThat(json.proposedLevel()).isEqualTo("should");
        assertThat(json.changeReason()).isEqualTo("Budget.");
        assertThat(RfpJson.of(SHOULD).proposedLevel()).isNull();
        assertThat(RfpJson.of(SHOULD).changeReason()).isNull();
        RfpDraft draft = RfpJson.draft(new RfpJson.Draft(RfpJson.of(SPEC), List.of(json), List.of(), List.of(),
                List.of()));
        assertThat(draft.requirements()).containsExactly(lowered);

        // A proposed level equal to the level says nothing; an unknown one is refused by name.
        RfpJson.RequirementJson same = new RfpJson.RequirementJson("PACS-01", "should", "pacs", "content",
                "dicom-ct-rdsr", null, null, List.of(), "t", "r", "grouping", null, null, null, null, null, "should",
                null);
        assertThat(RfpJson.draft(new RfpJson.Draft(RfpJson.of(SPEC), List.of(same), List.of(), List.of(), List.of()))
                .requirements().getFirst().amendment().isNone()).isTrue();
        RfpJson.RequirementJson bad = new RfpJson.RequirementJson("PACS-01", "should", "pacs", "content",
                "dicom-ct-rdsr", null, null, List.of(), "t", "r", "grouping", null, null, null, null, null, "must",
                null);
        assertThatThrownBy(() -> RfpJson.draft(new RfpJson.Draft(RfpJson.of(SPEC), List.of(bad), List.of(), List.of(),
                List.of()))).hasMessageContaining("has proposedLevel 'must'");
    }

    @Test
    void clinicalServicesAndWhatWasLeftOutGoThereAndBack() {
        RfpSpec scoped = SPEC.withClinicalServices(List.of("general-radiology"));
        LeftOut mammo = new LeftOut("pacs", new ProfileActor("mammo", "Image Manager/Image Archive", List.of()), false,
                RequirementLevel.SHALL, "technical-workflow", LeftOutReason.OUT_OF_SCOPE, List.of("breast-imaging"),
                "IHE MAMMO belongs to breast imaging, which is not in the project's scope.");
        LeftOut cardiac = new LeftOut("pacs", new ProfileActor("nmi", "Image Display", List.of("Cardiac NM")), true,
                RequirementLevel.SHALL, "technical-workflow", LeftOutReason.OUT_OF_SCOPE, List.of("cardiology"), "r");
        LeftOut bppc = new LeftOut("pacs", new StandardSupport("ihe-bppc"), false, RequirementLevel.SHALL,
                "privacy-security", LeftOutReason.NO_ACTOR, List.of(), "no actor");
        RfpDraft draft = new RfpDraft(scoped, List.of(SHOULD), List.of(), List.of(), List.of(),
                List.of(mammo, cardiac, bppc));
        RfpJson.Draft json = RfpJson.of(draft);
        assertThat(json.spec().clinicalServices()).containsExactly("general-radiology");
        assertThat(json.leftOut()).extracting(RfpJson.LeftOutJson::kind).containsExactly("out-of-scope",
                "out-of-scope", "no-actor");
        assertThat(json.scopeNote()).startsWith("Proposed for the clinical services in scope (general-radiology)");
        assertThat(RfpJson.draft(json)).isEqualTo(draft);
    }

    @Test
    void aDraftWrittenBeforeClinicalServicesReadsAsNoScopeAndNothingLeftOut() {
        RfpJson.Spec old = new RfpJson.Spec("Imaging renewal", "", null, List.of(),
                List.of(new RfpJson.SystemJson("pacs", 1, "")));
        RfpDraft draft = RfpJson.draft(new RfpJson.Draft(old, List.of(RfpJson.of(SHOULD)), List.of(), List.of(),
                List.of()));
        assertThat(draft.spec().clinicalServices()).isEmpty();
        assertThat(draft.leftOut()).isEmpty();
        assertThat(draft.scopeNote()).startsWith("No clinical services were given");
    }

    @Test
    void aLeftOutItemMustSayWhatAndWhy() {
        RfpJson.LeftOutJson bad = new RfpJson.LeftOutJson("pacs", "ihe-bppc", "bppc", null, List.of(), false, "shall",
                "privacy-security", "no-actor", List.of(), "x");
        RfpJson.LeftOutJson noKind = new RfpJson.LeftOutJson("pacs", "ihe-bppc", null, null, List.of(), false, "shall",
                "privacy-security", "forgotten", List.of(), "x");
        assertThatThrownBy(() -> RfpJson.draft(new RfpJson.Draft(RfpJson.of(SPEC), List.of(), List.of(), List.of(),
                List.of(), List.of(bad, noKind), null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leftOut[0] must name either a standard, or a profile and an actor.")
                .hasMessageContaining("leftOut[1] needs a system, a category, a level (shall, should or may) and a kind "
                        + "(out-of-scope, not-created or no-actor).");
    }

    @Test
    void anUnknownLevelOrOriginIsAnsweredWithTheSlugs() {
        RfpJson.RequirementJson bad = new RfpJson.RequirementJson("PACS-01", "MUST", "pacs", "content", "dicom-ct-rdsr",
                null, null, List.of(), "t", "r", "ORACLE");
        assertThatThrownBy(() -> RfpJson.draft(new RfpJson.Draft(RfpJson.of(SPEC), List.of(bad), List.of(), List.of(),
                List.of()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Requirement PACS-01 has level 'MUST'; use shall, should or may.");
        RfpJson.RequirementJson badOrigin = new RfpJson.RequirementJson("PACS-01", "may", "pacs", "content",
                "dicom-ct-rdsr", null, null, List.of(), "t", "r", "ORACLE");
        assertThatThrownBy(() -> RfpJson.draft(new RfpJson.Draft(RfpJson.of(SPEC), List.of(badOrigin), List.of(),
                List.of(), List.of()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Requirement PACS-01 has origin 'ORACLE'; use portfolio, grouping, successor, opted-in or planner.");
    }
}
