package org.rspnavigator.documents.statement;

import static org.rspnavigator.markup.Markup.escape;

import java.util.List;

import org.rspnavigator.documents.pdf.Resources;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.statement.GapRow;

/**
 * The table of requirements and fits that the gap report and the bidder comparison share: the
 * requirement's number, level and text, then the fits. A fit is printed as a word and shaded, never
 * told by colour alone.
 */
final class FitTable {

    /** A column after the requirement's. */
    record Column(String cssClass, String label) {
    }

    /** The styles of the table, for a document's stylesheet to build on. */
    static final String CSS = Resources.text(FitTable.class, "fit-table.css");

    /** What the fits mean, printed under the table. */
    static final String ABOUT = "Met: the statement claims the actor with every option the requirement names. Partly "
            + "met: it claims the actor without some of the options. Not met: it does not claim the actor. Not assessed: "
            + "the requirement is on a standard that an Integration Statement does not cover; the product's DICOM or "
            + "HL7 conformance statement says whether it is supported. A requirement on a portfolio entry that is an "
            + "IHE profile is met when any actor of that profile is claimed. An Integration Statement is the vendor's "
            + "own declaration: confirm what matters in testing.";

    private FitTable() {
    }

    /** The table's start: its column headings, repeated on every page, and the body's opening tag. */
    static void start(StringBuilder b, List<Column> columns) {
        head(b, columns);
        b.append("<tbody>");
    }

    /** The table's start: its column headings, repeated on every page; the caller opens each body. */
    static void head(StringBuilder b, List<Column> columns) {
        b.append("<table class=\"fits\"><thead><tr><th scope=\"col\" class=\"c-no\">No.</th>")
                .append("<th scope=\"col\" class=\"c-level\">Level</th>")
                .append("<th scope=\"col\" class=\"c-requirement\">Requirement</th>");
        for (Column c : columns) {
            b.append("<th scope=\"col\" class=\"").append(escape(c.cssClass())).append("\">").append(escape(c.label()))
                    .append("</th>");
        }
        b.append("</tr></thead>");
    }

    /** Opens a requirement's row with its number, level and text. */
    static void requirementCells(StringBuilder b, Requirement r) {
        b.append("<tr><th scope=\"row\" class=\"no\">").append(escape(r.number())).append("</th><td class=\"level\">")
                .append(r.level().label()).append("</td><td class=\"requirement\">").append(escape(r.text()))
                .append("</td>");
    }

    /** A fit's cell: the word, shaded by fit. */
    static void fitCell(StringBuilder b, GapRow row) {
        b.append("<td class=\"fit ").append(row.fit().slug()).append("\">")
                .append(row.fit().label()).append("</td>");
    }
}
