package org.rspnavigator.procurement.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;

class ResolvedRfpTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();
    private static final RfpSpec SPEC = new RfpSpec("Imaging renewal", "St. Example Hospital", Optional.of(Region.EUROPE),
            List.of("device-to-department"),
            List.of(new ProcuredSystem("pacs", 1, ""), new ProcuredSystem("image-display", 20, "")));
    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 1);

    private final RfpDraft draft = RfpDraft.proposed(SPEC, new RequirementProposer(CATALOG));

    @Test
    void aValidatedDraftCarriesTheCatalogEntriesItsDocumentsAreMadeFrom() {
        ResolvedDraft resolved = draft.resolve(CATALOG);
        assertThat(resolved.draft()).isSameAs(draft);
        ResolvedRfp rfp = resolved.toDocument(3, ISSUED);
        assertThat(rfp.document()).isEqualTo(draft.toDocument(3, ISSUED));
        assertThat(rfp.systems()).extracting(s -> s.type().id()).containsExactly("pacs", "image-display");
        assertThat(rfp.requirements()).extracting(ResolvedRequirement::requirement).isEqualTo(draft.requirements());
        for (ResolvedRequirement r : rfp.requirements()) {
            assertThat(r.system().id()).isEqualTo(r.requirement().system());
            assertThat(r.category().slug()).isEqualTo(r.requirement().category());
            switch (r.requirement().subject()) {
                case StandardSupport s -> assertThat(r.standard().orElseThrow().id()).isEqualTo(s.standard());
                case ProfileActor p -> {
                    assertThat(r.profile().orElseThrow().id()).isEqualTo(p.profile());
                    assertThat(r.actor().orElseThrow().name()).isEqualTo(p.actor());
                    assertThat(r.options()).extracting(o -> o.name()).isEqualTo(p.options());
                }
            }
        }
        // The document of a validated draft resolves to the same entries on its own.
        assertThat(rfp.document().resolve(CATALOG)).isEqualTo(rfp);
    }

    @Test
    void aDocumentIsTakenAsItComesAsLongAsTheCatalogHasWhatItNames() {
        Requirement ris = new Requirement("RIS-01", RequirementLevel.SHALL, "ris", Category.TECHNICAL_WORKFLOW.slug(),
                new StandardSupport("dicom-mwl"), "The RIS SHALL provide MWL.", "", RequirementOrigin.PLANNER);
        RfpDocument doc = new RfpDocument(new RfpSpec("", null, Optional.empty(), List.of(), SPEC.systems()), List.of(ris),
                List.of(new LocalMandate("Local codes", " ", "Use local codes.")), List.of(), 1, ISSUED);
        ResolvedRfp rfp = doc.resolve(CATALOG);
        assertThat(rfp.requirements()).singleElement().satisfies(r -> assertThat(r.system().id()).isEqualTo("ris"));
        assertThat(rfp.mandates()).singleElement().satisfies(m -> assertThat(m.standard()).isEmpty());
        // The same document is not a valid draft: its requirement's system is not procured, and it has no name.
        RfpDraft asDraft = new RfpDraft(doc.spec(), doc.requirements(), List.of(), doc.mandates(), doc.clauses());
        assertThatThrownBy(() -> asDraft.resolve(CATALOG)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The project needs a name.")
                .hasMessageContaining("Requirement RIS-01 is for 'ris', which the project does not procure.");
    }
}
