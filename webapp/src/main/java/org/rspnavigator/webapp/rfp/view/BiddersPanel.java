package org.rspnavigator.webapp.rfp.view;

import java.util.ArrayList;
import java.util.List;

import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.statement.BidderMatrix;
import org.rspnavigator.procurement.statement.GapRow;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.products.Product;
import org.rspnavigator.webapp.products.ProductService;
import org.rspnavigator.webapp.rfp.RfpBidderService;
import org.rspnavigator.webapp.rfp.RfpBidderStatement;
import org.rspnavigator.webapp.widgets.Downloads;
import org.rspnavigator.webapp.widgets.Formats;
import org.rspnavigator.webapp.widgets.Tables;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The bidders' IHE Integration Statements of the saved revision: imported from a file or taken
 * from a published product, listed with a gap analysis each, and the evidence matrix of every
 * requirement against every bidder.
 */
public final class BiddersPanel extends Div {

    /** A statement file received before the bidder was named, kept until it is imported. */
    private org.rspnavigator.procurement.statement.IntegrationStatement pendingStatement;
    private String pendingFile = "";

    private static final long serialVersionUID = 1L;

    private final DraftState state;
    private final RfpBidderService bidders;
    private final ProductService products;

    public BiddersPanel(DraftState state, RfpBidderService bidders, ProductService products) {
        this.state = state;
        this.bidders = bidders;
        this.products = products;
        setId("bidders-panel");
    }

    /** Shows the statements imported so far and their matrix. */
    public void show() {
        removeAll();
        AccountPrincipal user = CurrentUser.require();
        add(new H2("Bidders' IHE Integration Statements"));
        Paragraph intro = new Paragraph("Import the IHE Integration Statement of each product a bidder offers (the JSON "
                + "file, or a statement PDF made by RSP Navigator), or take a published product. Each requirement of the "
                + "saved revision is then marked met, partly met, not met or not assessed for every bidder.");
        intro.addClassName("rsp-intro");
        add(intro);
        importForm(user);
        List<RfpBidderStatement> statements = bidders.list(user, state.projectId());
        if (statements.isEmpty()) {
            add(new Paragraph("No statement imported yet."));
            return;
        }
        add(statementList(user, statements));
        matrix(user);
    }

    private void importForm(AccountPrincipal user) {
        long projectId = state.projectId();
        TextField bidder = new TextField("Bidder");
        bidder.setId("bidder-name");
        bidder.setMaxLength(FieldLimits.NAME);
        Paragraph result = new Paragraph();
        result.setId("bidder-status");
        result.getElement().setAttribute("role", "status");
        // The name is sent as it is typed, so a file dropped right after typing finds it on the server.
        bidder.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        Button importPending = new Button("Import the file");
        importPending.setId("bidder-import-pending");
        importPending.setVisible(false);
        Upload[] uploadRef = new Upload[1];
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                var statement = products.read(bytes);
                if (bidder.getValue().isBlank()) {
                    // Keep the file rather than refuse it: it is imported once the bidder is named.
                    importPending.setText("Import " + metadata.fileName());
                    importPending.setVisible(true);
                    importPending.getElement().setProperty("title", metadata.fileName());
                    pendingFile = metadata.fileName();
                    pendingStatement = statement;
                    result.setText("Name the bidder who submitted " + metadata.fileName() + ", then import it.");
                    bidder.focus();
                    return;
                }
                bidders.add(CurrentUser.require(), projectId, bidder.getValue(), statement, metadata.fileName());
                show();
            } catch (IllegalArgumentException e) {
                uploadRef[0].clearFileList();
                result.setText("Not imported. " + e.getMessage());
            }
        }));
        uploadRef[0] = upload;
        importPending.addClickListener(e -> {
            if (pendingStatement == null) {
                return;
            }
            try {
                bidders.add(CurrentUser.require(), projectId, bidder.getValue(), pendingStatement, pendingFile);
                pendingStatement = null;
                show();
            } catch (IllegalArgumentException ex) {
                result.setText("Not imported. " + ex.getMessage());
            }
        });
        upload.setId("bidder-upload");
        upload.setAcceptedFileTypes("application/json", ".json", "application/pdf", ".pdf");
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button("Import a statement file…"));
        upload.addFileRejectedListener(e -> result.setText("Refused: " + e.getErrorMessage()));
        ComboBox<Product> published = new ComboBox<>("or a published product");
        published.setItems(products.list(user).stream().filter(Product::isPublished).toList());
        published.setItemLabelGenerator(p -> p.getName() + " " + p.getProductVersion() + " ("
                + p.getOrganization().getName() + ")");
        published.setWidth("24rem");
        published.setId("bidder-product");
        Button take = new Button("Add", e -> {
            if (published.getValue() == null) {
                result.setText("Choose a published product.");
                return;
            }
            try {
                Product p = published.getValue();
                bidders.add(CurrentUser.require(), projectId, bidder.getValue(), products.statement(p),
                        "product " + p.getId() + " (" + p.getName() + " " + p.getProductVersion() + ")");
                show();
            } catch (IllegalArgumentException ex) {
                result.setText("Not added. " + ex.getMessage());
            }
        });
        take.setId("add-bidder-product");
        Div form = new Div(bidder, upload, importPending, published, take);
        form.addClassName("rsp-form-row");
        add(form, result);
    }

    private Component statementList(AccountPrincipal user, List<RfpBidderStatement> statements) {
        long projectId = state.projectId();
        NativeTable list = Tables.table("bidder-statements", "Statements imported",
                List.of("Bidder", "Product", "From", "Imported", "Actions"));
        for (RfpBidderStatement s : statements) {
            IntegrationStatement statement = bidders.statement(s);
            Button remove = new Button("Remove", e -> {
                bidders.remove(CurrentUser.require(), projectId, s.getId());
                show();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel("Remove " + s.getBidder() + " " + statement.productName());
            Tables.body(list).add(new NativeTableRow(Tables.rowHeader(new Span(s.getBidder())),
                    new NativeTableCell(statement.vendor() + " — " + statement.productName() + " " + statement.version()),
                    new NativeTableCell(s.getSource()),
                    new NativeTableCell(Formats.WHEN.format(s.getImportedAt()) + " by " + s.getImportedBy()),
                    new NativeTableCell(Downloads.link("gaps-" + s.getId(), "Gap analysis (PDF)",
                            bidders.gapReport(user, projectId, s.getId())), remove)));
        }
        return list;
    }

    private void matrix(AccountPrincipal user) {
        long projectId = state.projectId();
        BidderMatrix matrix = bidders.matrix(user, projectId);
        add(new H2("Evidence matrix"));
        List<String> headings = new ArrayList<>(List.of("No.", "Level", "Requirement"));
        headings.addAll(matrix.bidders());
        NativeTable table = Tables.table("bidder-matrix", "Requirements and what each bidder's statements claim",
                headings);
        NativeTableBody body = Tables.body(table);
        for (int i = 0; i < matrix.requirements().size(); i++) {
            Requirement r = matrix.requirements().get(i);
            NativeTableRow row = new NativeTableRow(Tables.rowHeader(new Span(r.number())),
                    new NativeTableCell(r.level().label()), new NativeTableCell(r.text()));
            row.getElement().setAttribute("data-number", r.number());
            for (GapRow cell : matrix.rows().get(i)) {
                Span fit = new Span(cell.fit().label());
                fit.addClassName("rsp-fit-" + cell.fit().slug());
                fit.getElement().setAttribute("title", cell.explanation());
                row.add(new NativeTableCell(fit));
            }
            body.add(row);
        }
        NativeTableRow shall = new NativeTableRow(Tables.rowHeader(new Span("SHALL met")), new NativeTableCell(),
                new NativeTableCell());
        shall.setId("bidder-shall-totals");
        for (var c : matrix.shallTotals()) {
            shall.add(new NativeTableCell(c.met() + " of " + c.total()));
        }
        body.add(shall);
        Div downloads = new Div(
                Downloads.link("download-matrix-csv", "Evidence matrix (CSV)", bidders.matrixCsv(user, projectId)),
                Downloads.link("download-matrix-pdf", "Evidence matrix (PDF)", bidders.matrixPdf(user, projectId)));
        downloads.addClassName("rsp-actions");
        add(downloads, table);
    }
}
