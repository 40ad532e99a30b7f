package org.rspnavigator.documents.statement;

import static org.rspnavigator.markup.Markup.escape;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.rspnavigator.documents.pdf.PdfDocument;
import org.rspnavigator.documents.pdf.PdfRenderer;
import org.rspnavigator.documents.pdf.Resources;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.statement.Coverage;
import org.rspnavigator.procurement.statement.Fit;
import org.rspnavigator.procurement.statement.GapReport;
import org.rspnavigator.procurement.statement.GapRow;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.UnclaimedGrouping;

/**
 * A {@link GapReport} as a tagged PDF (PDF/UA-1, PDF/A-3u), A4 portrait: what was compared, the
 * summary with the SHALL coverage first and largest, the SHALL requirements not fully met, the
 * coverage per level, and then every requirement with its level, fit and explanation. Immutable and
 * safe to share between threads.
 */
public final class GapReportPdf {

    private static final String CSS = FitTable.CSS + Resources.text(GapReportPdf.class, "gap-report.css");

    private final Catalog catalog;
    private final PdfRenderer renderer = new PdfRenderer();

    public GapReportPdf(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public byte[] render(GapReport report) {
        IntegrationStatement s = report.statement();
        StringBuilder b = new StringBuilder(32 * 1024);
        b.append("<h1>Gap report: IHE Integration Statement</h1>");
        b.append("<p class=\"compared\">").append(escape(report.title())).append("</p>");
        b.append("<table class=\"facts\"><tbody>");
        fact(b, "Statement", s.vendor() + " — " + s.product());
        fact(b, "Statement date", StatementPdf.DATE.format(s.date()) + (s.revision().isBlank() ? ""
                : ", revision " + s.revision()));
        fact(b, "Catalog edition", catalog.edition().edition() + " (" + catalog.edition().sourceDocument() + ")");
        b.append("</tbody></table>");
        summary(b, report);
        b.append("<h2>Requirements</h2>");
        FitTable.start(b, List.of(new FitTable.Column("c-fit", "Fit"), new FitTable.Column("c-explanation", "Explanation")));
        for (GapRow row : report.rows()) {
            FitTable.requirementCells(b, row.requirement());
            FitTable.fitCell(b, row);
            b.append("<td class=\"explanation\">").append(escape(row.explanation())).append("</td></tr>");
        }
        b.append("</tbody></table>");
        unclaimed(b, report.unclaimedGroupings());
        b.append("<p class=\"closing\">").append(escape(FitTable.ABOUT)).append("</p>");
        String title = "Gap report — " + report.title() + " — " + s.vendor() + " " + s.product();
        String subject = "The requirements of " + report.title() + " held against the IHE Integration Statement of "
                + s.vendor() + " for " + s.product();
        return renderer.render(new PdfDocument(title, "RSP Navigator", subject, Locale.ENGLISH, CSS, b.toString()));
    }

    private static void summary(StringBuilder b, GapReport report) {
        b.append("<h2>Summary</h2>");
        Coverage shall = report.shall();
        b.append("<div class=\"headline\"><p class=\"big\">").append(shall.percentMet()).append("%</p>")
                .append("<p class=\"what\">").append(escape("of all SHALL requirements are met. "
                        + report.summary(RequirementLevel.SHALL)))
                .append("</p>");
        List<String> open = report.rows().stream().filter(r -> r.requirement().level() == RequirementLevel.SHALL)
                .filter(r -> r.fit() == Fit.NOT_MET || r.fit() == Fit.PARTLY_MET)
                .map(r -> r.requirement().number() + (r.fit() == Fit.PARTLY_MET ? " (partly met)" : "")).toList();
        b.append("<p class=\"open\">").append(escape(open.isEmpty() ? "Every SHALL requirement assessed is met."
                : "SHALL requirements not fully met: " + String.join(", ", open) + ".")).append("</p></div>");
        b.append("<table class=\"counts coverage\"><thead><tr><th scope=\"col\">Level</th><th scope=\"col\">Requirements</th>")
                .append("<th scope=\"col\">Met</th><th scope=\"col\">Partly met</th><th scope=\"col\">Not met</th>")
                .append("<th scope=\"col\">Not assessed</th><th scope=\"col\">Met of all</th></tr></thead><tbody>");
        coverageRow(b, "SHALL", shall);
        coverageRow(b, "SHOULD", report.should());
        coverageRow(b, "MAY", report.may());
        b.append("</tbody></table>");
        b.append("<p class=\"percent\">").append(escape("Percentages are of all the requirements at each level, "
                + "those not assessed included, rounded down.")).append("</p>");
    }

    /**
     * The required groupings the statement leaves unclaimed, as a section of its own; nothing when
     * there are none. Shared with the statement itself ({@link StatementPdf}).
     */
    static void unclaimed(StringBuilder b, List<UnclaimedGrouping> unclaimed) {
        if (unclaimed.isEmpty()) {
            return;
        }
        b.append("<h2>Required groupings not claimed</h2><p>").append(escape("The IHE Technical Framework requires "
                + "each actor below to be grouped with another actor that this statement does not claim. Ask the vendor "
                + "whether the product implements it, or with which product it is meant to be deployed.")).append("</p><ul class=\"unclaimed\">");
        for (UnclaimedGrouping u : unclaimed) {
            b.append("<li>").append(escape(u.sentence())).append("</li>");
        }
        b.append("</ul>");
    }

    private static void coverageRow(StringBuilder b, String level, Coverage c) {
        b.append("<tr><th scope=\"row\">").append(level).append("</th><td>").append(c.total()).append("</td><td>")
                .append(c.met()).append("</td><td>").append(c.partlyMet()).append("</td><td>").append(c.notMet())
                .append("</td><td>").append(c.notAssessed()).append("</td><td>").append(c.percentMet())
                .append("%</td></tr>");
    }

    private static void fact(StringBuilder b, String name, String value) {
        b.append("<tr><th scope=\"row\">").append(escape(name)).append("</th><td>").append(escape(value))
                .append("</td></tr>");
    }
}
