package org.rspnavigator.documents.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Region;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementProposer;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.procurement.rfp.RfpSpec;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;

/** What makes a requirement testable (role, binding version, evidence, licence) is printed under it in PDF and Word. */
class RfpTestabilityTest {

    private static final RfpDocuments DOCUMENTS = new RfpDocuments(RfpFixtures.CATALOG);

    private static RfpDocument ctTender() {
        RfpSpec spec = new RfpSpec("CT replacement", "Northbridge", Optional.of(Region.EUROPE),
                List.of("device-to-department"), List.of(new ProcuredSystem("modality-ct", 2, "")));
        return RfpDraft.proposed(spec, new RequirementProposer(RfpFixtures.CATALOG)).toDocument(1, LocalDate.of(2026, 12, 7));
    }

    private static Requirement ctDose(RfpDocument doc) {
        return doc.requirements().stream().filter(r -> r.subject().equals(new StandardSupport("dicom-ct-rdsr")))
                .findFirst().orElseThrow();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void thePdfPrintsRoleVersionAndEvidenceUnderEachRequirement() {
        RfpDocument doc = ctTender();
        Requirement dose = ctDose(doc);
        assertThat(dose.conformance().complete()).isTrue();
        String text = oneLine(Pdfs.text(DOCUMENTS.rfpPdf(doc)));
        assertThat(text).contains("Role: " + oneLine(dose.conformance().role()))
                .contains("Binding version: " + oneLine(dose.conformance().version()))
                .contains("Evidence asked: " + oneLine(dose.conformance().evidence()));
        long withRole = doc.requirements().stream().filter(r -> !r.conformance().role().isBlank()).count();
        assertThat(text.split("Role: ", -1).length - 1).isEqualTo((int) withRole);
    }

    @Test
    void theWordDocumentPrintsThemToo() throws IOException {
        RfpDocument doc = ctTender();
        Requirement dose = ctDose(doc);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.rfpDocx(doc)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            String text = oneLine(extractor.getText()).replace('\u2011', '-');
            assertThat(text).contains("Role: " + oneLine(dose.conformance().role()))
                    .contains("Evidence asked: " + oneLine(dose.conformance().evidence()));
        }
    }
}
