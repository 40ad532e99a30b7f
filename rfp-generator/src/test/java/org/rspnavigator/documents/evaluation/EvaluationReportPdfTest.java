package org.rspnavigator.documents.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.documents.evaluation.EvaluationReportTest.REPORT;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.documents.pdf.PageImages;
import org.rspnavigator.documents.pdf.VeraPdf;
import org.rspnavigator.documents.rfp.Pdfs;
import org.rspnavigator.procurement.evaluation.Evaluation;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The evaluation of {@link Evaluations#scenario()} as the PDF report a procurement board signs off. */
class EvaluationReportPdfTest {

    private static final Path PAGES = Path.of("target", "page-images");

    private static Evaluation evaluation;
    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() {
        evaluation = Evaluations.scenario();
        pdf = REPORT.pdf(evaluation, "Imaging renewal 2027", 3);
        text = Pdfs.text(pdf);
    }

    @Test
    void isTaggedLandscapeA4AndPassesPdfUaAndPdfA() throws IOException {
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
        Pdfs.assertTaggedWithEmbeddedFonts(pdf, 842f, 595f);
        assertThat(Pdfs.pageCount(pdf)).isBetween(2, 5);
        assertThat(Pdfs.outline(pdf)).contains("Bid evaluation", "Bid evaluation > How bids were evaluated",
                "Bid evaluation > Ranking", "Bid evaluation > Northwind Imaging",
                "Bid evaluation > Northwind Imaging > Knock-outs failed", "Bid evaluation > Evaluators");
        for (BufferedImage page : PageImages.render(pdf, PAGES, "evaluation")) {
            assertThat(PageImages.inkAtTheEdges(page)).isEmpty();
            assertThat(PageImages.inkInside(page)).isPositive();
        }
    }

    @Test
    void statesTheProjectTheRulesAndThePlan() {
        assertThat(text).contains("Bid evaluation Imaging renewal 2027 Revision 3 Date 15 March 2027 Bidders 3 "
                + "Requirements 5 Evaluators 2",
                "A requirement's score is the mean of its evaluators' scores.",
                "A requirement that nobody has scored yet counts as 0",
                "divided by the sum of weight × 5, as a percentage",
                "answers No, Partial or Roadmap; or when every evaluator who scored it gave 0",
                "their scores are 2 or more apart",
                "Category Weight Privacy and security standards 2",
                "PACS-05 SHALL " + Evaluations.requirement("PACS-05").text() + " 1 (unchanged) no (although SHALL)",
                "PACS-25 SHOULD " + Evaluations.requirement("PACS-25").text() + " 3 no (unchanged)");
    }

    @Test
    void ranksTheQualifyingBiddersAndListsTheOthersAfterThem() {
        assertThat(text).contains("Rank Bidder Weighted total Standing Scored "
                + "1 Northwind Imaging 73.3% Qualifies 5 of 5 "
                + "2 Fabrikam Health 71.1% Qualifies 5 of 5 "
                + "— Contoso Medical 88.9% Fails 1 knock-out 5 of 5");
    }

    @Test
    void givesEachBidderItsKnockOutsFlagsAndDisagreementsInRankOrder() {
        int northwind = text.indexOf("Northwind Imaging Rank 1; weighted total 73.3%; qualifies");
        int fabrikam = text.indexOf("Fabrikam Health Rank 2; weighted total 71.1%; qualifies");
        int contoso = text.indexOf("Contoso Medical Not ranked; weighted total 88.9%; fails 1 knock-out");
        int evaluators = text.indexOf("Evaluators Evaluator Scores given Signature and date alice 14 bob 14");
        assertThat(List.of(northwind, fabrikam, contoso, evaluators)).doesNotContain(-1).isSorted();

        String nw = text.substring(northwind, fabrikam);
        assertThat(nw).contains("Knock-outs failed None.",
                "PACS-16 Comply Partly met Comply not supported by the statements Answers Comply, but its Integration "
                        + "Statements support it only in part: Claims Image Manager/Image Archive of SWF.b without the "
                        + "option 'Availability of PPS-Referenced Instances'.",
                "No. Scores by evaluator Spread Comments PACS-25 alice: 1 bob: 4 3 alice: Roadmap only; no date in "
                        + "the contract.");
        String fh = text.substring(fabrikam, contoso);
        assertThat(fh).contains("No Integration Statement submitted.",
                "None can be checked: the bidder submitted no Integration Statement.");
        String co = text.substring(contoso, evaluators);
        assertThat(co).contains("No. Requirement Why PACS-15 " + Evaluations.requirement("PACS-15").text()
                + " Answers No.", "PACS-13 Comply Partly met Comply not supported by the statements");
    }

    @Test
    void aBidderThatFailsSeveralKnockOutsListsThemInRequirementOrder() {
        byte[] only = REPORT.pdf(Evaluations.pacsOnly(), "Imaging renewal 2027", 1);
        String t = Pdfs.text(only);
        int a = t.indexOf("PACS-13 " + Evaluations.requirement("PACS-13").text() + " No answer.");
        int b = t.indexOf("PACS-15 " + Evaluations.requirement("PACS-15").text() + " No answer.");
        int c = t.indexOf("PACS-16 " + Evaluations.requirement("PACS-16").text() + " No answer.");
        assertThat(List.of(a, b, c)).doesNotContain(-1).isSorted();
        assertThat(t).contains("bids for PACS.", "The plan keeps the defaults", "Nobody has scored yet.");
    }

    @Test
    void longTablesRepeatTheirHeadingsOnEveryPageAndNoPageEndsWithHeadingsAlone() throws IOException {
        Evaluation e = Evaluations.longTables();
        assertThat(e.bidders().getFirst().disputed()).hasSize(25);
        byte[] big = REPORT.pdf(e, "Imaging renewal 2027", 3);
        assertThat(VeraPdf.failures(big, PDFAFlavour.PDFUA_1)).isEmpty();
        List<String> pages = Pdfs.pages(big);
        assertThat(pages.size()).isBetween(5, 12);
        String disputedHead = "No. Scores by evaluator Spread Comments";
        assertThat(pages.stream().filter(p -> p.contains(disputedHead))).hasSizeGreaterThan(1);
        for (String page : pages) {
            for (String head : List.of(disputedHead, "What the statements show", "Requirement Why")) {
                assertThat(page).as(page).doesNotEndWith(head);
            }
            if (page.contains(disputedHead) && !page.contains("Requirements the evaluators disagree on")) {
                assertThat(page).as("a page the disputes run on to").startsWith(disputedHead);
            }
        }
        for (BufferedImage page : PageImages.render(big, PAGES, "evaluation-long")) {
            assertThat(PageImages.inkAtTheEdges(page)).isEmpty();
        }
        assertNoHeadingsAlone(pdf);
    }

    /**
     * A bidder disputed on 45 requirements: the report lists the first
     * {@value EvaluationReport#ROWS_PER_LIST} and says where the rest are, so that the document
     * stays bounded whatever the evaluation.
     */
    @Test
    void aBiddersListsStopAtTheirLimitAndSayWhereTheRestAre() {
        List<org.rspnavigator.procurement.rfp.Requirement> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            many.add(new org.rspnavigator.procurement.rfp.Requirement("PACS-%02d".formatted(i),
                    org.rspnavigator.procurement.rfp.RequirementLevel.SHOULD, "pacs", "data",
                    new org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport("dicom"),
                    "The proposed PACS SHOULD support requirement " + i + ".", "why",
                    org.rspnavigator.procurement.rfp.RequirementOrigin.PORTFOLIO));
        }
        var none = new org.rspnavigator.procurement.statement.Coverage(0, 0, 0, 0);
        var matrix = new org.rspnavigator.procurement.statement.BidderMatrix(many, List.of(), many.stream()
                .map(r -> List.<org.rspnavigator.procurement.statement.GapRow>of()).toList(), List.of(), List.of(),
                List.of(new org.rspnavigator.procurement.statement.BidderMatrix.SystemRows("pacs", "PACS",
                        java.util.stream.IntStream.range(0, many.size()).boxed().toList())), List.of());
        List<org.rspnavigator.procurement.evaluation.Score> scores = new java.util.ArrayList<>();
        for (var r : many) {
            scores.add(new org.rspnavigator.procurement.evaluation.Score("Contoso", r.number(), "alice", 1, ""));
            scores.add(new org.rspnavigator.procurement.evaluation.Score("Contoso", r.number(), "bob", 4, ""));
        }
        Evaluation e = Evaluation.of(matrix, java.util.Map.of("Contoso", new org.rspnavigator.procurement.response
                .BidderResponse(1, many.stream().map(r -> new org.rspnavigator.procurement.response.BidderAnswer(
                        r.number(), org.rspnavigator.procurement.response.Answer.COMPLY, java.util.Optional.empty(), "",
                        "")).toList(), List.of(), List.of())),
                org.rspnavigator.procurement.evaluation.EvaluationPlan.DEFAULT, scores);
        assertThat(e.bidders().getFirst().disputed()).hasSize(45);
        String t = String.join(" ", Pdfs.pages(REPORT.pdf(e, "Imaging renewal 2027", 1))).replaceAll("\\s+", " ");
        assertThat(t).contains("PACS-40 alice: 1 bob: 4 3").doesNotContain("PACS-41 alice")
                .contains("The first 40 of 45 are listed here, in requirement order; the Scores sheet of the "
                        + "evaluation workbook lists every one.");
    }

    private static void assertNoHeadingsAlone(byte[] pdf) {
        for (String page : Pdfs.pages(pdf)) {
            for (String head : List.of("Scores by evaluator Spread Comments", "What the statements show",
                    "Requirement Why", "Knock-out", "Standing Scored")) {
                assertThat(page).as(page).doesNotEndWith(head);
            }
        }
    }

    @Test
    void hostileAndLongBidderNamesAreEscapedAndStayOnThePage() throws IOException {
        String script = "<script>alert('bid')</script> & Co";
        String longName = "Northwind" + "ImagingSystemsAndIntegrationServices".repeat(9);
        longName = longName.substring(0, 300);
        byte[] hostile = REPORT.pdf(Evaluations.scenario(List.of(script, longName)), "<b>Imaging</b> & renewal", 4);
        assertThat(VeraPdf.failures(hostile, PDFAFlavour.PDFUA_1)).isEmpty();
        Pdfs.assertTaggedWithEmbeddedFonts(hostile, 842f, 595f);
        assertThat(Pdfs.pageCount(hostile)).isBetween(2, 8);
        String t = Pdfs.text(hostile);
        assertThat(t).contains("<b>Imaging</b> & renewal", "3 " + script + " 60.0% Qualifies 5 of 5");
        // The long name wraps inside its cell, broken wherever it must be.
        assertThat(t.replace(" ", "")).contains("3" + longName + "60.0%Qualifies5of5");
        for (BufferedImage page : PageImages.render(hostile, PAGES, "evaluation-hostile")) {
            assertThat(PageImages.inkAtTheEdges(page)).isEmpty();
        }
        assertNoHeadingsAlone(hostile);
    }
}
