package org.rspnavigator.documents.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.pdf.VeraPdf;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementOrigin;
import org.rspnavigator.procurement.rfp.RequirementProposer;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Comply or explain in print: every SHALL proposed from the portfolio that the buyer lowered or
 * withdrew is listed in the local-mandates section, with what was proposed, what the buyer did and
 * why, in the PDF (still valid PDF/UA-1 and PDF/A-3u) and in the Word document.
 */
class RfpExceptionsInPrintTest {

    private static final RfpDocuments DOCUMENTS = new RfpDocuments(RfpFixtures.CATALOG);
    private static final RequirementProposer PROPOSER = new RequirementProposer(RfpFixtures.CATALOG);

    private static final RfpDraft PROPOSED = RfpDraft.proposed(RfpFixtures.spec(), PROPOSER);
    private static final List<Requirement> SHALLS = PROPOSED.requirements().stream()
            .filter(r -> r.origin() == RequirementOrigin.PORTFOLIO && r.level() == RequirementLevel.SHALL).toList();
    private static final Requirement LOWERED = SHALLS.stream()
            .filter(r -> r.subject() instanceof RequirementSubject.StandardSupport).findFirst().orElseThrow();
    private static final Requirement WITHDRAWN = SHALLS.stream()
            .filter(r -> r.subject() instanceof RequirementSubject.ProfileActor).findFirst().orElseThrow();
    private static final Requirement UNEXPLAINED = SHALLS.stream().filter(r -> r != LOWERED && r != WITHDRAWN)
            .findFirst().orElseThrow();

    /** Two exceptions with reasons, and one lowered in a draft saved before reasons were asked for. */
    private static RfpDocument document() {
        RfpDraft changed = PROPOSED.withLevel(LOWERED.number(), RequirementLevel.MAY,
                "The regional dose register <b>accepts</b> only its own format until 2028.")
                .withdraw(WITHDRAWN.number(), "Bought with the archive tender.");
        List<Requirement> in = new ArrayList<>(changed.requirements());
        in.replaceAll(r -> r.number().equals(UNEXPLAINED.number()) ? r.withLevel(RequirementLevel.SHOULD) : r);
        return new RfpDraft(changed.spec(), in, changed.withdrawn(), RfpFixtures.mandates(), List.of())
                .toDocument(3, LocalDate.of(2026, 12, 7));
    }

    private static final byte[] PDF = DOCUMENTS.rfpPdf(document());

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String mandatesSection(String text) {
        int start = text.lastIndexOf("Local mandates and exceptions");
        return text.substring(start, text.indexOf("Vendor response matrix", start));
    }

    @Test
    void thePdfListsEachExceptionWithWhatWasProposedWhatTheBuyerDidAndWhy() {
        String section = flat(mandatesSection(Pdfs.text(PDF)));
        assertThat(section).contains("National dose register").contains("Exceptions to the portfolio")
                .contains("clause 5.1").contains("No. System Proposed by the portfolio Changed by the buyer Reason");
        String standard = RfpFixtures.CATALOG.standard(
                ((RequirementSubject.StandardSupport) LOWERED.subject()).standard()).orElseThrow().briefName();
        // Compared without spaces: the extraction may break a cell's line anywhere.
        assertThat(section.replace(" ", "")).contains((LOWERED.number() + " PACS SHALL: " + standard
                + " Lowered to MAY The regional dose register <b>accepts</b> only its own format until 2028.")
                .replace(" ", ""));
        assertThat(section).contains(WITHDRAWN.number()).contains("Withdrawn Bought with the archive tender.");
        assertThat(section).contains(UNEXPLAINED.number()).contains("Lowered to SHOULD No reason was recorded");
        assertThat(section.indexOf(LOWERED.number())).isLessThan(section.indexOf(WITHDRAWN.number()));
        assertThat(Pdfs.outline(PDF)).contains("Local mandates and exceptions > Exceptions to the portfolio");
    }

    @Test
    void thePdfStaysValidPdfUaAndPdfA() {
        assertThat(VeraPdf.failures(PDF, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(PDF, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void theWordDocumentListsTheSame() throws IOException {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.rfpDocx(document())));
                XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            String section = flat(mandatesSection(extractor.getText()).replace('\u2011', '-'));
            assertThat(section).contains("Exceptions to the portfolio").contains("clause 5.1")
                    .contains(LOWERED.number()).contains("Lowered to MAY")
                    .contains("The regional dose register <b>accepts</b> only its own format until 2028.")
                    .contains(WITHDRAWN.number()).contains("Withdrawn").contains("Bought with the archive tender.")
                    .contains("SHALL: IHE ").contains("No reason was recorded");
        }
    }

    @Test
    void aDocumentWithoutExceptionsListsNone() throws IOException {
        RfpDocument none = PROPOSED.toDocument(1, LocalDate.of(2026, 12, 7));
        String pdf = flat(Pdfs.text(DOCUMENTS.rfpPdf(none)));
        assertThat(pdf).doesNotContain("Exceptions to the portfolio")
                .contains("None. No local mandate or exception changes the requirements of this section.");
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.rfpDocx(none)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            assertThat(extractor.getText()).doesNotContain("Exceptions to the portfolio");
        }
        // Exceptions alone, without a local mandate, make the section say more than "None".
        RfpDraft onlyExceptions = PROPOSED.withdraw(WITHDRAWN.number(), "Bought with the archive tender.");
        String text = flat(Pdfs.text(DOCUMENTS.rfpPdf(onlyExceptions.toDocument(2, LocalDate.of(2026, 12, 7)))));
        assertThat(text).contains("Exceptions to the portfolio").doesNotContain("None. No local mandate");
    }
}
