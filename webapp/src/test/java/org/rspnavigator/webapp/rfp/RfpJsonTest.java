package org.rspnavigator.webapp.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementOrigin;
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
                .hasMessage("Requirement PACS-01 has origin 'ORACLE'; use portfolio, grouping, successor or planner.");
    }
}
