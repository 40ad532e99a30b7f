package org.rspnavigator.webapp.products.view;

import org.rspnavigator.webapp.products.Product;
import org.rspnavigator.webapp.products.ProductService;

import org.rspnavigator.webapp.products.view.ProductView;

import org.rspnavigator.webapp.widgets.Formats;
import org.rspnavigator.webapp.widgets.Tables;
import java.util.List;

import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.PermitAll;

/**
 * Products with their IHE Integration Statements: a vendor's own (published or not) and every
 * published one. Vendors start a product here or import a statement file.
 */
@Route("products")
@PageTitle("Products and IHE Integration Statements | RSP Navigator")
@PermitAll
public class ProductsView extends Div {

    private static final long serialVersionUID = 1L;

    private final ProductService products;
    private final Paragraph status = new Paragraph();

    public ProductsView(ProductService products) {
        this.products = products;
        addClassNames("rsp-view");
        status.setId("products-status");
        status.addClassName("rsp-status");
        status.getElement().setAttribute("role", "status");
        show();
    }

    private void show() {
        removeAll();
        AccountPrincipal user = CurrentUser.require();
        add(new H1("Products and IHE Integration Statements"));
        Paragraph intro = new Paragraph("A product version claims IHE profiles, actors and options; its IHE Integration "
                + "Statement says so in the layout IHE prescribes. Vendors keep their products here, checked against "
                + "the catalog, and publish them for buyers, who compare them with their RFP requirements.");
        intro.addClassName("rsp-intro");
        add(intro);
        if (ProductService.mayVend(user)) {
            RouterLink create = new RouterLink("New product", ProductView.class, ProductView.NEW);
            create.addClassName("rsp-button-link");
            create.setId("new-product");
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
                try {
                    Product p = products.importStatement(CurrentUser.require(), bytes);
                    getUI().ifPresent(ui -> ui.navigate(ProductView.class, String.valueOf(p.getId())));
                } catch (IllegalArgumentException e) {
                    status.setText("The statement was not imported. " + e.getMessage());
                }
            }));
            upload.setId("import-statement");
            upload.setAcceptedFileTypes("application/json", ".json", "application/pdf", ".pdf");
            upload.setMaxFileSize(5 * 1024 * 1024);
            upload.setMaxFiles(1);
            upload.setUploadButton(new com.vaadin.flow.component.button.Button("Import a statement (JSON or PDF)…"));
            upload.addFileRejectedListener(e -> status.setText("Refused: " + e.getErrorMessage()));
            Div actions = new Div(create, upload);
            actions.addClassName("rsp-actions");
            add(actions, status);
        }
        List<Product> items = products.list(user);
        if (items.isEmpty()) {
            add(new Paragraph("No product yet."));
            return;
        }
        NativeTable table = Tables.table("products", "Products", List.of("Product", "Version", "Vendor", "Status",
                "Last saved"));
        NativeTableBody body = Tables.body(table);
        for (Product p : items) {
            Span state = new Span(p.isPublished() ? "Published" : "Not published (only " + p.getOrganization().getName()
                    + " sees it)");
            state.addClassName(p.isPublished() ? "rsp-badge" : "rsp-muted");
            body.add(new NativeTableRow(Tables.rowHeader(new RouterLink(p.getName(), ProductView.class,
                    String.valueOf(p.getId()))), new NativeTableCell(p.getProductVersion()),
                    new NativeTableCell(products.statement(p).vendor()), new NativeTableCell(state),
                    new NativeTableCell(Formats.WHEN.format(p.getUpdatedAt()))));
        }
        add(table);
    }
}
