package org.rspnavigator.webapp.widgets;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/** Native HTML tables as screen readers expect them: a caption, column headers with scope, row headers. */
public final class Tables {

    private Tables() {
    }

    /** A table with a visually hidden caption and the column headings; rows go into {@link #body}. */
    public static NativeTable table(String id, String caption, List<String> headings) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("rsp-portfolio-table");
        NativeTableCaption c = new NativeTableCaption();
        c.setText(caption);
        c.addClassName("rsp-visually-hidden");
        table.add(c);
        NativeTableRow row = new NativeTableRow();
        for (String h : headings) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            row.add(cell);
        }
        NativeTableHeader head = new NativeTableHeader();
        head.add(row);
        table.add(head, new NativeTableBody());
        return table;
    }

    public static NativeTableBody body(NativeTable table) {
        return table.getChildren().filter(NativeTableBody.class::isInstance).map(NativeTableBody.class::cast)
                .findFirst().orElseThrow();
    }

    /** A row header cell holding only text. */
    public static NativeTableHeaderCell rowHeader(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "row");
        return cell;
    }

    /** A row header cell (the first cell of a row, naming it). */
    public static NativeTableHeaderCell rowHeader(Component... content) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(content);
        cell.getElement().setAttribute("scope", "row");
        return cell;
    }
}
