package org.rspnavigator.documents.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rspnavigator.procurement.rfp.RequirementProposer;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.procurement.rfp.RfpDraft;

/** The title page tells bidders which clinical services the requirements were drawn up for. */
class RfpScopeOnTitlePageTest {

    private static final RfpDocuments DOCUMENTS = new RfpDocuments(RfpFixtures.CATALOG);

    private static RfpDocument withServices(List<String> services) {
        return RfpDraft.proposed(RfpFixtures.spec().withClinicalServices(services),
                new RequirementProposer(RfpFixtures.CATALOG)).toDocument(1, LocalDate.of(2026, 12, 7));
    }

    @Test
    void theServicesInScopeAreNamedOnTheTitlePageByTheirCatalogNames() {
        String title = Pdfs.pages(DOCUMENTS.rfpPdf(withServices(List.of("general-radiology", "breast-imaging"))))
                .getFirst().replaceAll("\\s+", " ");
        String general = RfpFixtures.CATALOG.clinicalService("general-radiology").orElseThrow().name();
        String breast = RfpFixtures.CATALOG.clinicalService("breast-imaging").orElseThrow().name();
        assertThat(title).contains("Clinical services " + general + ", " + breast);
    }

    @Test
    void withoutServicesTheLineIsLeftOut() {
        String title = Pdfs.pages(DOCUMENTS.rfpPdf(withServices(List.of()))).getFirst();
        assertThat(title).doesNotContain("Clinical services");
    }
}
