package org.rspnavigator.documents.rfp;

import static org.rspnavigator.markup.Markup.escape;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.rspnavigator.documents.pdf.Resources;
import org.rspnavigator.model.IheDomain;
import org.rspnavigator.model.Profile;

/**
 * The IHE Integration Statement table of Appendix F of the IHE Technical Frameworks General
 * Introduction (Table F.2-1) as XHTML for {@link org.rspnavigator.documents.pdf.PdfRenderer}: the
 * head with the title, the Vendor / Product Name / Version / Date cells and the declaration; the
 * body with one row per actor, the profile cell spanning its actors' rows and profiles under domain
 * heading rows; and the foot with the links. Shared by the checklist a buyer holds bidders' statements
 * against and the statement a vendor publishes, so that the two look alike.
 *
 * <p>The table is drawn as three tables (head, body, foot) that join up, so that the body's column
 * headings repeat on every page it runs over. Its styles are {@link #CSS}; a document's own
 * stylesheet comes after them and sets the column widths.
 */
public final class AppendixFTable {

    /**
     * The declaration IHE Integration Statements carry, word for word as Appendix F prescribes it.
     */
    public static final String DECLARATION = "This product implements all transactions required in the IHE Technical "
            + "Framework to support the IHE Integration Profiles, Actors and Options listed below:";

    /** The styles of the table. */
    public static final String CSS = Resources.text(AppendixFTable.class, "appendix-f.css");

    /** A column heading the body has beyond the three of Appendix F. */
    public record Heading(String cssClass, String label) {
        public Heading {
            Objects.requireNonNull(cssClass, "cssClass");
            Objects.requireNonNull(label, "label");
        }
    }

    /** One profile of the body and its actors, whose rows the profile cell spans. */
    public record ProfileRows<T>(Profile profile, List<T> actors) {
        public ProfileRows {
            Objects.requireNonNull(profile, "profile");
            actors = List.copyOf(actors);
            if (actors.isEmpty()) {
                throw new IllegalArgumentException("a profile row needs at least one actor: " + profile.id());
            }
        }
    }

    private AppendixFTable() {
    }

    /**
     * The head: title row, the Vendor / Product Name / Version / Date labels, a row with their
     * values (empty cells to fill in by hand when {@code values} is empty) and the declaration.
     *
     * @param values vendor, product name, version and date as plain text, or none
     */
    public static void head(StringBuilder b, List<String> values) {
        if (!values.isEmpty() && values.size() != 4) {
            throw new IllegalArgumentException("the head has four values: vendor, product name, version, date");
        }
        b.append("<table class=\"statement head\"><tbody>")
                .append("<tr><th scope=\"colgroup\" colspan=\"4\" class=\"title\">IHE Integration Statement</th></tr>")
                .append("<tr class=\"labels\"><th scope=\"col\">Vendor</th><th scope=\"col\">Product Name</th>")
                .append("<th scope=\"col\">Version</th><th scope=\"col\">Date</th></tr>")
                .append("<tr class=\"fill\">");
        for (int i = 0; i < 4; i++) {
            b.append("<td>").append(values.isEmpty() ? "" : escape(values.get(i))).append("</td>");
        }
        b.append("</tr><tr><td colspan=\"4\" class=\"declaration\">").append(escape(DECLARATION))
                .append("</td></tr></tbody></table>");
    }

    /**
     * The body: the column headings Profiles / Actors / Options Implemented and {@code extra}, then
     * per profile a domain heading row when the domain changes, and one row per actor.
     *
     * @param profileNote XHTML added to a profile's cell under its name ("" for none)
     * @param actorCells  writes the cells of one actor's row after the profile cell
     */
    public static <T> void body(StringBuilder b, List<Heading> extra, List<ProfileRows<T>> profiles,
            Function<Profile, String> profileNote, BiConsumer<StringBuilder, T> actorCells) {
        int columns = 3 + extra.size();
        b.append("<table class=\"statement body\"><thead><tr>")
                .append("<th scope=\"col\" class=\"c-profile\">Profiles Implemented</th>")
                .append("<th scope=\"col\" class=\"c-actor\">Actors Implemented</th>")
                .append("<th scope=\"col\" class=\"c-options\">Options Implemented</th>");
        for (Heading h : extra) {
            b.append("<th scope=\"col\" class=\"").append(escape(h.cssClass())).append("\">").append(escape(h.label()))
                    .append("</th>");
        }
        b.append("</tr></thead>");
        IheDomain domain = null;
        for (ProfileRows<T> rows : profiles) {
            Profile p = rows.profile();
            // One tbody per profile, kept on one page by the stylesheet, so that the profile cell that
            // spans its actor rows is never split; the domain row travels with its first profile.
            b.append("<tbody>");
            if (p.domain() != domain) {
                domain = p.domain();
                b.append("<tr class=\"domain\"><th scope=\"colgroup\" colspan=\"").append(columns).append("\">")
                        .append(escape(domain.label())).append("</th></tr>");
            }
            for (int a = 0; a < rows.actors().size(); a++) {
                b.append("<tr>");
                if (a == 0) {
                    b.append("<th scope=\"rowgroup\" class=\"profile\" rowspan=\"").append(rows.actors().size())
                            .append("\">").append(escape(p.name())).append(" <span class=\"acronym\">(")
                            .append(escape(p.acronym())).append(")</span>").append(profileNote.apply(p)).append("</th>");
                }
                actorCells.accept(b, rows.actors().get(a));
                b.append("</tr>");
            }
            b.append("</tbody>");
        }
        b.append("</table>");
    }

    /**
     * The foot: the vendor's IHE information, the HL7 and DICOM conformance statements, and a
     * last row. The cells are XHTML ("" for an empty cell to fill in by hand).
     */
    public static void foot(StringBuilder b, String vendorInformation, String hl7, String dicom, String lastLabel,
            String last) {
        b.append("<table class=\"statement foot\"><colgroup><col class=\"links\"/><col class=\"kind\"/><col/></colgroup><tbody>")
                .append("<tr><th scope=\"row\" colspan=\"2\">Internet address for vendor's IHE information</th><td>")
                .append(vendorInformation).append("</td></tr>")
                .append("<tr><th scope=\"rowgroup\" rowspan=\"2\" class=\"links\">Links to Standards Conformance ")
                .append("Statements for the Implementation</th><th scope=\"row\" class=\"kind\">HL7</th><td>")
                .append(hl7).append("</td></tr>")
                .append("<tr><th scope=\"row\" class=\"kind\">DICOM</th><td>").append(dicom).append("</td></tr>")
                .append("<tr><th scope=\"row\" colspan=\"2\">").append(escape(lastLabel)).append("</th><td>")
                .append(last).append("</td></tr>")
                .append("</tbody></table>");
    }
}
