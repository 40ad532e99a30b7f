package org.rspnavigator.webapp.products.view;

import org.rspnavigator.webapp.products.GapService;
import org.rspnavigator.webapp.products.Product;
import org.rspnavigator.webapp.products.ProductService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rspnavigator.procurement.conformance.ConformanceClaims;
import org.rspnavigator.procurement.conformance.Vocabulary;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.ProfileClaim;
import org.rspnavigator.procurement.statement.StatementLinks;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.platform.StaleEditException;
import org.rspnavigator.webapp.platform.WorkNotFoundException;
import org.rspnavigator.webapp.products.view.ClaimsChanged;
import org.rspnavigator.webapp.products.view.ClaimsPanel;
import org.rspnavigator.webapp.products.view.FindingsPanel;
import org.rspnavigator.webapp.products.view.GapAnalysisPanel;
import org.rspnavigator.webapp.products.view.StatementDownloads;
import org.rspnavigator.webapp.products.view.StatementHeaderForm;
import org.rspnavigator.webapp.products.view.StatusChanged;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * One product and its IHE Integration Statement: the header of the statement, the claimed
 * profile / actor / option rows chosen from the catalog, what the catalog finds wrong or missing
 * (with one-click fixes for missing groupings), the statement as PDF, JSON and CSV, and a gap
 * analysis against a use case and a system type, each a panel of {@code products.view}. Others'
 * published products are shown read-only.
 */
@Route("products")
@PermitAll
public class ProductView extends Div implements HasUrlParameter<String>, HasDynamicTitle,
        com.vaadin.flow.router.BeforeLeaveObserver {

    private static final long serialVersionUID = 1L;
    static final String NEW = "new";

    private final ProductService products;
    private final GapService gaps;
    private final Catalog catalog;

    private final StatementHeaderForm header;
    private final Checkbox published = new Checkbox("Published: every signed-in user of RSP Navigator may read it");
    private final ClaimsPanel claimsPanel;
    private final ConformancePanel conformancePanel;
    private final FindingsPanel findingsPanel;
    private final Paragraph status = new Paragraph();
    /** Kept while the same product is shown, so that a report stays when the product is saved. */
    private GapAnalysisPanel gapAnalysis;

    private List<ProfileClaim> claims = new ArrayList<>();
    /** The DICOM, HL7 and terminology parts, kept as loaded so that saving the claims never drops them. */
    private ConformanceClaims conformance = ConformanceClaims.NONE;
    /** The statement and published flag as last loaded or saved, to tell unsaved changes by. */
    private IntegrationStatement baseline;
    private boolean publishedBaseline;
    /** Set once the product is deleted, when leaving needs no question. */
    private boolean deleted;
    private Long id;
    private Product saved;
    private long version;
    private boolean editable;
    /** The Save (or Create product) button on screen; null when the product is read-only. */
    private Button saveButton;
    private String title = "Product | RSP Navigator";

    public ProductView(ProductService products, GapService gaps, Catalog catalog) {
        this.products = products;
        this.gaps = gaps;
        this.catalog = catalog;
        this.header = new StatementHeaderForm(catalog);
        this.claimsPanel = new ClaimsPanel(catalog);
        Vocabulary vocabulary = Vocabulary.fromClasspath();
        this.conformancePanel = new ConformancePanel(vocabulary, catalog);
        this.findingsPanel = new FindingsPanel(products, catalog, vocabulary);
        addClassNames("rsp-view", "rsp-product");
        published.setId("product-published");
        status.setId("product-status");
        status.addClassName("rsp-status");
        status.getElement().setAttribute("role", "status");
        for (Component panel : List.of(claimsPanel, findingsPanel)) {
            ComponentUtil.addListener(panel, ClaimsChanged.class, e -> {
                claims = new ArrayList<>(e.claims());
                showClaims();
            });
        }
        for (Component panel : List.of(conformancePanel, findingsPanel)) {
            ComponentUtil.addListener(panel, ConformanceChanged.class, e -> {
                conformance = e.conformance();
                showClaims();
            });
        }
        ComponentUtil.addListener(claimsPanel, StatusChanged.class, e -> status.setText(e.text()));
        ComponentUtil.addListener(conformancePanel, StatusChanged.class, e -> status.setText(e.text()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        AccountPrincipal user = CurrentUser.require();
        if (NEW.equals(parameter)) {
            if (!ProductService.mayVend(user)) {
                event.rerouteToError(NotFoundException.class, "Only vendors keep products.");
                return;
            }
            id = null;
            saved = null;
            editable = true;
            fill(new IntegrationStatement(user.organizationName(), "", "", LocalDate.now(), "",
                    new StatementLinks("", "", ""), List.of()), false);
            title = "New product | RSP Navigator";
            show();
            return;
        }
        try {
            Product product = products.get(user, Long.parseLong(parameter));
            load(user, product);
        } catch (NumberFormatException | WorkNotFoundException e) {
            event.rerouteToError(NotFoundException.class, "There is no product " + parameter + " you may see.");
        }
    }

    private void load(AccountPrincipal user, Product product) {
        id = product.getId();
        saved = product;
        version = product.getVersion();
        editable = ProductService.mayEdit(user, product);
        fill(products.statement(product), product.isPublished());
        title = product.getName() + " " + product.getProductVersion() + " | RSP Navigator";
        show();
    }

    private void fill(IntegrationStatement s, boolean isPublished) {
        header.fill(s);
        published.setValue(isPublished);
        claims = new ArrayList<>(s.profiles());
        conformance = s.conformance();
        baseline = current();
        publishedBaseline = isPublished;
    }

    /** Whether the vendor has changed the header, the claims or the published flag since the last save. */
    private boolean unsaved() {
        if (!editable || deleted || baseline == null) {
            return false;
        }
        try {
            return !current().equals(baseline) || published.getValue() != publishedBaseline;
        } catch (RuntimeException e) {
            return true;
        }
    }

    @Override
    public void beforeLeave(com.vaadin.flow.router.BeforeLeaveEvent event) {
        if (!unsaved()) {
            return;
        }
        com.vaadin.flow.router.BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        // As in the RFP editor, staying is the default answer, and it cancels the postponed navigation so that
        // the next link followed asks again rather than doing nothing.
        ConfirmDialog dialog = new ConfirmDialog("Leave without saving?", "Your changes to this product's claims "
                + "and statement are not saved yet.", "Stay", e -> action.cancel());
        dialog.addCancelListener(e -> action.cancel());
        dialog.setRejectable(true);
        dialog.setRejectText("Leave and discard them");
        dialog.setRejectButtonTheme("error tertiary");
        dialog.addRejectListener(e -> {
            deleted = true;
            action.proceed();
        });
        dialog.setId("product-leave-dialog");
        dialog.open();
    }

    private IntegrationStatement current() {
        return header.statement(claims).withConformance(conformance);
    }

    private void show() {
        removeAll();
        saveButton = null;
        RouterLink back = new RouterLink("← Products", ProductsView.class);
        back.addClassName("rsp-back");
        add(back, new H1(id == null ? "New product" : header.product()));
        header.setEditable(editable);
        published.setReadOnly(!editable);
        add(header);
        add(new H2("Profiles, actors and options implemented"));
        Paragraph how = new Paragraph("Claiming an actor declares every transaction the Technical Framework requires of "
                + "it; list the options you also implement. Names are the Technical Framework's, as the catalog has them.");
        how.addClassName("rsp-intro");
        add(how, claimsPanel);
        add(new H2("DICOM, HL7 and terminology conformance"));
        Paragraph conformanceHow = new Paragraph("What the product's DICOM Conformance Statement (PS3.2) and HL7 "
                + "interface specification say, as data: each SOP class with its roles, the DICOMweb services, the HL7 v2 "
                + "messages with version and direction, and the code systems used. Buyers' requirements on DICOM, HL7 and "
                + "terminology standards are assessed from them.");
        conformanceHow.addClassName("rsp-intro");
        add(conformanceHow, conformancePanel, findingsPanel);
        if (editable) {
            add(published);
            Button save = new Button(id == null ? "Create product" : "Save", VaadinIcon.CHECK.create(), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-product");
            saveButton = save;
            Div actions = new Div(save);
            actions.addClassName("rsp-actions");
            if (id != null) {
                Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirmDelete());
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                delete.setId("delete-product");
                actions.add(delete);
            }
            add(actions);
        }
        add(status);
        if (id != null) {
            add(new H2("The statement"), new StatementDownloads(products, saved));
            if (gapAnalysis == null || gapAnalysis.productId() != id) {
                gapAnalysis = new GapAnalysisPanel(gaps, catalog, id);
            }
            add(new H2("Gap analysis"), gapAnalysis);
        }
        showClaims();
    }

    private void showClaims() {
        IntegrationStatement statement = current();
        claimsPanel.show(statement, editable);
        conformancePanel.show(statement.conformance(), editable);
        findingsPanel.show(statement, editable);
    }

    private void save() {
        AccountPrincipal user = CurrentUser.require();
        try {
            Product product = id == null ? products.create(user, current())
                    : products.save(user, id, version, current(), published.getValue());
            if (id == null && published.getValue()) {
                product = products.save(user, product.getId(), product.getVersion(), current(), true);
            }
            Notification n = Notification.show("Saved.", 3000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            boolean created = id == null;
            load(user, product);
            if (created) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "products/" + id));
            }
            // The view is built anew; as in the RFP editor, focus goes back to Save rather than the top of the page.
            if (saveButton != null) {
                saveButton.focus();
            }
        } catch (StaleEditException | IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog("Delete this product?", "“" + header.product()
                + "” and its statement will be deleted.", "Delete", e -> {
                    try {
                        products.delete(CurrentUser.require(), id, version);
                        deleted = true;
                        getUI().ifPresent(ui -> ui.navigate(ProductsView.class));
                    } catch (StaleEditException ex) {
                        status.setText(ex.getMessage());
                    }
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
