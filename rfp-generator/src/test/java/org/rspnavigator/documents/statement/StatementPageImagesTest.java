package org.rspnavigator.documents.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.procurement.statement.Statements.CATALOG;
import static org.rspnavigator.procurement.statement.Statements.actor;
import static org.rspnavigator.procurement.statement.Statements.profile;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rspnavigator.documents.pdf.PageImages;
import org.rspnavigator.procurement.statement.ActorClaim;
import org.rspnavigator.procurement.statement.BidderMatrixTest;
import org.rspnavigator.procurement.statement.GapAnalysis;
import org.rspnavigator.procurement.statement.GapAnalysisTest;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.ProfileClaim;
import org.rspnavigator.procurement.statement.StatementLinks;
import org.rspnavigator.procurement.statement.Statements;

/**
 * The statement documents looked at as pages, kept in {@code target/statement-pages} for a person
 * to look at: no blank page, nothing running into the paper's edge, also for a long statement with
 * long names and addresses.
 */
class StatementPageImagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"statement", "statement-long", "gap-report", "bidders"})
    void everyPageHasContentAndNothingRunsIntoTheEdge(String name) throws IOException {
        byte[] pdf = switch (name) {
            case "statement" -> new StatementPdf(CATALOG).render(Statements.pacs());
            case "statement-long" -> new StatementPdf(CATALOG).render(longStatement());
            case "gap-report" -> {
                GapReportPdfTest.render();
                yield new GapReportPdf(CATALOG).render(GapReportPdfTest.report);
            }
            default -> {
                BidderMatrixTest.compare();
                yield new BidderMatrices().pdf(new GapAnalysis(CATALOG).compare(GapAnalysisTest.all,
                        BidderMatrixTest.bidders), "Imaging renewal 2027");
            }
        };
        List<BufferedImage> pages = PageImages.render(pdf, Path.of("target/statement-pages"), name);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(PageImages.inkInside(pages.get(i))).as("%s page %d has content", name, i + 1).isGreaterThan(200);
            assertThat(PageImages.inkAtTheEdges(pages.get(i))).as("%s page %d: ink at the paper's edge", name, i + 1)
                    .isEmpty();
        }
    }

    /** Every actor of every profile with every option, a very long product name and address. */
    private static IntegrationStatement longStatement() {
        List<ProfileClaim> all = new ArrayList<>();
        CATALOG.profiles().forEach(p -> all.add(new ProfileClaim(p.id(), p.actors().stream()
                .map(a -> new ActorClaim(a.name(), a.options().stream().map(o -> o.name()).toList())).toList())));
        IntegrationStatement s = Statements.statement(profile("ct", actor("Time Client")));
        return new IntegrationStatement("Northwind Imaging Systems International Holding " + "GmbH & Co. KG ".repeat(4),
                "Northwind Enterprise Imaging Platform with Vendor Neutral Archive and Zero-Footprint Viewer",
                "2026.03.1-build" + "x".repeat(60), s.date(), "Rev. 12",
                new StatementLinks("https://northwind.example/" + "very-long-path-segment/".repeat(8) + "ihe",
                        "https://northwind.example/dicom?" + "a".repeat(150), "no HL7 interface"), all);
    }
}
