package org.rspnavigator.webapp.products.view;

import org.rspnavigator.webapp.products.Product;
import org.rspnavigator.webapp.products.ProductService;
import org.rspnavigator.webapp.widgets.Downloads;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The saved statement to take away: the IHE Integration Statement PDF (carrying its JSON), the JSON and the rows. */
public final class StatementDownloads extends Div {

    private static final long serialVersionUID = 1L;

    public StatementDownloads(ProductService products, Product saved) {
        Div row = new Div(
                Downloads.link("download-statement-pdf", "IHE Integration Statement (PDF)", products.statementPdf(saved)),
                Downloads.link("download-statement-json", "Statement (JSON)", products.statementJson(saved)),
                Downloads.link("download-statement-csv", "Rows (CSV)", products.statementCsv(saved)),
                Downloads.link("download-conformance-csv", "DICOM, HL7 and terminology rows (CSV)",
                        products.conformanceCsv(saved)));
        row.addClassName("rsp-actions");
        Paragraph note = new Paragraph("Made from the saved statement. The PDF carries the JSON inside it, so it can be "
                + "imported again here or by a buyer.");
        note.addClassName("rsp-muted");
        add(row, note);
    }
}
