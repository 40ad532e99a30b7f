package org.rspnavigator.documents.portfolio;

import static org.rspnavigator.markup.Markup.escape;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rspnavigator.markup.SafeMarkdown;
import org.rspnavigator.documents.pdf.PdfDocument;
import org.rspnavigator.documents.pdf.PdfRenderer;
import org.rspnavigator.documents.pdf.Resources;
import org.rspnavigator.model.AdoptionRating;
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.CatalogEdition;
import org.rspnavigator.model.Footnote;
import org.rspnavigator.model.FootnoteKind;
import org.rspnavigator.model.PortfolioTable;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Standard;

/**
 * The PDF form of a portfolio view, laid out as ISO 21860 lays out Tables 1–5: one table per
 * category, rows grouped into preferred, legacy and emerging, footnote marks beside the entries and
 * ratings they qualify and the footnotes printed under the table. Everything from the catalog is
 * escaped; the scope text is Markdown and goes through {@link SafeMarkdown}.
 */
final class PortfolioPdf {

    private static final String TITLE = "Reference Standards Portfolio — clinical imaging";

    private static final String AUTHOR = "RSP Navigator";
    private static final String CSS = Resources.text(PortfolioPdf.class, "portfolio.css");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm zzz", Locale.ENGLISH);
    private static final String HEADER_ROW = "<tr>"
            + "<th scope=\"col\" class=\"brief\">Brief name</th>"
            + "<th scope=\"col\" class=\"formal\">Formal name and scope</th>"
            + "<th scope=\"col\" class=\"maturity\">Maturity</th>"
            + "<th scope=\"col\" class=\"adoption\">Product adoption</th>"
            + "<th scope=\"col\" class=\"deployment\">Site deployment</th>"
            + "<th scope=\"col\" class=\"tooling\">Tooling</th>"
            + "</tr>";

    private final SafeMarkdown markdown;
    private final PdfRenderer renderer;

    PortfolioPdf(SafeMarkdown markdown, PdfRenderer renderer) {
        this.markdown = markdown;
        this.renderer = renderer;
    }

    byte[] render(Catalog catalog, List<Standard> standards, String filterDescription, ZonedDateTime generatedAt,
            Optional<Region> region) {
        CatalogEdition edition = catalog.edition();
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(escape(TITLE)).append("</h1>");
        body.append("<p class=\"meta\">Filter: ").append(escape(filterDescription))
                .append(" · Catalog edition ").append(escape(edition.edition()))
                .append(" (").append(escape(edition.sourceDocument())).append(')')
                .append(" · Generated ").append(escape(DATE.format(generatedAt)))
                .append("</p>");
        region.ifPresent(r -> body.append("<p class=\"meta\">").append(escape("Ratings that a footnote gives by "
                + "region show the level in " + (r == Region.ELSEWHERE ? "regions the footnotes do not name" : r.label())
                + "; the footnotes give every region's.")).append("</p>"));
        if (standards.isEmpty()) {
            body.append("<p class=\"empty\">No standard of the portfolio matches this filter.</p>")
                    .append("<p>Widen the filter, or clear it to export all ")
                    .append(catalog.standards().size()).append(" standards.</p>");
        } else {
            body.append("<p class=\"count\">").append(standards.size()).append(" of ")
                    .append(catalog.standards().size()).append(" standards.</p>");
            for (PortfolioTable table : catalog.tables()) {
                List<Standard> selected = standards.stream().filter(s -> s.category() == table.category()).toList();
                if (!selected.isEmpty()) {
                    table(body, table, selected, region);
                }
            }
        }
        body.append("<p class=\"closing\">The names, groups, ratings, footnotes, table and clause numbers are those of ")
                .append(escape(edition.sourceDocument())).append(", ").append(escape(edition.sourceTitle()))
                .append(". The scope descriptions and the wording of the footnotes are RSP Navigator's own words, "
                        + "not the text of the standard.</p>");
        String subject = edition.sourceDocument() + " portfolio: " + filterDescription + " (catalog edition "
                + edition.edition() + ")";
        return renderer.render(new PdfDocument(TITLE, AUTHOR, subject, Locale.ENGLISH, CSS, body.toString()));
    }

    private void table(StringBuilder body, PortfolioTable table, List<Standard> selected, Optional<Region> region) {
        body.append("<h2 id=\"table-").append(table.number()).append("\">Table ").append(table.number())
                .append(" — ").append(escape(table.title())).append("</h2>");
        body.append("<table class=\"portfolio\"><thead>").append(HEADER_ROW).append("</thead>");
        for (AssessmentGroup group : AssessmentGroup.values()) {
            List<Standard> rows = selected.stream().filter(s -> s.group() == group).toList();
            if (rows.isEmpty()) {
                continue;
            }
            // The sub-heading shares a tbody with the group's first entry, which portfolio.css keeps
            // on one page, so that a group's name never ends a page alone.
            body.append("<tbody class=\"group-start\"><tr class=\"group\"><th scope=\"colgroup\" colspan=\"6\">")
                    .append(escape(group.label())).append("</th></tr>");
            row(body, rows.get(0), region);
            body.append("</tbody>");
            if (rows.size() > 1) {
                body.append("<tbody>");
                rows.subList(1, rows.size()).forEach(s -> row(body, s, region));
                body.append("</tbody>");
            }
        }
        body.append("</table>");
        List<Footnote> footnotes = selected.stream().flatMap(s -> s.allFootnotes().stream()).distinct()
                .sorted(Comparator.comparing(Footnote::mark)).toList();
        if (!footnotes.isEmpty()) {
            body.append("<div class=\"footnotes\">");
            for (Footnote f : footnotes) {
                body.append("<p><span class=\"mark\">").append(escape(f.mark())).append("</span> ")
                        .append(escape(f.describe())).append("</p>");
            }
            body.append("</div>");
        }
    }

    private void row(StringBuilder body, Standard s, Optional<Region> region) {
        body.append("<tr><th scope=\"row\" class=\"brief\">").append(marked(s.briefName(), s.footnotes()))
                .append("</th><td class=\"formal\"><p class=\"formal-name\">").append(escape(s.formalName())).append("</p>")
                .append("<div class=\"scope\">").append(markdown.toXhtml(firstParagraph(s.scope()))).append("</div></td>")
                .append("<td>").append(escape(s.maturity().label())).append("</td>");
        rating(body, s.productAdoption(), region);
        rating(body, s.siteDeployment(), region);
        body.append("<td>").append(escape(s.tooling().label())).append("</td></tr>");
    }

    /**
     * A rating as the table prints it: its level, or its levels by region, and its footnote mark; with
     * a region, a rating a regional footnote qualifies gives the level there, as the view does.
     */
    private static void rating(StringBuilder body, AdoptionRating rating, Optional<Region> region) {
        boolean regional = rating.footnote().map(f -> f.kind() == FootnoteKind.REGIONAL_VARIATION).orElse(false);
        String text = region.isPresent() && regional ? PortfolioExport.rating(rating, region)
                : rating.isRegional() ? rating.describe() : rating.level().orElseThrow().label();
        body.append("<td>").append(marked(text, rating.footnote().stream().toList())).append("</td>");
    }

    /**
     * {@code text} with the marks of its footnotes after it. The last word and the marks are kept
     * together (see {@code span.keep} in portfolio.css), so that a mark never starts a line.
     */
    private static String marked(String text, List<Footnote> footnotes) {
        if (footnotes.isEmpty()) {
            return escape(text);
        }
        int lastSpace = text.lastIndexOf(' ');
        StringBuilder out = new StringBuilder(escape(text.substring(0, lastSpace + 1)))
                .append("<span class=\"keep\">").append(escape(text.substring(lastSpace + 1)));
        footnotes.forEach(f -> out.append("<sup class=\"mark\">").append(escape(f.mark())).append("</sup>"));
        return out.append("</span>").toString();
    }

    /** The scope's first paragraph: what fits a table cell; the rest is for the standard's own page. */
    private static String firstParagraph(String markdownText) {
        return markdownText.strip().split("\\R\\s*\\R", 2)[0];
    }
}
