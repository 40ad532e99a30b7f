package org.rspnavigator.documents.rfp;

import static org.rspnavigator.markup.Markup.escape;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rspnavigator.documents.pdf.PdfDocument;
import org.rspnavigator.documents.pdf.PdfRenderer;
import org.rspnavigator.documents.pdf.Resources;
import org.rspnavigator.documents.pdf.TextWidth;
import org.rspnavigator.markup.SafeMarkdown;
import org.rspnavigator.markup.Slugs;
import org.rspnavigator.model.AdoptionRating;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileStatus;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Standard;

/**
 * The RFP interoperability section as XHTML for {@link PdfRenderer}: title page, contents, how to
 * read it, the requirements by system and category, local mandates, additional clauses, the vendor
 * response matrix and the glossary. Sections are {@code h1}, systems {@code h2}, categories
 * {@code h3}, so that the bookmarks follow the document.
 */
final class RfpPdf {

    private static final String CSS = resource("rfp.css");

    private final SafeMarkdown markdown;
    private final PdfRenderer renderer;

    RfpPdf(SafeMarkdown markdown, PdfRenderer renderer) {
        this.markdown = markdown;
        this.renderer = renderer;
    }

    byte[] render(RfpContent c) {
        StringBuilder b = new StringBuilder(64 * 1024);
        titlePage(b, c);
        contents(b, c);
        howToRead(b);
        requirements(b, c);
        mandates(b, c);
        clauses(b, c);
        matrix(b, c);
        glossary(b, c);
        b.append("<p class=\"closing\">").append(keepTogether(RfpWording.closing(c.edition()), c)).append("</p>");
        String title = c.projectName + " — interoperability requirements";
        String subject = "Interoperability requirements of the request for proposals " + c.projectName + ", version "
                + c.doc.version() + " of " + c.issued() + ", made from catalog edition " + c.edition().edition() + " ("
                + c.edition().sourceDocument() + ")";
        return renderer.render(new PdfDocument(title, c.organization, subject, Locale.ENGLISH, CSS, b.toString(),
                c.numbers()));
    }

    private static void titlePage(StringBuilder b, RfpContent c) {
        b.append("<div class=\"title-page\">");
        b.append("<p class=\"kicker\">Request for proposals</p>");
        b.append("<p class=\"project\">").append(escape(c.projectName)).append("</p>");
        b.append("<p class=\"doc-title\">").append(escape(RfpWording.DOCUMENT_TITLE)).append("</p>");
        b.append("<table class=\"facts\"><tbody>");
        if (!c.organization.isEmpty()) {
            fact(b, "Organization", c.organization);
        }
        c.region().ifPresent(r -> fact(b, "Region", r));
        c.clinicalServices().ifPresent(services -> fact(b, "Clinical services", services));
        fact(b, "Version", Integer.toString(c.doc.version()));
        fact(b, "Issued", c.issued());
        b.append("<tr><th scope=\"row\">Catalog edition</th><td>").append(keepTogether(c.edition().edition() + " ("
                + c.edition().sourceDocument() + ", " + c.edition().sourceTitle() + ")", c)).append("</td></tr>");
        int count = c.items.size();
        fact(b, "Requirements", count + (count == 1 ? " numbered requirement" : " numbered requirements") + " for "
                + c.systems.size() + (c.systems.size() == 1 ? " system" : " systems"));
        fact(b, "Unconfirmed facts", RfpWording.unconfirmedCount(c.unconfirmedCount()));
        b.append("</tbody></table></div>");
    }

    /**
     * {@code text} escaped, with the source document's name ("ISO 21860:2020") kept on one line:
     * the line breaker would otherwise split it after the colon. (Requirement numbers are kept
     * whole by the line breaker itself: see {@link PdfDocument#unbreakable()}.)
     */
    static String keepTogether(String text, RfpContent c) {
        String name = escape(c.edition().sourceDocument());
        return escape(text).replace(name, "<span class=\"nowrap\">" + name + "</span>");
    }

    private static void fact(StringBuilder b, String name, String value) {
        b.append("<tr><th scope=\"row\">").append(escape(name)).append("</th><td>").append(escape(value))
                .append("</td></tr>");
    }

    private static void contents(StringBuilder b, RfpContent c) {
        b.append("<h1 id=\"contents\">").append(RfpWording.CONTENTS).append("</h1><ul class=\"toc\">");
        for (String section : c.sectionTitles()) {
            tocEntry(b, "toc-1", section, sectionId(section));
            if (section.equals(RfpWording.REQUIREMENTS)) {
                for (int i = 0; i < c.systems.size(); i++) {
                    tocEntry(b, "toc-2", c.systems.get(i).type().name(), "system-" + (i + 1));
                }
            }
        }
        b.append("</ul>");
    }

    private static void tocEntry(StringBuilder b, String cls, String title, String id) {
        b.append("<li class=\"").append(cls).append("\"><a href=\"#").append(id).append("\">").append(escape(title))
                .append("</a></li>");
    }

    static String sectionId(String section) {
        return "section-" + Slugs.slug(section);
    }

    private static void h1(StringBuilder b, String section) {
        b.append("<h1 id=\"").append(sectionId(section)).append("\">").append(escape(section)).append("</h1>");
    }

    private static void howToRead(StringBuilder b) {
        h1(b, RfpWording.HOW_TO_READ);
        b.append("<p>").append(escape(RfpWording.READ_INTRO)).append("</p>");
        b.append("<p>").append(escape(RfpWording.READ_LEVELS)).append("</p><ul class=\"levels\">");
        for (RfpWording.Level l : RfpWording.LEVELS) {
            b.append("<li><strong>").append(l.word()).append("</strong> — ").append(escape(l.meaning())).append("</li>");
        }
        b.append("</ul>");
        for (String p : List.of(RfpWording.READ_ISO, RfpWording.READ_IHE, RfpWording.READ_RATINGS,
                RfpWording.READ_GROUPING, RfpWording.READ_RESPONSE, RfpWording.READ_ANSWERS)) {
            b.append("<p>").append(escape(p)).append("</p>");
        }
        b.append("<ul class=\"levels\">");
        for (RfpWording.Answer a : RfpWording.ANSWERS) {
            b.append("<li><strong>").append(escape(a.word())).append("</strong> (with ").append(escape(a.bidderAdds()))
                    .append(") — ").append(escape(a.meaning())).append("</li>");
        }
        b.append("</ul>");
        b.append("<p>").append(escape(RfpWording.READ_SCORING)).append("</p>");
        b.append("<p>").append(escape(RfpWording.READ_UNCONFIRMED)).append("</p>");
    }

    private static void requirements(StringBuilder b, RfpContent c) {
        h1(b, RfpWording.REQUIREMENTS);
        if (c.systems.isEmpty()) {
            b.append("<p>No system and no requirement has been entered yet.</p>");
        }
        for (int i = 0; i < c.systems.size(); i++) {
            RfpContent.SystemSection s = c.systems.get(i);
            b.append("<div class=\"system-start\"><h2 id=\"system-").append(i + 1).append("\">")
                    .append(escape(s.type().name())).append("</h2>");
            b.append("<p class=\"system-meta\">");
            b.append(s.quantity().map(q -> "Quantity: " + q).orElse("Not listed among the systems procured"));
            b.append(" · ").append(s.requirementCount()).append(s.requirementCount() == 1 ? " requirement" : " requirements");
            b.append("</p>");
            paragraphs(b, "system-notes", s.notes());
            b.append("</div>");
            if (s.categories().isEmpty()) {
                b.append("<p>No requirement for this system.</p>");
            }
            for (RfpContent.CategorySection cat : s.categories()) {
                b.append("<h3>").append(escape(cat.category().label())).append("</h3>");
                cat.items().forEach(item -> requirement(b, item, c));
            }
            if (!s.withdrawn().isEmpty()) {
                b.append("<p class=\"withdrawn\">").append(escape(s.withdrawnNote())).append("</p>");
            }
        }
    }

    private static void requirement(StringBuilder b, RfpContent.Item item, RfpContent c) {
        String level = item.level();
        b.append("<div class=\"req\" id=\"req-").append(escape(anchor(item.number()))).append("\">");
        b.append("<p class=\"req-head\"><span class=\"num\">").append(escape(item.number())).append("</span> ")
                .append("<span class=\"level level-").append(level.toLowerCase(Locale.ROOT)).append("\">")
                .append(level).append("</span> ");
        if (!item.unconfirmed().isEmpty()) {
            b.append("<span class=\"mark\">").append(RfpWording.UNCONFIRMED_MARK).append("</span> ");
        }
        b.append("<span class=\"subject\">").append(escape(subjectNote(item))).append("</span></p>");
        b.append("<p class=\"req-text\">").append(escape(item.text())).append("</p>");
        for (RfpContent.Unconfirmed u : item.unconfirmed()) {
            b.append("<p class=\"unconfirmed\">").append(RfpWording.UNCONFIRMED_MARK).append(" — ")
                    .append(escape(u.line())).append("</p>");
        }
        for (RfpContent.Detail d : item.details()) {
            b.append("<p class=\"detail\"><span class=\"label\">").append(escape(d.label())).append(":</span> ")
                    .append(escape(d.value())).append("</p>");
        }
        if (!item.rationale().isEmpty()) {
            b.append("<p class=\"rationale\">Rationale: ").append(escape(item.rationale())).append("</p>");
        }
        b.append("</div>");
    }

    /** The subject as the line above a requirement shows it, with the status a buyer should notice. */
    static String subjectNote(RfpContent.Item item) {
        if (item.profile().isPresent()) {
            Profile p = item.profile().get();
            String status = p.status() == ProfileStatus.FINAL_TEXT ? "" : " (IHE status: " + p.status().label() + ")";
            return item.subjectLine() + status;
        }
        Standard s = item.standard().orElseThrow();
        String category = s.category().label().toLowerCase(Locale.ROOT).replaceFirst("s$", "");
        return s.briefName() + " · " + s.group().label().toLowerCase(Locale.ROOT) + " " + category + " (Table "
                + s.table() + ")";
    }

    private static String anchor(String number) {
        return number.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private void mandates(StringBuilder b, RfpContent c) {
        h1(b, RfpWording.MANDATES);
        if (c.mandates.isEmpty() && c.exceptions.isEmpty()) {
            b.append("<p>").append(escape(RfpWording.NO_MANDATES)).append("</p>");
            return;
        }
        for (RfpContent.Mandate m : c.mandates) {
            b.append("<div class=\"block-start\"><h2>").append(escape(m.title())).append("</h2>");
            m.standard().ifPresent(s -> b.append("<p class=\"concerns\">Concerns: ").append(escape(s.briefName()))
                    .append(" — ").append(escape(s.formalName())).append(" (").append(escape(s.group().label()))
                    .append(")</p>"));
            b.append("</div>");
            plannerText(b, m.markdown());
        }
        exceptions(b, c);
    }

    /** The exceptions to the portfolio: a table of what was proposed at SHALL, what the buyer did, and why. */
    private static void exceptions(StringBuilder b, RfpContent c) {
        if (c.exceptions.isEmpty()) {
            return;
        }
        b.append("<h2 id=\"exceptions\">").append(escape(RfpWording.EXCEPTIONS)).append("</h2>");
        b.append("<p>").append(keepTogether(RfpWording.EXCEPTIONS_INTRO, c)).append("</p>");
        String[] classes = {"x-num", "x-system", "x-proposed", "x-change", "x-reason"};
        b.append("<table class=\"exceptions\"><thead><tr>");
        for (int i = 0; i < classes.length; i++) {
            b.append("<th scope=\"col\" class=\"").append(classes[i]).append("\">")
                    .append(escape(RfpWording.EXCEPTION_HEADERS[i])).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (RfpContent.PortfolioException e : c.exceptions) {
            b.append("<tr><th scope=\"row\">").append(escape(e.number())).append("</th><td>").append(escape(e.system()))
                    .append("</td><td>").append(escape(e.proposed())).append("</td><td>").append(escape(e.change()))
                    .append("</td><td>").append(escape(e.reason())).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private void clauses(StringBuilder b, RfpContent c) {
        if (c.clauses.isEmpty()) {
            return;
        }
        h1(b, RfpWording.CLAUSES);
        for (RfpContent.Clause clause : c.clauses) {
            b.append("<h2>").append(escape(clause.title())).append("</h2>");
            plannerText(b, clause.markdown());
        }
    }

    /** The matrix's text width: A4 less the margins of base.css. */
    private static final double MATRIX_WIDTH = 210 - 2 * 14;

    /**
     * The matrix's column widths in millimetres (content widths: each cell adds {@link #CELL_EXTRA}
     * of padding and border) and the size of its numbers in points. The number column is as wide
     * as the widest number of the document, in bold, measured in the embedded font, plus a margin
     * for rounding. Numbers are printed at 8 pt, or at 7 pt when the widest is long
     * ("AUDIT-RECORD-REPOSITORY-01"); the comment and evidence columns give way before the subject
     * does, which takes what is left.
     */
    record MatrixColumns(double numberPoints, double number, double level, double subject, double answer,
            double comment, double evidence) {

        /** rfp.css: 1.2 mm of padding either side of a cell, and its 0.5 pt border. */
        static final double CELL_EXTRA = 2 * 1.2 + 0.18;

        static MatrixColumns of(RfpContent c) {
            double points = widest(c, 8) > 30 ? 7 : 8;
            double number = Math.max(11, Math.ceil((widest(c, points) + 1.2) * 10) / 10);
            // The longest level word at the matrix's 8 pt, and the longest answer at 7 pt after its
            // drawn box (2.6 mm, its border and 1.2 mm of space: rfp.css).
            double level = Math.ceil((TextWidth.millimetres("SHOULD", false, 8) + 0.6) * 10) / 10;
            double answer = Math.ceil((RfpWording.ANSWERS.stream()
                    .mapToDouble(a -> TextWidth.millimetres(answerLabel(a), false, 7)).max().orElse(0) + 4.3 + 1.2) * 10)
                    / 10;
            double minSubject = 42;
            double content = MATRIX_WIDTH - 6 * CELL_EXTRA;
            double forBidder = Math.min(52, Math.max(36, content - number - level - answer - minSubject));
            double comment = Math.floor(forBidder * 0.52 * 10) / 10;
            double evidence = Math.floor((forBidder - comment) * 10) / 10;
            return new MatrixColumns(points, number, level, content - number - level - answer - comment - evidence,
                    answer, comment, evidence);
        }

        private static double widest(RfpContent c, double points) {
            return c.items.stream().mapToDouble(i -> TextWidth.millimetres(i.number(), true, points)).max().orElse(0);
        }
    }

    /** An answer as its box is labelled: "Roadmap, date:" is followed by a line for the date. */
    static String answerLabel(RfpWording.Answer a) {
        return a.slug().equals("roadmap") ? a.word() + ", date:" : a.word();
    }

    private static String width(double mm) {
        return " style=\"width: " + String.format(Locale.ROOT, "%.1f", mm) + "mm\"";
    }

    private static void matrix(StringBuilder b, RfpContent c) {
        h1(b, RfpWording.MATRIX);
        b.append("<p>").append(escape(RfpWording.MATRIX_INTRO)).append("</p>");
        MatrixColumns w = MatrixColumns.of(c);
        b.append("<table class=\"matrix\"><thead><tr>")
                .append("<th scope=\"col\" class=\"m-num\"").append(width(w.number())).append(">No.</th>")
                .append("<th scope=\"col\" class=\"m-level\"").append(width(w.level())).append(">Level</th>")
                .append("<th scope=\"col\" class=\"m-subject\">Subject</th>")
                .append("<th scope=\"col\" class=\"m-answer\"").append(width(w.answer())).append(">Answer (tick one)</th>")
                .append("<th scope=\"col\" class=\"m-comment\"").append(width(w.comment())).append(">Comment</th>")
                .append("<th scope=\"col\" class=\"m-evidence\"").append(width(w.evidence())).append(">Evidence</th>")
                .append("</tr></thead>");
        String numberStyle = w.numberPoints() == 8 ? "" : " style=\"font-size: " + (int) w.numberPoints() + "pt\"";
        for (RfpContent.SystemSection s : c.systems) {
            List<RfpContent.Item> items = s.categories().stream().flatMap(cat -> cat.items().stream()).toList();
            if (items.isEmpty()) {
                continue;
            }
            // The system's row shares a tbody with its first requirement (kept on one page by rfp.css),
            // so that a system's name never ends a page alone.
            b.append("<tbody class=\"group-start\"><tr class=\"group\"><th scope=\"colgroup\" colspan=\"6\">")
                    .append(escape(s.type().name())).append("</th></tr>");
            matrixRow(b, items.get(0), numberStyle);
            b.append("</tbody>");
            if (items.size() > 1) {
                b.append("<tbody>");
                items.subList(1, items.size()).forEach(item -> matrixRow(b, item, numberStyle));
                b.append("</tbody>");
            }
        }
        b.append("</table>");
    }

    private static void matrixRow(StringBuilder b, RfpContent.Item item, String numberStyle) {
        b.append("<tr><th scope=\"row\" class=\"m-num\"").append(numberStyle).append(">").append(escape(item.number())).append("</th>")
                .append("<td>").append(item.level()).append("</td>")
                .append("<td class=\"m-subject\">").append(escape(item.shortSubject()));
        if (item.profile().isPresent()) {
            b.append("<div class=\"m-options\">Options: ").append(escape(item.optionsText())).append("</div>");
        }
        for (RfpContent.Unconfirmed u : item.unconfirmed()) {
            b.append("<div class=\"m-unconfirmed\">").append(RfpWording.UNCONFIRMED_MARK).append(" — ")
                    .append(escape(u.line())).append("</div>");
        }
        b.append("</td><td class=\"m-answer\">");
        for (RfpWording.Answer a : RfpWording.ANSWERS) {
            b.append("<div class=\"choice\"><span class=\"tick\"></span>").append(escape(answerLabel(a)));
            if (a.slug().equals("roadmap")) {
                b.append("<div class=\"date-line\"></div>");
            }
            b.append("</div>");
        }
        b.append("</td><td></td><td></td></tr>");
    }

    private static void glossary(StringBuilder b, RfpContent c) {
        h1(b, RfpWording.GLOSSARY);
        b.append("<p>").append(escape(RfpWording.GLOSSARY_INTRO)).append("</p>");
        Optional<Region> region = c.doc.spec().region();
        if (!c.citedStandards.isEmpty()) {
            b.append("<h2>").append(RfpWording.GLOSSARY_STANDARDS).append("</h2>");
            b.append("<table class=\"glossary\"><thead><tr><th scope=\"col\" class=\"g-name\">Standard</th>")
                    .append("<th scope=\"col\" class=\"g-full\">Formal name</th>")
                    .append("<th scope=\"col\" class=\"g-facts\">ISO 21860:2020 group and ratings</th>")
                    .append("<th scope=\"col\" class=\"g-source\">Table and clause</th></tr></thead><tbody>");
            for (Standard s : c.citedStandards) {
                b.append("<tr><th scope=\"row\">").append(escape(s.briefName())).append("</th><td>")
                        .append(escape(s.formalName()));
                s.specification().ifPresent(spec -> b.append("<div class=\"g-note\">").append(escape(spec)).append("</div>"));
                b.append("</td><td>");
                for (String[] rating : ratings(s, region)) {
                    b.append("<div>").append(escape(rating[0])).append(": ").append(escape(rating[1])).append("</div>");
                }
                b.append("</td><td>").append(escape(s.provenance())).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        if (!c.citedProfiles.isEmpty()) {
            b.append("<h2>").append(RfpWording.GLOSSARY_PROFILES).append("</h2>");
            b.append("<table class=\"glossary\"><thead><tr><th scope=\"col\" class=\"g-name\">Profile</th>")
                    .append("<th scope=\"col\" class=\"g-full\">Name</th>")
                    .append("<th scope=\"col\" class=\"g-facts\">IHE domain and status</th>")
                    .append("<th scope=\"col\" class=\"g-source\">Source</th></tr></thead><tbody>");
            for (Profile p : c.citedProfiles) {
                b.append("<tr><th scope=\"row\">").append(escape(p.acronym())).append("</th><td>")
                        .append(escape(p.name())).append("</td><td>");
                for (String[] fact : profileFacts(p)) {
                    b.append("<div>").append(escape(fact[0])).append(": ").append(escape(fact[1])).append("</div>");
                }
                b.append("</td><td>");
                profileSource(p).forEach(line -> b.append("<div>").append(escape(line)).append("</div>"));
                b.append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        if (c.citedStandards.isEmpty() && c.citedProfiles.isEmpty()) {
            b.append("<p>No standard or profile is cited yet.</p>");
        }
    }

    /** The assessment group and the four ratings, each as {label, value}; regional levels spelled out. */
    static List<String[]> ratings(Standard s, Optional<Region> region) {
        return List.of(new String[] {"Group", s.group().label()}, new String[] {"Maturity", s.maturity().label()},
                new String[] {"Product adoption", rating(s.productAdoption(), region)},
                new String[] {"Site deployment", rating(s.siteDeployment(), region)},
                new String[] {"Tooling", s.tooling().label()});
    }

    private static String rating(AdoptionRating r, Optional<Region> region) {
        String text = r.describe();
        if (region.isPresent() && r.footnote().isPresent()) {
            Optional<String> here = r.levelIn(region.get()).map(l -> l.label());
            if (here.isPresent() && r.isRegional()) {
                return here.get() + " in " + region.get().label() + " (" + text + ")";
            }
        }
        return text;
    }

    static List<String[]> profileFacts(Profile p) {
        String status = p.status().label() + (p.statusVerification().isVerified() ? "" : " (" + RfpWording.UNCONFIRMED + ")");
        return List.of(new String[] {"Domain", p.domain().label() + " (" + p.domain().code() + ")"},
                new String[] {"Status", status});
    }

    /** Where the profile is defined and, if it is a portfolio entry, where ISO 21860 lists it: one line each. */
    static List<String> profileSource(Profile p) {
        String tf = "IHE " + p.domain().label() + " Technical Framework";
        return p.portfolioEntry().map(e -> List.of(tf, "Portfolio entry " + e.briefName() + " ("
                + e.group().label().toLowerCase(Locale.ROOT) + ")", e.provenance()))
                .orElse(List.of(tf, Profile.NOT_RATED + ": not an entry of the 2020 portfolio"));
    }

    private static void paragraphs(StringBuilder b, String cls, String text) {
        if (text.isBlank()) {
            return;
        }
        for (String p : text.split("\\R\\s*\\R")) {
            b.append("<p class=\"").append(cls).append("\">");
            String[] lines = p.strip().split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    b.append("<br/>");
                }
                b.append(escape(lines[i]));
            }
            b.append("</p>");
        }
    }

    /** How deep planner Markdown may nest elements; the XML parser refuses documents deeper than 100. */
    static final int MAX_DEPTH = 60;

    /**
     * Planner Markdown, sanitized by {@link SafeMarkdown}, with its headings placed below the
     * {@code h2} it follows. Markdown nested deeper than {@link #MAX_DEPTH} elements (lists in
     * lists by indentation, emphasis in emphasis) is printed as plain text instead.
     */
    private void plannerText(StringBuilder b, String markdownText) {
        String xhtml = markdown.toXhtml(markdownText);
        b.append("<div class=\"planner-text\">");
        if (depth(xhtml) <= MAX_DEPTH) {
            b.append(shiftHeadings(xhtml, 2));
        } else {
            b.append("<p class=\"note\">[This text nests lists or quotes too deeply to lay out, and is printed as the "
                    + "planner typed it.]</p>");
            paragraphs(b, "plain", markdownText);
        }
        b.append("</div>");
    }

    /** The deepest element nesting of well-formed, sanitized XHTML (text holds no raw {@code <}). */
    static int depth(String xhtml) {
        int depth = 0;
        int max = 0;
        for (int i = xhtml.indexOf('<'); i >= 0; i = xhtml.indexOf('<', i + 1)) {
            if (i + 1 < xhtml.length() && xhtml.charAt(i + 1) == '/') {
                depth--;
            } else {
                int end = xhtml.indexOf('>', i);
                if (end > 0 && xhtml.charAt(end - 1) != '/') {
                    max = Math.max(max, ++depth);
                }
            }
        }
        return max;
    }

    private static final Pattern HEADING = Pattern.compile("<(/?)h([1-6])>");

    /**
     * Planner Markdown's headings placed under the heading at {@code parentLevel}: a heading goes at
     * most one level deeper than the one before it (so that no level is skipped, as PDF/UA asks),
     * and never above {@code parentLevel + 1}. {@link SafeMarkdown} writes headings without
     * attributes, so the pattern sees every one.
     */
    static String shiftHeadings(String xhtml, int parentLevel) {
        Matcher m = HEADING.matcher(xhtml);
        StringBuilder out = new StringBuilder(xhtml.length());
        int previous = parentLevel;
        int open = parentLevel + 1;
        while (m.find()) {
            int level;
            if (m.group(1).isEmpty()) {
                level = Math.min(6, Math.min(parentLevel + Integer.parseInt(m.group(2)), previous + 1));
                level = Math.max(level, parentLevel + 1);
                previous = level;
                open = level;
            } else {
                level = open;
            }
            m.appendReplacement(out, "<" + m.group(1) + "h" + level + ">");
        }
        m.appendTail(out);
        return out.toString();
    }

    static String resource(String name) {
        return Resources.text(RfpPdf.class, name);
    }
}
