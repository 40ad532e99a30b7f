package org.rspnavigator.documents.statement;

import static org.rspnavigator.markup.Markup.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.rspnavigator.documents.csv.CsvWriter;
import org.rspnavigator.documents.pdf.PdfDocument;
import org.rspnavigator.documents.pdf.PdfRenderer;
import org.rspnavigator.documents.pdf.Resources;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.statement.BidderMatrix;
import org.rspnavigator.procurement.statement.Coverage;

/**
 * A comparison of bidders ({@link BidderMatrix}, made by
 * {@link org.rspnavigator.procurement.statement.GapAnalysis#compare}) written out: as CSV for the
 * evaluation spreadsheet and as a landscape PDF for the evaluation file. Immutable and safe to share
 * between threads.
 */
public final class BidderMatrices {

    private static final String CSS = FitTable.CSS + Resources.text(BidderMatrices.class, "bidder-matrix.css");
    /** The most bidders one table of the PDF compares: each fit column stays about 20 mm wide. */
    static final int BIDDERS_PER_TABLE = 6;
    /** The longest name that heads a column of the PDF; longer names are given by key. */
    static final int LONGEST_HEADING = 30;

    /** How the documents count, said once under the totals. */
    static final String PERCENTAGES = "A bidder is not scored on the requirements of systems it does not bid for "
            + "(\u201cNot bid\u201d). Percentages are of all the requirements counted, those not assessed included, "
            + "rounded down.";

    private final PdfRenderer renderer = new PdfRenderer();

    /**
     * The matrix as CSV (UTF-8 with a byte-order mark, RFC 4180, CRLF, guarded against formulas):
     * System, No., Level, Requirement and one column per bidder with the fit, the requirements grouped
     * by system; then a row with the systems each bidder bids for, and one with each bidder's SHALL
     * coverage and one with its coverage of all requirements, each the sentence the view prints
     * ({@link BidderMatrix#shallSummary}, {@link BidderMatrix#allSummary}).
     */
    public byte[] csv(BidderMatrix matrix) {
        List<String> header = new ArrayList<>(List.of("System", "No.", "Level", "Requirement"));
        header.addAll(matrix.bidders());
        CsvWriter out = new CsvWriter().row(header);
        for (BidderMatrix.SystemRows system : matrix.systems()) {
            for (int i : system.rows()) {
                Requirement r = matrix.requirements().get(i);
                List<String> cells = new ArrayList<>(List.of(system.name(), r.number(), r.level().label(), r.text()));
                matrix.rows().get(i).forEach(cell -> cells.add(cell.fit().label()));
                out.row(cells);
            }
        }
        int bidders = matrix.bidders().size();
        out.row(totals("Bids for", IntStream.range(0, bidders).mapToObj(matrix::bidsForText).toList()));
        out.row(totals("SHALL requirements", IntStream.range(0, bidders).mapToObj(matrix::shallSummary).toList()));
        out.row(totals("All requirements", IntStream.range(0, bidders).mapToObj(matrix::allSummary).toList()));
        return out.bytes();
    }

    /**
     * The matrix as a landscape A4 tagged PDF (PDF/UA-1, PDF/A-3u), its column headings on every page.
     * At most {@value #BIDDERS_PER_TABLE} bidders share a table, so that a fit stays readable; more
     * bidders get a table each {@value #BIDDERS_PER_TABLE}, starting on a new page. Where a name is
     * longer than {@value #LONGEST_HEADING} characters, every column is headed by the bidder's key
     * (B1, B2, ...), which the totals table at the top gives beside each name: a long name in a narrow
     * column, broken letter by letter, made a heading taller than the page, which the renderer cannot
     * lay out.
     */
    public byte[] pdf(BidderMatrix matrix, String projectName) {
        List<String> bidders = matrix.bidders();
        boolean keyed = bidders.stream().anyMatch(name -> name.length() > LONGEST_HEADING);
        StringBuilder b = new StringBuilder(32 * 1024);
        b.append("<h1>Bidder comparison: IHE Integration Statements</h1>");
        b.append("<p class=\"project\">").append(escape(projectName)).append("</p>");
        b.append("<p>").append(escape(matrix.requirements().size() + " requirements held against the Integration "
                + "Statements of " + bidders.size() + " bidders, grouped by system. " + PERCENTAGES + (keyed ? " The columns of the requirements are headed by each bidder's "
                        + "key, B1 to B" + bidders.size() + ", as this table gives them." : ""))).append("</p>");
        b.append("<table class=\"counts totals\"><thead><tr>");
        if (keyed) {
            b.append("<th scope=\"col\" class=\"c-key\">Key</th>");
        }
        b.append("<th scope=\"col\">Bidder</th><th scope=\"col\" class=\"c-bids\">Bids for</th>"
                + "<th scope=\"col\" class=\"c-total\">SHALL requirements</th>"
                + "<th scope=\"col\" class=\"c-total\">All requirements</th></tr></thead><tbody>");
        for (int j = 0; j < bidders.size(); j++) {
            b.append("<tr>");
            if (keyed) {
                b.append("<td class=\"key\">").append(key(j)).append("</td>");
            }
            b.append("<th scope=\"row\">").append(escape(bidders.get(j))).append("</th><td>")
                    .append(escape(matrix.bidsForText(j))).append("</td><td class=\"shall\">")
                    .append(escape(matrix.shallSummary(j))).append("</td><td>")
                    .append(escape(matrix.allSummary(j))).append("</td></tr>");
        }
        b.append("</tbody></table>");
        for (int from = 0; from < Math.max(1, bidders.size()); from += BIDDERS_PER_TABLE) {
            int to = Math.min(bidders.size(), from + BIDDERS_PER_TABLE);
            if (bidders.size() <= BIDDERS_PER_TABLE) {
                b.append("<h2>Requirements</h2>");
            } else {
                b.append(from == 0 ? "<h2>" : "<h2 class=\"part\">").append(escape("Requirements, bidders " + (keyed ? key(from) : from + 1)
                        + " to " + (keyed ? key(to - 1) : to) + " of " + bidders.size())).append("</h2>");
            }
            List<FitTable.Column> columns = new ArrayList<>();
            for (int j = from; j < to; j++) {
                columns.add(new FitTable.Column("c-bidder", keyed ? key(j) : bidders.get(j)));
            }
            FitTable.head(b, columns);
            for (BidderMatrix.SystemRows system : matrix.systems()) {
                // The system's heading shares a tbody with its first requirement, which fit-table.css
                // keeps on one page, so that a heading never ends a page alone (see architecture.md).
                b.append("<tbody class=\"group-start\"><tr class=\"system\"><th scope=\"colgroup\" colspan=\"")
                        .append(3 + to - from).append("\">").append(escape(system.name())).append("</th></tr>");
                for (int k = 0; k < system.rows().size(); k++) {
                    if (k == 1) {
                        b.append("</tbody><tbody>");
                    }
                    int i = system.rows().get(k);
                    FitTable.requirementCells(b, matrix.requirements().get(i));
                    matrix.rows().get(i).subList(from, to).forEach(cell -> FitTable.fitCell(b, cell));
                    b.append("</tr>");
                }
                b.append("</tbody>");
            }
            b.append("<tbody>");
            totalsRow(b, "SHALL requirements met", matrix.shallTotals().subList(from, to));
            totalsRow(b, "All requirements met", matrix.allTotals().subList(from, to));
            b.append("</tbody></table>");
        }
        b.append("<p class=\"closing\">").append(escape(FitTable.ABOUT)).append("</p>");
        String title = "Bidder comparison — " + projectName;
        String subject = "The requirements of " + projectName + " held against the IHE Integration Statements of "
                + String.join(", ", bidders);
        return renderer.render(new PdfDocument(title, "RSP Navigator", subject, Locale.ENGLISH, CSS, b.toString()));
    }

    /** The key of the bidder at {@code index} (from 0) in the column headings: "B1". */
    private static String key(int index) {
        return "B" + (index + 1);
    }

    private static List<String> totals(String label, List<String> perBidder) {
        List<String> cells = new ArrayList<>(List.of("", "", "", label));
        cells.addAll(perBidder);
        return cells;
    }

    private static void totalsRow(StringBuilder b, String label, List<Coverage> totals) {
        b.append("<tr class=\"total\"><th scope=\"row\" colspan=\"3\">").append(escape(label)).append("</th>");
        totals.forEach(c -> b.append("<td>").append(escape(c.metOfAll())).append("</td>"));
        b.append("</tr>");
    }
}
