package org.rspnavigator.documents.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rspnavigator.documents.pdf.PageImages;
import org.rspnavigator.procurement.rfp.CustomClause;
import org.rspnavigator.procurement.rfp.RfpDocument;

/**
 * The documents looked at as pages: each page is drawn to an image (kept in
 * {@code target/rfp-pages} for a person to look at) and checked for what a reader would notice
 * first: a blank page, or text running into the paper's edge. The hostile document (a 20,000
 * character word, 40,000 nested quotes, control characters) must look as orderly as the real one.
 */
class RfpPageImagesTest {

    private static final RfpDocuments DOCUMENTS = new RfpDocuments(RfpFixtures.CATALOG);

    @ParameterizedTest
    @ValueSource(strings = {"rfp", "checklist", "hostile"})
    void everyPageHasContentAndNothingRunsIntoTheEdge(String name) throws IOException {
        byte[] pdf = switch (name) {
            case "rfp" -> DOCUMENTS.rfpPdf(RfpFixtures.document());
            case "checklist" -> DOCUMENTS.checklistPdf(RfpFixtures.document());
            default -> DOCUMENTS.rfpPdf(hostile());
        };
        List<BufferedImage> pages = PageImages.render(pdf, Path.of("target/rfp-pages"), name);
        assertThat(pages.size()).isGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(PageImages.inkInside(pages.get(i))).as("%s page %d has content", name, i + 1).isGreaterThan(200);
            assertThat(PageImages.inkAtTheEdges(pages.get(i))).as("%s page %d: ink at the paper's edge", name, i + 1)
                    .isEmpty();
        }
    }

    private static RfpDocument hostile() {
        return RfpFixtures.with(RfpFixtures.requirements(), List.of(), List.of(
                new CustomClause("Quotes", ">".repeat(40_000) + " deep"),
                new CustomClause("Lists", "- ".repeat(20_000) + "deep"),
                new CustomClause("One long word", "x".repeat(20_000)),
                new CustomClause("Controls", "bell \u0007 nul \u0000 escape \u001B unpaired \uD800 end")));
    }
}
