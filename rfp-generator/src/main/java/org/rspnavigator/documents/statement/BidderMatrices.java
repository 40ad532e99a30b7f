package org.rspnavigator.documents.statement;

import static org.rspnavigator.markup.Markup.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    private final PdfRenderer renderer = new PdfRenderer();

    /**
     * The matrix as CSV (UTF-8 with a byte-order mark, RFC 4180, CRLF, guarded against formulas):
     * No., Level, Requirement and one column per bidder with the fit, then a row with each bidder's
     * SHALL requirements met and one with all requirements met ("9 of 12 (75%)", of those assessed).
     */
    public byte[] csv(BidderMatrix matrix) {
        List<String> header = new ArrayList<>(List.of("No.", "Level", "Requirement"));
        header.addAll(matrix.bidders());
        CsvWriter out = new CsvWriter().row(header);
        for (int i = 0; i < matrix.requirements().size(); i++) {
            Requirement r = matrix.requirements().get(i);
            List<String> cells = new ArrayList<>(List.of(r.number(), r.level().label(), r.text()));
            matrix.rows().get(i).forEach(cell -> cells.add(cell.fit().label()));
            out.row(cells);
        }
        out.row(totals("SHALL", "SHALL requirements met, of those assessed", matrix.shallTotals()));
        out.row(totals("All", "All requirements met, of those assessed", matrix.allTotals()));
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
                + "Statements of " + bidders.size() + " bidders. Percentages are of the requirements each "
                + "statement can speak to." + (keyed ? " The columns of the requirements are headed by each bidder's "
                        + "key, B1 to B" + bidders.size() + ", as this table gives them." : ""))).append("</p>");
        b.append("<table class=\"counts totals\"><thead><tr>");
        if (keyed) {
            b.append("<th scope=\"col\" class=\"c-key\">Key</th>");
        }
        b.append("<th scope=\"col\">Bidder</th><th scope=\"col\" class=\"c-total\">SHALL requirements met</th>"
                + "<th scope=\"col\" class=\"c-total\">All requirements met</th></tr></thead><tbody>");
        for (int j = 0; j < bidders.size(); j++) {
            b.append("<tr>");
            if (keyed) {
                b.append("<td class=\"key\">").append(key(j)).append("</td>");
            }
            b.append("<th scope=\"row\">").append(escape(bidders.get(j))).append("</th><td class=\"shall\">")
                    .append(escape(matrix.shallTotals().get(j).describe())).append("</td><td>")
                    .append(escape(matrix.allTotals().get(j).describe())).append("</td></tr>");
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
            FitTable.start(b, columns);
            for (int i = 0; i < matrix.requirements().size(); i++) {
                FitTable.requirementCells(b, matrix.requirements().get(i));
                matrix.rows().get(i).subList(from, to).forEach(cell -> FitTable.fitCell(b, cell));
                b.append("</tr>");
            }
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

    private static List<String> totals(String level, String label, List<Coverage> totals) {
        List<String> cells = new ArrayList<>(List.of("", level, label));
        totals.forEach(c -> cells.add(c.describe()));
        return cells;
    }

    private static void totalsRow(StringBuilder b, String label, List<Coverage> totals) {
        b.append("<tr class=\"total\"><th scope=\"row\" colspan=\"3\">").append(escape(label)).append("</th>");
        totals.forEach(c -> b.append("<td>").append(escape(c.describe())).append("</td>"));
        b.append("</tr>");
    }
}
