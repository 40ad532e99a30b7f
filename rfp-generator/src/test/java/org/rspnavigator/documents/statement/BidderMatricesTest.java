package org.rspnavigator.documents.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.procurement.statement.Statements.CATALOG;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.pdf.VeraPdf;
import org.rspnavigator.documents.portfolio.Csv;
import org.rspnavigator.documents.rfp.Pdfs;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementOrigin;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.statement.Bidder;
import org.rspnavigator.procurement.statement.BidderMatrix;
import org.rspnavigator.procurement.statement.BidderMatrixTest;
import org.rspnavigator.procurement.statement.GapAnalysis;
import org.rspnavigator.procurement.statement.Statements;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The comparison of {@link BidderMatrixTest} (two bidders on five PACS requirements of the worked
 * scenario) as CSV and PDF.
 */
class BidderMatricesTest {

    private static final BidderMatrices MATRICES = new BidderMatrices();
    private static final GapAnalysis ANALYSIS = new GapAnalysis(CATALOG);

    private static List<Requirement> requirements;
    private static BidderMatrix matrix;

    @BeforeAll
    static void build() {
        BidderMatrixTest.compare();
        requirements = BidderMatrixTest.requirements;
        matrix = BidderMatrixTest.matrix;
    }

    @Test
    void theCsvReadsBackCellByCell() {
        byte[] csv = MATRICES.csv(matrix);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = Csv.parse(text.substring(1));
        assertThat(rows).hasSize(8);
        assertThat(rows.getFirst()).containsExactly("No.", "Level", "Requirement", "Northwind Imaging", "Contoso Medical");
        assertThat(rows.get(4)).containsExactly("PACS-16", "SHALL", requirements.get(3).text(), "Partly met", "Met");
        assertThat(rows.get(5)).containsExactly("PACS-25", "SHOULD", requirements.get(4).text(), "Not met", "Met");
        assertThat(rows.get(6)).containsExactly("", "SHALL", "SHALL requirements met, of those assessed",
                "2 of 3 (66%); 1 not assessed", "1 of 3 (33%); 1 not assessed");
        assertThat(rows.get(7)).containsExactly("", "All", "All requirements met, of those assessed",
                "2 of 4 (50%); 1 not assessed", "2 of 4 (50%); 1 not assessed");
    }

    @Test
    void theCsvGuardsFormulas() {
        List<Requirement> hostile = new ArrayList<>(requirements);
        hostile.add(new Requirement("=1+1", RequirementLevel.MAY, "pacs", "data",
                new RequirementSubject.StandardSupport("dicom-sr"), "=HYPERLINK(\"https://evil.example\",\"x\")", "",
                RequirementOrigin.PLANNER));
        BidderMatrix m = ANALYSIS.compare(hostile, List.of(new Bidder("@Bidder", List.of())));
        List<List<String>> rows = Csv.parse(new String(MATRICES.csv(m), StandardCharsets.UTF_8).substring(1));
        assertThat(rows.getFirst().get(3)).isEqualTo("'@Bidder");
        assertThat(rows.get(6)).containsExactly("'=1+1", "MAY", "'=HYPERLINK(\"https://evil.example\",\"x\")",
                "Not assessed");
    }

    @Test
    void thePdfIsLandscapeTaggedAndShowsBiddersAndTotals() {
        byte[] pdf = MATRICES.pdf(matrix, "Imaging renewal 2027");
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
        Pdfs.assertTaggedWithEmbeddedFonts(pdf, 842f, 595f);
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Bidder comparison: IHE Integration Statements Imaging renewal 2027",
                "Bidder SHALL requirements met All requirements met",
                "Northwind Imaging 2 of 3 (66%); 1 not assessed 2 of 4 (50%); 1 not assessed",
                "Contoso Medical 1 of 3 (33%); 1 not assessed 2 of 4 (50%); 1 not assessed",
                "No. Level Requirement Northwind Imaging Contoso Medical",
                "PACS-16 SHALL " + requirements.get(3).text() + " Partly met Met",
                "SHALL requirements met 2 of 3 (66%); 1 not assessed 1 of 3 (33%); 1 not assessed");
    }

    @Test
    void thirtyBiddersWithLongNamesAreComparedSixToATableUnderTheirKeys() {
        List<Bidder> many = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            String name = String.format("Bidder %02d ", i) + "Northwind Imaging Systems and Integration Services "
                    .repeat(4);
            many.add(new Bidder(name.substring(0, 200), i % 2 == 0 ? List.of(Statements.pacs()) : List.of()));
        }
        BidderMatrix big = ANALYSIS.compare(requirements, many);
        byte[] pdf = MATRICES.pdf(big, "Imaging renewal 2027");
        Pdfs.assertTaggedWithEmbeddedFonts(pdf, 842f, 595f);
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Key Bidder SHALL requirements met All requirements met",
                "B1 " + many.get(0).name() + " 0 of 3 (0%)", "B30 " + many.get(29).name() + " 2 of 3 (66%)",
                "Requirements, bidders B1 to B6 of 30 No. Level Requirement B1 B2 B3 B4 B5 B6 PACS-05",
                "Requirements, bidders B25 to B30 of 30 No. Level Requirement B25 B26 B27 B28 B29 B30 PACS-05");
        // The first group follows the totals; each further group starts a page of its own.
        assertThat(Pdfs.pages(pdf)).filteredOn(p -> p.startsWith("Requirements, bidders"))
                .extracting(p -> p.substring(0, p.indexOf(" of 30"))).containsExactly("Requirements, bidders B7 to B12",
                        "Requirements, bidders B13 to B18", "Requirements, bidders B19 to B24",
                        "Requirements, bidders B25 to B30");
    }
}
