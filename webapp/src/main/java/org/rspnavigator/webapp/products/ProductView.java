package org.rspnavigator.webapp.products;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rspnavigator.webapp.widgets.Downloads;
import org.rspnavigator.webapp.widgets.Tables;

import org.rspnavigator.documents.statement.StatementCsv;
import org.rspnavigator.documents.statement.StatementJson;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.statement.ActorClaim;
import org.rspnavigator.procurement.statement.Finding;
import org.rspnavigator.procurement.statement.GapReport;
import org.rspnavigator.procurement.statement.GapRow;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.ProfileClaim;
import org.rspnavigator.procurement.statement.Severity;
import org.rspnavigator.procurement.statement.StatementLinks;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.platform.DocumentPermits;
import org.rspnavigator.webapp.platform.FileNames;
import org.rspnavigator.webapp.platform.StaleEditException;
import org.rspnavigator.webapp.platform.WorkNotFoundException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.PermitAll;

/**
 * One product and its IHE Integration Statement: the header of the statement, the claimed
 * profile / actor / option rows chosen from the catalog, what the catalog finds wrong or missing
 * (with one-click fixes for missing groupings), the statement as PDF, JSON and CSV, and a gap
 * analysis against a use case and a system type. Others' published products are shown read-only.
 */
@Route("products")
@PermitAll
public class ProductView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String NEW = "new";

    private final ProductService products;
    private final GapService gaps;
    private final Catalog catalog;
    private final DocumentPermits permits;

    private final TextField vendor = new TextField("Vendor");
    private final TextField productName = new TextField("Product name");
    private final TextField productVersion = new TextField("Version");
    private final DatePicker date = new DatePicker("Date");
    private final TextField revision = new TextField("Statement revision (optional)");
    private final TextField iheLink = new TextField("Internet address for the vendor's IHE information");
    private final TextField dicomLink = new TextField("DICOM conformance statement (link)");
    private final TextField hl7Link = new TextField("HL7 conformance statement (link)");
    private final Checkbox published = new Checkbox("Published: every signed-in user of RSP Navigator may read it");
    private final Div claimsPanel = new Div();
    private final Div findingsPanel = new Div();
    private final Div gapPanel = new Div();
    private final Paragraph status = new Paragraph();

    private List<ProfileClaim> claims = new ArrayList<>();
    private Long id;
    private long version;
    private boolean editable;
    private String title = "Product | RSP Navigator";

    public ProductView(ProductService products, GapService gaps, Catalog catalog, DocumentPermits permits) {
        this.products = products;
        this.gaps = gaps;
        this.catalog = catalog;
        this.permits = permits;
        addClassNames("rsp-view", "rsp-product");
        vendor.setId("product-vendor");
        productName.setId("product-name");
        productVersion.setId("product-version");
        date.setId("product-date");
        revision.setId("product-revision");
        iheLink.setId("product-ihe-link");
        dicomLink.setId("product-dicom-link");
        hl7Link.setId("product-hl7-link");
        published.setId("product-published");
        for (TextField f : List.of(vendor, productName, iheLink, dicomLink, hl7Link)) {
            f.setWidth("32rem");
        }
        vendor.setMaxLength(FieldLimits.NAME);
        productName.setMaxLength(FieldLimits.NAME);
        productVersion.setMaxLength(FieldLimits.VERSION);
        revision.setMaxLength(FieldLimits.VERSION);
        for (TextField f : List.of(iheLink, dicomLink, hl7Link)) {
            f.setMaxLength(FieldLimits.LINK);
        }
        claimsPanel.setId("claims-panel");
        findingsPanel.setId("findings");
        gapPanel.setId("gap-panel");
        status.setId("product-status");
        status.addClassName("rsp-status");
        status.getElement().setAttribute("role", "status");
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
        version = product.getVersion();
        editable = ProductService.mayEdit(user, product);
        fill(products.statement(product), product.isPublished());
        title = product.getName() + " " + product.getProductVersion() + " | RSP Navigator";
        show();
    }

    private void fill(IntegrationStatement s, boolean isPublished) {
        vendor.setValue(s.vendor());
        productName.setValue(s.productName());
        productVersion.setValue(s.version());
        date.setValue(s.date());
        revision.setValue(s.revision());
        iheLink.setValue(s.links().vendorIheInformation());
        dicomLink.setValue(s.links().dicomConformance());
        hl7Link.setValue(s.links().hl7Conformance());
        published.setValue(isPublished);
        claims = new ArrayList<>(s.profiles());
    }

    private IntegrationStatement current() {
        return new IntegrationStatement(vendor.getValue().strip(), productName.getValue().strip(),
                productVersion.getValue().strip(), Optional.ofNullable(date.getValue()).orElse(LocalDate.now()),
                revision.getValue().strip(), new StatementLinks(iheLink.getValue().strip(), dicomLink.getValue().strip(),
                        hl7Link.getValue().strip()), List.copyOf(claims));
    }

    private void show() {
        removeAll();
        RouterLink back = new RouterLink("← Products", ProductsView.class);
        back.addClassName("rsp-back");
        add(back, new H1(id == null ? "New product" : productName.getValue() + " " + productVersion.getValue()));
        for (Component c : List.of(vendor, productName, productVersion, date, revision, iheLink, dicomLink, hl7Link,
                published)) {
            ((com.vaadin.flow.component.HasValue<?, ?>) c).setReadOnly(!editable);
        }
        Div header = new Div(vendor, productName, productVersion, date, revision);
        header.addClassName("rsp-form-row");
        Div links = new Div(iheLink, dicomLink, hl7Link);
        links.addClassName("rsp-form-column");
        add(new H2("Statement header"), header, links);
        add(new H2("Profiles, actors and options implemented"));
        Paragraph how = new Paragraph("Claiming an actor declares every transaction the Technical Framework requires of "
                + "it; list the options you also implement. Names are the Technical Framework's, as the catalog has them.");
        how.addClassName("rsp-intro");
        add(how, claimsPanel, findingsPanel);
        if (editable) {
            add(published);
            Button save = new Button(id == null ? "Create product" : "Save", VaadinIcon.CHECK.create(), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-product");
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
            add(new H2("The statement"), downloads());
            add(new H2("Gap analysis"), gapForm(), gapPanel);
        }
        showClaims();
    }

    // ---------------------------------------------------------------- claims and findings

    private void showClaims() {
        claimsPanel.removeAll();
        if (claims.isEmpty()) {
            claimsPanel.add(new Paragraph("No profile claimed yet."));
        } else {
            NativeTable table = Tables.table("claims", "Profiles, actors and options implemented",
                    editable ? List.of("Profile", "Actor", "Options", "Change") : List.of("Profile", "Actor", "Options"));
            NativeTableBody body = Tables.body(table);
            for (ProfileClaim pc : claims) {
                String profileTitle = catalog.profile(pc.profile()).map(Profile::title).orElse(pc.profile());
                for (ActorClaim ac : pc.actors()) {
                    NativeTableRow row = new NativeTableRow(Tables.rowHeader(new Span(profileTitle)),
                            new NativeTableCell(ac.actor()),
                            new NativeTableCell(ac.options().isEmpty() ? "None" : String.join("; ", ac.options())));
                    row.getElement().setAttribute("data-claim", pc.profile() + "/" + ac.actor());
                    if (editable) {
                        Button edit = new Button("Edit", e -> openClaimDialog(pc.profile(), ac));
                        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                        edit.setAriaLabel("Edit " + pc.profile() + " " + ac.actor());
                        Button remove = new Button("Remove", e -> {
                            setClaims(current().without(pc.profile(), ac.actor()));
                        });
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR,
                                ButtonVariant.LUMO_SMALL);
                        remove.setAriaLabel("Remove " + pc.profile() + " " + ac.actor());
                        row.add(new NativeTableCell(edit, remove));
                    }
                    body.add(row);
                }
            }
            claimsPanel.add(table);
        }
        if (editable) {
            Button add = new Button("Claim a profile actor", VaadinIcon.PLUS.create(), e -> openClaimDialog(null, null));
            add.setId("add-claim");
            Upload rows = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
                try {
                    List<ProfileClaim> read = StatementCsv.read(new String(bytes, StandardCharsets.UTF_8), catalog);
                    IntegrationStatement s = current();
                    setClaims(new IntegrationStatement(s.vendor(), s.productName(), s.version(), s.date(), s.revision(),
                            s.links(), read));
                    status.setText("Read " + read.stream().mapToInt(p -> p.actors().size()).sum()
                            + " claimed actors from " + metadata.fileName() + ". Save to keep them.");
                } catch (IllegalArgumentException ex) {
                    status.setText("The rows were not read, and the claims are unchanged. " + ex.getMessage());
                }
            }));
            rows.setId("import-rows");
            rows.setAcceptedFileTypes("text/csv", ".csv");
            rows.setMaxFileSize(1024 * 1024);
            rows.setMaxFiles(1);
            rows.setUploadButton(new Button("Replace the rows from a CSV file…"));
            rows.addFileRejectedListener(e -> status.setText("Refused: " + e.getErrorMessage()));
            Div actions = new Div(add, rows);
            actions.addClassName("rsp-actions");
            claimsPanel.add(actions);
        }
        showFindings();
    }

    private void setClaims(IntegrationStatement statement) {
        claims = new ArrayList<>(statement.profiles());
        showClaims();
    }

    private void showFindings() {
        findingsPanel.removeAll();
        List<Finding> findings = products.findings(current());
        if (findings.isEmpty()) {
            Paragraph fine = new Paragraph("The catalog finds nothing wrong or missing in these claims.");
            fine.addClassName("rsp-muted");
            findingsPanel.add(fine);
            return;
        }
        findingsPanel.add(new H2("What the catalog finds"));
        UnorderedList list = new UnorderedList();
        for (Finding f : findings) {
            Span kind = new Span(f.severity() == Severity.ERROR ? "Error" : "Warning");
            kind.addClassName(f.severity() == Severity.ERROR ? "rsp-error" : "rsp-warning");
            ListItem item = new ListItem(kind, new Span(": " + f.message()));
            item.getElement().setAttribute("data-severity", f.severity().name());
            if (editable) {
                f.proposal().ifPresent(p -> {
                    String label = catalog.profile(p.profile()).map(Profile::acronym).orElse(p.profile()) + " "
                            + p.actor();
                    Button claim = new Button("Claim " + label, e -> setClaims(current().withClaim(p.profile(),
                            p.actor(), List.of())));
                    claim.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    item.add(claim);
                });
            }
            list.add(item);
        }
        findingsPanel.add(list);
        if (editable && findings.stream().anyMatch(f -> f.proposal().isPresent())) {
            Button all = new Button("Claim every missing grouping", e -> setClaims(products.withGroupings(current())));
            all.setId("add-groupings");
            findingsPanel.add(all);
        }
    }

    private void openClaimDialog(String profileId, ActorClaim existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? "Claim a profile actor" : "Edit the claim");
        dialog.setId("claim-dialog");
        dialog.setWidth("40rem");
        ComboBox<Profile> profile = new ComboBox<>("IHE profile");
        profile.setItems(catalog.profiles().stream().sorted(Comparator.comparing(Profile::acronym)).toList());
        profile.setItemLabelGenerator(p -> p.acronym() + " — " + p.name());
        profile.setWidthFull();
        profile.setId("claim-profile");
        Select<ProfileActor> actor = new Select<>();
        actor.setLabel("Actor");
        actor.setItemLabelGenerator(a -> a == null ? "" : a.name());
        actor.setWidthFull();
        actor.setId("claim-actor");
        CheckboxGroup<String> options = new CheckboxGroup<>("Options implemented");
        options.setId("claim-options");
        profile.addValueChangeListener(e -> actor.setItems(e.getValue() == null ? List.of() : e.getValue().actors()));
        actor.addValueChangeListener(e -> options.setItems(e.getValue() == null ? List.of()
                : e.getValue().options().stream().map(o -> o.name()).toList()));
        if (profileId != null) {
            catalog.profile(profileId).ifPresent(p -> {
                profile.setValue(p);
                profile.setReadOnly(true);
                p.actor(existing.actor()).ifPresent(a -> {
                    actor.setValue(a);
                    actor.setReadOnly(true);
                    options.setValue(new java.util.LinkedHashSet<>(existing.options()));
                });
            });
        }
        Paragraph error = new Paragraph();
        error.addClassName("rsp-error");
        error.setId("claim-error");
        dialog.add(new Div(profile, actor, options, error));
        Button ok = new Button(existing == null ? "Claim" : "Apply", e -> {
            if (profile.getValue() == null || actor.getValue() == null) {
                error.setText("Choose the profile and the actor.");
                return;
            }
            List<String> chosen = actor.getValue().options().stream().map(o -> o.name())
                    .filter(options.getValue()::contains).toList();
            setClaims(current().withClaim(profile.getValue().id(), actor.getValue().name(), chosen));
            dialog.close();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("claim-confirm");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    // ---------------------------------------------------------------- saving

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
        } catch (StaleEditException e) {
            status.setText(e.getMessage());
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog("Delete this product?", "“" + productName.getValue() + " "
                + productVersion.getValue() + "” and its statement will be deleted.", "Delete", e -> {
                    try {
                        products.delete(CurrentUser.require(), id, version);
                        getUI().ifPresent(ui -> ui.navigate(ProductsView.class));
                    } catch (StaleEditException ex) {
                        status.setText(ex.getMessage());
                    }
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    // ---------------------------------------------------------------- documents

    private Component downloads() {
        String stem = FileNames.slug(productName.getValue() + " " + productVersion.getValue(), "product")
                + "-ihe-integration-statement";
        long productId = id;
        Div row = new Div(
                Downloads.link("download-statement-pdf", "IHE Integration Statement (PDF)", stem + ".pdf",
                        "application/pdf",
                        () -> permits.make(() -> products.pdf(saved(productId)))),
                Downloads.link("download-statement-json", "Statement (JSON)", stem + ".json", "application/json",
                        () -> StatementJson.write(saved(productId)).getBytes(StandardCharsets.UTF_8)),
                Downloads.link("download-statement-csv", "Rows (CSV)", stem + ".csv", "text/csv",
                        () -> StatementCsv.write(saved(productId)).getBytes(StandardCharsets.UTF_8)));
        row.addClassName("rsp-actions");
        Paragraph note = new Paragraph("Made from the saved statement. The PDF carries the JSON inside it, so it can be "
                + "imported again here or by a buyer.");
        note.addClassName("rsp-muted");
        return new Div(row, note);
    }

    private IntegrationStatement saved(long productId) {
        return products.statement(products.get(CurrentUser.require(), productId));
    }

    // ---------------------------------------------------------------- gap analysis

    private Component gapForm() {
        Select<UseCase> useCase = new Select<>();
        useCase.setLabel("Use case");
        useCase.setItems(catalog.useCases());
        useCase.setItemLabelGenerator(u -> u == null ? "" : u.name());
        useCase.setId("gap-use-case");
        useCase.setWidth("22rem");
        Select<SystemType> system = new Select<>();
        system.setLabel("System type");
        system.setItems(catalog.systemTypes());
        system.setItemLabelGenerator(t -> t == null ? "" : t.name());
        system.setId("gap-system-type");
        system.setWidth("20rem");
        ComboBox<Region> region = new ComboBox<>("Region");
        region.setItems(Region.values());
        region.setItemLabelGenerator(Region::label);
        region.setClearButtonVisible(true);
        region.setId("gap-region");
        Button run = new Button("Compare", e -> {
            if (useCase.getValue() == null || system.getValue() == null) {
                gapPanel.removeAll();
                gapPanel.add(new Paragraph("Choose a use case and a system type."));
                return;
            }
            showGaps(gaps.againstScope(CurrentUser.require(), id, useCase.getValue().id(), system.getValue().id(),
                    Optional.ofNullable(region.getValue())));
        });
        run.setId("run-gaps");
        Paragraph intro = new Paragraph("Compare the saved statement with the requirements the portfolio gives for a use "
                + "case and a system type: each is met, partly met (the actor is claimed but an option is missing), not "
                + "met, or not assessed (a standard an Integration Statement does not speak of).");
        intro.addClassName("rsp-intro");
        Div form = new Div(useCase, system, region, run);
        form.addClassName("rsp-form-row");
        return new Div(intro, form);
    }

    private void showGaps(GapReport report) {
        gapPanel.removeAll();
        Paragraph summary = new Paragraph("SHALL requirements met: " + report.shall().met() + " of "
                + report.shall().total() + " (" + report.shall().partlyMet() + " partly met, " + report.shall().notMet()
                + " not met, " + report.shall().notAssessed() + " not assessed). SHOULD: " + report.should().met()
                + " of " + report.should().total() + " met.");
        summary.setId("gap-summary");
        NativeTable table = Tables.table("gap-rows", "Gap analysis: " + report.title(),
                List.of("No.", "Level", "Requirement", "Fit", "Why"));
        NativeTableBody body = Tables.body(table);
        for (GapRow r : report.rows()) {
            Span fit = new Span(fitLabel(r));
            fit.addClassName("rsp-fit-" + r.fit().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            NativeTableRow row = new NativeTableRow(Tables.rowHeader(new Span(r.requirement().number())),
                    new NativeTableCell(r.requirement().level().name()), new NativeTableCell(r.requirement().text()),
                    new NativeTableCell(fit), new NativeTableCell(r.explanation()));
            row.getElement().setAttribute("data-number", r.requirement().number());
            body.add(row);
        }
        String file = FileNames.slug(productName.getValue() + " " + productVersion.getValue(), "product")
                + "-gap-analysis.pdf";
        gapPanel.add(summary, Downloads.link("download-gaps", "Gap analysis (PDF)", file, "application/pdf",
                () -> permits.make(() -> gaps.pdf(report))), table);
    }

    public static String fitLabel(GapRow row) {
        return switch (row.fit()) {
            case MET -> "Met";
            case PARTLY_MET -> "Partly met";
            case NOT_MET -> "Not met";
            case NOT_ASSESSED -> "Not assessed";
        };
    }
}
