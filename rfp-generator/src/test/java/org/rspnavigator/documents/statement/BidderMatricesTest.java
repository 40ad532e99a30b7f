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
import org.rspnavigator.procurement.statement.Fit;
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
        assertThat(rows).hasSize(9);
        assertThat(rows.getFirst()).containsExactly("System", "No.", "Level", "Requirement", "Northwind Imaging",
                "Contoso Medical");
        assertThat(rows.get(4)).containsExactly("PACS", "PACS-16", "SHALL", requirements.get(3).text(), "Partly met", "Met");
        assertThat(rows.get(5)).containsExactly("PACS", "PACS-25", "SHOULD", requirements.get(4).text(), "Not met", "Met");
        assertThat(rows.get(6)).containsExactly("", "", "", "Bids for", "all systems", "all systems");
        assertThat(rows.get(7)).containsExactly("", "", "", "SHALL requirements",
                "SHALL requirements met: 2 of 4 (50%); 1 partly met, 0 not met, 1 not assessed; 3 of the 4 could be assessed.",
                "SHALL requirements met: 1 of 4 (25%); 1 partly met, 1 not met, 1 not assessed; 3 of the 4 could be assessed.");
        assertThat(rows.get(8)).containsExactly("", "", "", "All requirements",
                "All requirements met: 2 of 5 (40%); 1 partly met, 1 not met, 1 not assessed; 4 of the 5 could be assessed.",
                "All requirements met: 2 of 5 (40%); 1 partly met, 1 not met, 1 not assessed; 4 of the 5 could be assessed.");
    }

    @Test
    void theCsvAndThePdfGiveTheSameSentenceAndNumbersAsTheMatrix() {
        List<String> csv = Csv.parse(new String(MATRICES.csv(matrix), StandardCharsets.UTF_8).substring(1)).get(7);
        String pdf = Pdfs.text(MATRICES.pdf(matrix, "Imaging renewal 2027"));
        for (int j = 0; j < matrix.bidders().size(); j++) {
            String shall = matrix.shallSummary(j);
            assertThat(shall).isEqualTo(matrix.shallTotals().get(j).summary("SHALL requirements"));
            assertThat(csv.get(4 + j)).isEqualTo(shall);
            assertThat(pdf).contains(matrix.bidders().get(j) + " all systems " + shall + " " + matrix.allSummary(j));
        }
        assertThat(pdf).contains("SHALL requirements met " + matrix.shallTotals().get(0).metOfAll() + " "
                + matrix.shallTotals().get(1).metOfAll());
    }

    @Test
    void aBidderForOneSystemShowsNotBidOnTheOthersInEveryForm() {
        List<Requirement> mixed = new ArrayList<>(requirements);
        Requirement display = org.rspnavigator.procurement.statement.GapAnalysisTest.all.stream()
                .filter(r -> r.system().equals("image-display") && r.level() == RequirementLevel.SHALL).findFirst()
                .orElseThrow();
        mixed.add(0, display);
        BidderMatrix m = ANALYSIS.compare(mixed, List.of(
                new Bidder("Northwind Imaging", List.of(Statements.pacs()), java.util.Set.of("pacs")),
                new Bidder("Contoso Medical", List.of(Statements.pacs()))));
        List<List<String>> rows = Csv.parse(new String(MATRICES.csv(m), StandardCharsets.UTF_8).substring(1));
        // Grouped by system, the systems in the order they first appear.
        assertThat(rows.get(1)).containsExactly("Image display / diagnostic viewer", display.number(), "SHALL",
                display.text(), Fit.NOT_BID.label(), m.rows().get(0).get(1).fit().label());
        assertThat(m.rows().get(0).get(1).fit()).isNotEqualTo(Fit.NOT_BID);
        assertThat(rows.get(2).getFirst()).isEqualTo("PACS");
        assertThat(rows.get(7)).containsExactly("", "", "", "Bids for", "PACS", "all systems");
        assertThat(rows.get(8).get(4)).isEqualTo(matrix.shallSummary(0));
        String pdf = Pdfs.text(MATRICES.pdf(m, "Imaging renewal 2027"));
        assertThat(pdf).contains("Northwind Imaging PACS " + matrix.shallSummary(0), "Not bid Not assessed PACS PACS-05 SHALL");
        // Compared without white space: the number breaks after its hyphen.
        assertThat(pdf.replaceAll("\\s", "")).contains(("Image display / diagnostic viewer " + display.number()
                + "SHALL" + display.text() + "Not bid").replaceAll("\\s", ""));
    }

    @Test
    void theCsvGuardsFormulas() {
        List<Requirement> hostile = new ArrayList<>(requirements);
        hostile.add(new Requirement("=1+1", RequirementLevel.MAY, "pacs", "data",
                new RequirementSubject.StandardSupport("dicom-sr"), "=HYPERLINK(\"https://evil.example\",\"x\")", "",
                RequirementOrigin.PLANNER));
        BidderMatrix m = ANALYSIS.compare(hostile, List.of(new Bidder("@Bidder", List.of())));
        List<List<String>> rows = Csv.parse(new String(MATRICES.csv(m), StandardCharsets.UTF_8).substring(1));
        assertThat(rows.getFirst().get(4)).isEqualTo("'@Bidder");
        assertThat(rows.get(6)).containsExactly("PACS", "'=1+1", "MAY", "'=HYPERLINK(\"https://evil.example\",\"x\")",
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
                "Bidder Bids for SHALL requirements All requirements",
                "Northwind Imaging all systems SHALL requirements met: 2 of 4 (50%);",
                "No. Level Requirement Northwind Imaging Contoso Medical PACS PACS-05",
                "PACS-16 SHALL " + requirements.get(3).text() + " Partly met Met",
                "SHALL requirements met 2 of 4 (50%) 1 of 4 (25%)");
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
        assertThat(text).contains("Key Bidder Bids for SHALL requirements All requirements",
                "B1 " + many.get(0).name() + " all systems SHALL requirements met: 0 of 4 (0%)",
                "B30 " + many.get(29).name() + " all systems SHALL requirements met: 2 of 4 (50%)",
                "Requirements, bidders B1 to B6 of 30 No. Level Requirement B1 B2 B3 B4 B5 B6 PACS PACS-05",
                "Requirements, bidders B25 to B30 of 30 No. Level Requirement B25 B26 B27 B28 B29 B30 PACS PACS-05");
        // The first group follows the totals; each further group starts a page of its own.
        assertThat(Pdfs.pages(pdf)).filteredOn(p -> p.startsWith("Requirements, bidders"))
                .extracting(p -> p.substring(0, p.indexOf(" of 30"))).containsExactly("Requirements, bidders B7 to B12",
                        "Requirements, bidders B13 to B18", "Requirements, bidders B19 to B24",
                        "Requirements, bidders B25 to B30");
    }
}
