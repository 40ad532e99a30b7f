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
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementProposer;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.procurement.rfp.RfpDraft;

/**
 * What the buyer changed is printed where a bidder reads the requirement: a level the buyer chose
 * beside the level proposed and the reason, and every number no longer used with why, so that a
 * gap in the numbering is never left for a bid team to ask about.
 */
class RfpAmendmentsInPrintTest {

    private static final RfpDocuments DOCUMENTS = new RfpDocuments(RfpFixtures.CATALOG);
    private static final RequirementProposer PROPOSER = new RequirementProposer(RfpFixtures.CATALOG);

    private static RfpDocument amended() {
        RfpDraft draft = RfpDraft.proposed(RfpFixtures.spec(), PROPOSER);
        Requirement first = draft.requirements().getFirst();
        Requirement second = draft.requirements().get(1);
        Requirement third = draft.requirements().get(2);
        RequirementLevel other = first.level() == RequirementLevel.SHALL ? RequirementLevel.SHOULD : RequirementLevel.SHALL;
        RfpDraft changed = draft.amended(first.number(), new RfpDraft.Edit(other, null, null,
                "Decided by the imaging board"), PROPOSER).withdraw(second.number(), "Procured under the archive tender.");
        // The third was withdrawn without a reason, as drafts saved before reasons were asked for are.
        List<Requirement> in = new ArrayList<>(changed.requirements());
        in.remove(third);
        List<Requirement> out = new ArrayList<>(changed.withdrawn());
        out.add(third);
        return new RfpDraft(changed.spec(), in, out, changed.mandates(), changed.clauses())
                .toDocument(2, LocalDate.of(2026, 12, 7));
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void theRfpSectionPrintsTheChangedLevelAndAccountsForTheWithdrawnNumbers() {
        RfpDocument doc = amended();
        Requirement first = doc.requirements().getFirst();
        Requirement second = doc.withdrawn().getFirst();
        Requirement third = doc.withdrawn().get(1);
        String text = flat(Pdfs.text(DOCUMENTS.rfpPdf(doc)));
        String direction = first.level() == RequirementLevel.SHALL ? "Raised" : "Lowered";
        assertThat(text).contains(direction + " by the buyer from " + first.amendment().proposedLevel().label()
                + ", the level proposed, to " + first.level().label() + ": Decided by the imaging board.");
        assertThat(text).contains("Numbers " + second.number() + " and " + third.number() + " are not used: those "
                + "requirements were withdrawn while this section was drafted, and the numbers are not given again ("
                + second.number() + ": Procured under the archive tender).");
        assertThat(text).doesNotContain(second.number() + " SHALL").doesNotContain(second.number() + " SHOULD");
    }

    @Test
    void theWordVersionAndTheChecklistSayTheSame() throws IOException {
        RfpDocument doc = amended();
        Requirement second = doc.withdrawn().getFirst();
        String sentence = "withdrawn while this section was drafted";
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.rfpDocx(doc)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            String text = flat(extractor.getText());
            assertThat(text).contains(sentence).contains(second.number() + ": Procured under the archive tender")
                    .contains("the level proposed, to " + doc.requirements().getFirst().level().label());
        }
        assertThat(flat(Pdfs.text(DOCUMENTS.checklistPdf(doc)))).contains(sentence);
    }

    @Test
    void aDocumentWithNothingWithdrawnSaysNothingAboutIt() {
        RfpDocument doc = RfpDraft.proposed(RfpFixtures.spec(), PROPOSER).toDocument(1, LocalDate.of(2026, 12, 7));
        assertThat(flat(Pdfs.text(DOCUMENTS.rfpPdf(doc)))).doesNotContain("are not used:").doesNotContain("is not used:")
                .doesNotContain("by the buyer from").doesNotContain("Changed by the buyer");
    }
}
