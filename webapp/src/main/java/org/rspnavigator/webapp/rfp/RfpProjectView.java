package org.rspnavigator.webapp.rfp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rspnavigator.webapp.products.ProductView;
import org.rspnavigator.webapp.shortlists.ShortlistsView;
import org.rspnavigator.webapp.widgets.Downloads;
import org.rspnavigator.webapp.widgets.Formats;
import org.rspnavigator.webapp.widgets.MarkdownRenderer;
import org.rspnavigator.webapp.widgets.SectionTabs;
import org.rspnavigator.webapp.widgets.Tables;

import org.rspnavigator.documents.RenderBudget;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.Term;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.rfp.CustomClause;
import org.rspnavigator.procurement.rfp.LocalMandate;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementOrigin;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.procurement.rfp.RfpSpec;
import org.rspnavigator.procurement.statement.BidderMatrix;
import org.rspnavigator.procurement.statement.GapRow;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.platform.DocumentPermits;
import org.rspnavigator.webapp.platform.FileNames;
import org.rspnavigator.webapp.platform.StaleEditException;
import org.rspnavigator.webapp.platform.WorkNotFoundException;
import org.rspnavigator.webapp.products.Product;
import org.rspnavigator.webapp.products.ProductService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * The RFP wizard. A new project asks for the project, the use cases and the systems bought, then
 * proposes the requirements and saves revision 1. An open project shows its scope, requirements,
 * local mandates and custom clauses, documents and history; every save is a new revision, refused
 * if a colleague saved in between. Changing the scope re-proposes the requirements, keeping the
 * numbers, levels and withdrawals already made.
 */
@Route("rfp")
@RolesAllowed({"PLANNER", "ADMIN"})
public class RfpProjectView extends Div implements HasUrlParameter<String>, HasDynamicTitle, BeforeLeaveObserver {

    private static final long serialVersionUID = 1L;
    static final String NEW = "new";
    static final String TAB = "tab";
    static final String REQUIREMENTS_TAB = "requirements";

    private final RfpProjectService projects;
    private final RfpDocumentService documents;
    private final Catalog catalog;
    private final MarkdownRenderer markdown;
    private final RfpBidderService bidders;
    private final ProductService products;
    private final DocumentPermits permits;

    private final TextField projectName = new TextField("Project name");
    private final TextField organization = new TextField("Buying organization");
    private final ComboBox<Region> region = new ComboBox<>("Region");
    private final CheckboxGroup<UseCase> useCases = new CheckboxGroup<>("Use cases in scope");
    private final List<SystemRow> systems = new ArrayList<>();
    private final Div systemRows = new Div();
    private final ComboBox<SystemType> addSystem = new ComboBox<>("Add a system being procured");
    private final Div requirementsPanel = new Div();
    private final Div mandatesPanel = new Div();
    private final Div documentsPanel = new Div();
    private final Div historyPanel = new Div();
    private final Div biddersPanel = new Div();
    private final Paragraph status = new Paragraph();
    private final Span saveState = new Span();

    private Long id;
    private long version;
    private int revision;
    private RfpDraft draft;
    private boolean dirty;
    private String title = "RFP project | RSP Navigator";

    public RfpProjectView(RfpProjectService projects, RfpDocumentService documents, Catalog catalog,
            MarkdownRenderer markdown, RfpBidderService bidders, ProductService products, DocumentPermits permits) {
        this.projects = projects;
        this.documents = documents;
        this.catalog = catalog;
        this.markdown = markdown;
        this.bidders = bidders;
        this.products = products;
        this.permits = permits;
        addClassNames("rsp-view", "rsp-rfp");
        projectName.setRequired(true);
        projectName.setMaxLength(FieldLimits.NAME);
        projectName.setWidth("32rem");
        projectName.setId("project-name");
        organization.setMaxLength(FieldLimits.NAME);
        organization.setWidth("32rem");
        organization.setId("project-organization");
        region.setItems(Region.values());
        region.setItemLabelGenerator(Region::label);
        region.setClearButtonVisible(true);
        region.setPlaceholder("Any region");
        region.setHelperText("Where a rating varies by region (ISO 21860 footnotes), the level for this region is quoted.");
        region.setId("project-region");
        useCases.setItems(catalog.useCases());
        useCases.setItemLabelGenerator(u -> u.name() + " — " + u.provenance());
        useCases.setId("project-use-cases");
        useCases.addClassName("rsp-vertical");
        addSystem.setItems(catalog.systemTypes());
        addSystem.setItemLabelGenerator(SystemType::name);
        addSystem.setWidth("28rem");
        addSystem.setId("add-system");
        addSystem.addValueChangeListener(e -> {
            if (e.getValue() != null && systems.stream().noneMatch(r -> r.type.equals(e.getValue()))) {
                systems.add(new SystemRow(e.getValue(), 1, ""));
                showSystems();
                changed();
            }
            addSystem.clear();
        });
        systemRows.setId("project-systems");
        status.setId("rfp-status");
        status.addClassName("rsp-status");
        status.getElement().setAttribute("aria-live", "polite");
        saveState.setId("save-state");
        saveState.addClassName("rsp-muted");
        projectName.setValueChangeMode(ValueChangeMode.LAZY);
        organization.setValueChangeMode(ValueChangeMode.LAZY);
        projectName.addValueChangeListener(e -> changedByUser(e.isFromClient()));
        organization.addValueChangeListener(e -> changedByUser(e.isFromClient()));
        region.addValueChangeListener(e -> changedByUser(e.isFromClient()));
        useCases.addValueChangeListener(e -> changedByUser(e.isFromClient()));
    }

    /** A system being bought, as edited on screen. */
    private final class SystemRow {
        final SystemType type;
        final IntegerField quantity = new IntegerField("Quantity");
        final TextField notes = new TextField("Notes");

        SystemRow(SystemType type, int count, String text) {
            this.type = type;
            quantity.setMin(1);
            quantity.setMax(RfpDraft.MAX_QUANTITY);
            quantity.setStepButtonsVisible(true);
            quantity.setValue(count);
            quantity.setWidth("9rem");
            quantity.setAriaLabel("Quantity of " + type.name());
            notes.setValue(text);
            notes.setMaxLength(FieldLimits.TEXT);
            notes.setWidth("24rem");
            notes.setAriaLabel("Notes on " + type.name());
            notes.setPlaceholder("e.g. reading rooms, 2 sites");
            quantity.addValueChangeListener(e -> changedByUser(e.isFromClient()));
            notes.setValueChangeMode(ValueChangeMode.LAZY);
            notes.addValueChangeListener(e -> changedByUser(e.isFromClient()));
        }

        ProcuredSystem procured() {
            Integer q = quantity.getValue();
            if (q == null || q < 1) {
                throw new IllegalArgumentException("Give a quantity of at least 1 for " + type.name() + ".");
            }
            return new ProcuredSystem(type.id(), q, notes.getValue());
        }
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        AccountPrincipal user = CurrentUser.require();
        if (NEW.equals(parameter)) {
            id = null;
            draft = null;
            organization.setValue(user.organizationName());
            title = "New RFP project | RSP Navigator";
            layoutNew();
            return;
        }
        try {
            RfpProject project = projects.get(user, Long.parseLong(parameter));
            boolean requirements = event.getLocation().getQueryParameters().getSingleParameter(TAB)
                    .filter(REQUIREMENTS_TAB::equals).isPresent();
            show(project, requirements);
        } catch (NumberFormatException | WorkNotFoundException e) {
            event.rerouteToError(NotFoundException.class, "Your organization has no RFP project " + parameter + ".");
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty || id == null) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog("Leave without saving?", "Your changes to this RFP project are not "
                + "saved yet.", "Leave and discard them", e -> {
                    dirty = false;
                    action.proceed();
                });
        dialog.setCancelable(true);
        dialog.setCancelText("Stay");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("leave-dialog");
        dialog.open();
    }

    // ---------------------------------------------------------------- layout

    private void layoutNew() {
        removeAll();
        add(back(), new H1("New RFP project"));
        Paragraph intro = new Paragraph("Say what you are buying and for which integration use cases; RSP Navigator "
                + "then proposes the requirements, which you can adjust before downloading the documents.");
        intro.addClassName("rsp-intro");
        Button propose = new Button("Propose requirements", VaadinIcon.MAGIC.create(), e -> createProject());
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.setId("propose");
        add(intro, scopeForm(), actions(propose), status);
    }

    private void show(RfpProject project, boolean openRequirements) {
        id = project.getId();
        version = project.getVersion();
        revision = project.getRevision();
        draft = projects.draft(project);
        fillScope(draft.spec());
        dirty = false;
        title = project.getName() + " | RSP Navigator";
        removeAll();
        Button save = new Button("Save", VaadinIcon.CHECK.create(), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-project");
        Button duplicate = new Button("Duplicate", VaadinIcon.COPY_O.create(), e -> duplicate());
        duplicate.setId("duplicate-project");
        Div bar = actions(save, duplicate, saveState);
        bar.addClassName("rsp-save-bar");
        Paragraph meta = new Paragraph("Revision " + revision + ", saved by " + project.getUpdatedBy() + " on "
                + Formats.WHEN.format(project.getUpdatedAt()) + ". Created by " + project.getCreatedBy() + " on "
                + Formats.WHEN.format(project.getCreatedAt()) + ".");
        meta.addClassName("rsp-muted");
        meta.setId("project-meta");
        add(back(), new H1(project.getName()), meta, bar, status);

        SectionTabs tabs = new SectionTabs("rfp-tabs", "Project sections");
        tabs.add("Project and scope", scopeForm());
        int requirementsTab = tabs.add("Requirements", requirementsPanel);
        tabs.add("Mandates and clauses", mandatesPanel);
        tabs.add("Documents", documentsPanel);
        tabs.add("Bidders", biddersPanel);
        tabs.add("History", historyPanel);
        tabs.onSelect(index -> {
            if (index == requirementsTab) {
                applyScope();
            }
        });
        add(tabs);
        showRequirements();
        showMandatesAndClauses();
        showDocuments();
        showHistory();
        showBidders();
        markSaved();
        if (openRequirements) {
            tabs.select(requirementsTab);
        }
    }

    private Component back() {
        RouterLink back = new RouterLink("← RFP projects", RfpProjectsView.class);
        back.addClassName("rsp-back");
        return back;
    }

    private static Div actions(Component... components) {
        Div actions = new Div(components);
        actions.addClassName("rsp-actions");
        return actions;
    }

    private Div scopeForm() {
        Div form = new Div();
        form.addClassName("rsp-form");
        form.add(new H2("1. The project"), projectName, organization, region);
        form.add(new H2("2. Use cases"), useCases);
        form.add(new H2("3. Systems being procured"), new Paragraph("The system types of the catalog, each with the "
                + "actors it usually plays in the IHE profiles. Requirements are proposed per system type."),
                systemRows, addSystem);
        showSystems();
        return form;
    }

    private void fillScope(RfpSpec spec) {
        projectName.setValue(spec.projectName());
        organization.setValue(spec.organization());
        region.setValue(spec.region().orElse(null));
        useCases.setValue(new java.util.LinkedHashSet<>(
                spec.useCases().stream().flatMap(u -> catalog.useCase(u).stream()).toList()));
        systems.clear();
        for (ProcuredSystem s : spec.systems()) {
            catalog.systemType(s.systemType()).ifPresent(t -> systems.add(new SystemRow(t, s.quantity(), s.notes())));
        }
    }

    private void showSystems() {
        systemRows.removeAll();
        if (systems.isEmpty()) {
            systemRows.add(new Paragraph("No system yet: add the kinds of system you are buying below."));
        }
        for (SystemRow row : List.copyOf(systems)) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                systems.remove(row);
                showSystems();
                changed();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel("Remove " + row.type.name());
            Span name = new Span(row.type.name());
            name.addClassName("rsp-system-name");
            Div line = new Div(name, row.quantity, row.notes, remove);
            line.addClassName("rsp-system-row");
            line.getElement().setAttribute("data-system", row.type.id());
            systemRows.add(line);
        }
    }

    // ---------------------------------------------------------------- scope and proposal

    private RfpSpec spec() {
        List<String> chosen = catalog.useCases().stream().filter(useCases.getValue()::contains).map(UseCase::id).toList();
        List<ProcuredSystem> bought = new ArrayList<>();
        for (SystemRow row : systems) {
            bought.add(row.procured());
        }
        return new RfpSpec(projectName.getValue().strip(), organization.getValue().strip(),
                Optional.ofNullable(region.getValue()), chosen, bought);
    }

    private void createProject() {
        try {
            RfpProject project = projects.create(CurrentUser.require(), spec());
            Notification n = Notification.show("Requirements proposed and saved as revision 1.", 4000,
                    Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(RfpProjectView.class, String.valueOf(project.getId()),
                    QueryParameters.of(TAB, REQUIREMENTS_TAB)));
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
    }

    /** Re-proposes the requirements if the scope on screen differs from the draft's. */
    private boolean applyScope() {
        if (draft == null) {
            return true;
        }
        try {
            RfpSpec spec = spec();
            if (!spec.equals(draft.spec())) {
                draft = draft.withSpec(spec, projects.proposer());
                showRequirements();
                showMandatesAndClauses();
            }
            return true;
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return false;
        }
    }

    private void changedByUser(boolean fromClient) {
        if (fromClient) {
            changed();
        }
    }

    private void changed() {
        if (id != null) {
            dirty = true;
            saveState.setText("Unsaved changes");
        }
    }

    private void markSaved() {
        dirty = false;
        saveState.setText("All changes saved (revision " + revision + ")");
    }

    // ---------------------------------------------------------------- requirements

    private void showRequirements() {
        requirementsPanel.removeAll();
        requirementsPanel.setId("requirements-panel");
        long shall = draft.requirements().stream().filter(r -> r.level() == RequirementLevel.SHALL).count();
        Paragraph summary = new Paragraph(draft.requirements().size() + " requirements (" + shall + " SHALL), "
                + draft.withdrawn().size() + " withdrawn. Each is numbered per system; a number stays with its "
                + "requirement when you change the scope, and a withdrawn number is never given again.");
        summary.setId("requirements-summary");
        requirementsPanel.add(summary);
        if (draft.spec().useCases().isEmpty() || draft.spec().systems().isEmpty()) {
            requirementsPanel.add(new Paragraph("Choose at least one use case and one system under “Project and "
                    + "scope” to have requirements proposed."));
        }
        for (ProcuredSystem procured : draft.spec().systems()) {
            SystemType type = catalog.systemType(procured.systemType()).orElseThrow();
            H2 heading = new H2(type.name() + (procured.quantity() > 1 ? " × " + procured.quantity() : ""));
            heading.setId("system-" + type.id());
            requirementsPanel.add(heading);
            if (!procured.notes().isBlank()) {
                Paragraph notes = new Paragraph(procured.notes());
                notes.addClassName("rsp-muted");
                requirementsPanel.add(notes);
            }
            List<Requirement> mine = draft.requirements().stream().filter(r -> r.system().equals(type.id())).toList();
            if (mine.isEmpty()) {
                requirementsPanel.add(new Paragraph("The chosen use cases name no standard for this system."));
            } else {
                requirementsPanel.add(requirementTable(type, mine));
            }
            Button add = new Button("Add a requirement for " + type.name(), VaadinIcon.PLUS.create(),
                    e -> openAddDialog(type));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add.setId("add-requirement-" + type.id());
            requirementsPanel.add(add);
            List<Requirement> out = draft.withdrawn().stream().filter(r -> r.system().equals(type.id())).toList();
            if (!out.isEmpty()) {
                requirementsPanel.add(withdrawnList(type, out));
            }
        }
    }

    private NativeTable requirementTable(SystemType type, List<Requirement> list) {
        NativeTable table = new NativeTable();
        table.addClassNames("rsp-portfolio-table", "rsp-requirements");
        table.setId("requirements-" + type.id());
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText("Requirements for " + type.name());
        caption.addClassName("rsp-visually-hidden");
        table.add(caption);
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        for (String h : List.of("No.", "Level", "Requirement", "Category", "Change")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        head.add(headRow);
        table.add(head);
        NativeTableBody body = new NativeTableBody();
        for (Requirement r : list) {
            NativeTableHeaderCell number = new NativeTableHeaderCell(r.number());
            number.getElement().setAttribute("scope", "row");
            NativeDetails why = new NativeDetails("Why", new Paragraph(r.rationale()));
            why.addClassName("rsp-why");
            Div text = new Div(new Span(r.text()));
            if (r.origin() != RequirementOrigin.PORTFOLIO) {
                Span origin = new Span(originLabel(r.origin()));
                origin.addClassNames("rsp-badge", "rsp-origin");
                text.add(new Span(" "), origin);
            }
            text.add(why);
            Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> openEditDialog(r));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel("Edit " + r.number());
            NativeTableRow row = new NativeTableRow(number, new NativeTableCell(levelBadge(r.level())),
                    new NativeTableCell(text), new NativeTableCell(categoryLabel(r.category())), new NativeTableCell(edit));
            row.getElement().setAttribute("data-number", r.number());
            body.add(row);
        }
        table.add(body);
        return table;
    }

    private Component withdrawnList(SystemType type, List<Requirement> out) {
        Div list = new Div();
        list.setId("withdrawn-" + type.id());
        for (Requirement r : out) {
            Button restore = new Button("Restore", VaadinIcon.ARROW_BACKWARD.create(), e -> {
                draft = draft.restore(r.number());
                changed();
                showRequirements();
            });
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            restore.setAriaLabel("Restore " + r.number());
            Paragraph p = new Paragraph(new Span(r.number() + " (withdrawn): " + r.text() + " "), restore);
            p.addClassName("rsp-withdrawn");
            list.add(p);
        }
        NativeDetails details = new NativeDetails("Withdrawn requirements (" + out.size() + ")", list);
        details.setOpen(true);
        return details;
    }

    static Span levelBadge(RequirementLevel level) {
        Span badge = new Span(level.label());
        badge.addClassNames("rsp-badge", "rsp-level-" + level.name().toLowerCase(java.util.Locale.ROOT) + "-req");
        return badge;
    }

    private static String originLabel(RequirementOrigin origin) {
        return switch (origin) {
            case PORTFOLIO -> "From the portfolio";
            case GROUPING -> "Required grouping";
            case SUCCESSOR -> "Successor of a legacy standard";
            case PLANNER -> "Added by you";
        };
    }

    private static String categoryLabel(String slug) {
        return Term.fromSlug(Category.class, slug).map(c -> c.label() + " (Table " + c.table() + ")").orElse(slug);
    }

    private void openEditDialog(Requirement r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Requirement " + r.number());
        dialog.setId("edit-requirement");
        RadioButtonGroup<RequirementLevel> level = new RadioButtonGroup<>("Level");
        level.setItems(RequirementLevel.values());
        level.setValue(r.level());
        level.setId("edit-level");
        Paragraph text = new Paragraph(r.text());
        Paragraph rationale = new Paragraph(r.rationale());
        rationale.addClassName("rsp-muted");
        dialog.add(text, rationale, level);
        Button apply = new Button("Apply", e -> {
            if (level.getValue() != r.level()) {
                draft = draft.withLevel(r.number(), level.getValue());
                changed();
                showRequirements();
            }
            dialog.close();
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("apply-requirement");
        Button withdraw = new Button("Withdraw " + r.number(), VaadinIcon.TRASH.create(), e -> {
            draft = draft.withdraw(r.number());
            changed();
            showRequirements();
            dialog.close();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.setId("withdraw-requirement");
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.getFooter().add(withdraw, cancel, apply);
        dialog.open();
    }

    private void openAddDialog(SystemType type) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Add a requirement for " + type.name());
        dialog.setId("add-requirement");
        dialog.setWidth("40rem");
        RadioButtonGroup<String> kind = new RadioButtonGroup<>("It asks for");
        kind.setItems("A standard", "An IHE profile actor");
        kind.setValue("A standard");
        ComboBox<Standard> standard = new ComboBox<>("Standard");
        standard.setItems(catalog.standards());
        standard.setItemLabelGenerator(s -> s.briefName() + " — " + s.formalName());
        standard.setWidthFull();
        standard.setId("add-standard");
        ComboBox<Profile> profile = new ComboBox<>("IHE profile");
        profile.setItems(catalog.profiles().stream().sorted(Comparator.comparing(Profile::acronym)).toList());
        profile.setItemLabelGenerator(p -> p.acronym() + " — " + p.name());
        profile.setWidthFull();
        profile.setId("add-profile");
        Select<ProfileActor> actor = new Select<>();
        actor.setLabel("Actor");
        actor.setItemLabelGenerator(ProfileActor::name);
        actor.setWidthFull();
        actor.setId("add-actor");
        CheckboxGroup<String> options = new CheckboxGroup<>("Options");
        options.setId("add-options");
        Select<Category> category = new Select<>();
        category.setLabel("Listed under");
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> c == null ? "" : c.label());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("The category of the standard or profile");
        category.setWidthFull();
        Select<RequirementLevel> level = new Select<>();
        level.setLabel("Level");
        level.setItems(RequirementLevel.values());
        level.setValue(RequirementLevel.SHALL);
        level.setId("add-level");
        TextField reason = new TextField("Why (printed as the rationale)");
        reason.setMaxLength(FieldLimits.TEXT);
        reason.setWidthFull();
        reason.setId("add-reason");
        Paragraph error = new Paragraph();
        error.addClassName("rsp-error");
        error.setId("add-error");
        Div profileFields = new Div(profile, actor, options);
        profileFields.setVisible(false);
        kind.addValueChangeListener(e -> {
            boolean isProfile = "An IHE profile actor".equals(e.getValue());
            standard.setVisible(!isProfile);
            profileFields.setVisible(isProfile);
        });
        profile.addValueChangeListener(e -> {
            actor.setItems(e.getValue() == null ? List.of() : e.getValue().actors());
            // the actor this system usually plays in the profile, if any
            if (e.getValue() != null) {
                type.plays().stream().filter(p -> p.profile().equals(e.getValue().id())).findFirst()
                        .flatMap(p -> e.getValue().actor(p.actor())).ifPresent(actor::setValue);
            }
        });
        actor.addValueChangeListener(e -> {
            options.setItems(e.getValue() == null ? List.of()
                    : e.getValue().options().stream().map(o -> o.name()).toList());
        });
        dialog.add(new Div(kind, standard, profileFields, level, category, reason, error));
        Button add = new Button("Add", e -> {
            try {
                RequirementSubject subject;
                if (profileFields.isVisible()) {
                    if (profile.getValue() == null || actor.getValue() == null) {
                        throw new IllegalArgumentException("Choose the profile and the actor.");
                    }
                    subject = new RequirementSubject.ProfileActor(profile.getValue().id(), actor.getValue().name(),
                            List.copyOf(options.getValue().stream().sorted().toList()));
                } else {
                    if (standard.getValue() == null) {
                        throw new IllegalArgumentException("Choose the standard.");
                    }
                    subject = new RequirementSubject.StandardSupport(standard.getValue().id());
                }
                draft = draft.withAdded(type.id(), level.getValue(), subject, Optional.ofNullable(category.getValue()),
                        reason.getValue(), projects.proposer());
                changed();
                showRequirements();
                dialog.close();
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-requirement-confirm");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), add);
        dialog.open();
    }

    // ---------------------------------------------------------------- mandates and clauses

    private void showMandatesAndClauses() {
        mandatesPanel.removeAll();
        mandatesPanel.setId("mandates-panel");
        mandatesPanel.add(new H2("Local mandates and exceptions"));
        Paragraph why = new Paragraph("Where a national or local rule asks for something other than the portfolio, "
                + "or you make an exception to it, ISO 21860 clause 5.1 asks for it to be documented. Each mandate is "
                + "printed in a section of its own.");
        why.addClassName("rsp-intro");
        mandatesPanel.add(why);
        List<LocalMandate> mandates = new ArrayList<>(draft.mandates());
        for (int i = 0; i < mandates.size(); i++) {
            mandatesPanel.add(mandateEditor(mandates, i));
        }
        Button addMandate = new Button("Add a local mandate", VaadinIcon.PLUS.create(), e -> {
            draft = draft.withMandates(append(draft.mandates(), new LocalMandate("", "", "")));
            changed();
            showMandatesAndClauses();
        });
        addMandate.setId("add-mandate");
        mandatesPanel.add(addMandate);

        mandatesPanel.add(new H2("Custom clauses"));
        Paragraph clausesIntro = new Paragraph("Clauses of your own, in Markdown (headings, lists, tables, links), "
                + "printed after the requirements: service levels, acceptance tests, training.");
        clausesIntro.addClassName("rsp-intro");
        mandatesPanel.add(clausesIntro);
        List<CustomClause> clauses = new ArrayList<>(draft.clauses());
        for (int i = 0; i < clauses.size(); i++) {
            mandatesPanel.add(clauseEditor(clauses, i));
        }
        Button addClause = new Button("Add a custom clause", VaadinIcon.PLUS.create(), e -> {
            draft = draft.withClauses(append(draft.clauses(), new CustomClause("", "")));
            changed();
            showMandatesAndClauses();
        });
        addClause.setId("add-clause");
        mandatesPanel.add(addClause);
    }

    private Component mandateEditor(List<LocalMandate> mandates, int index) {
        LocalMandate m = mandates.get(index);
        TextField titleField = new TextField("Title");
        titleField.setValue(m.title());
        titleField.setMaxLength(FieldLimits.TITLE);
        titleField.setWidthFull();
        titleField.setId("mandate-title-" + index);
        ComboBox<Standard> standard = new ComboBox<>("Portfolio standard it replaces or excepts (optional)");
        standard.setItems(catalog.standards());
        standard.setItemLabelGenerator(s -> s.briefName() + " — " + s.formalName());
        standard.setClearButtonVisible(true);
        standard.setWidthFull();
        catalog.standard(m.standard()).ifPresent(standard::setValue);
        TextArea text = new TextArea("The mandate and its reason (Markdown)");
        text.setValue(m.text());
        text.setMaxLength(FieldLimits.MARKDOWN);
        text.setWidthFull();
        text.setId("mandate-text-" + index);
        Runnable update = () -> {
            List<LocalMandate> now = new ArrayList<>(draft.mandates());
            now.set(index, new LocalMandate(titleField.getValue(),
                    standard.getValue() == null ? "" : standard.getValue().id(), text.getValue()));
            draft = draft.withMandates(now);
            changed();
        };
        titleField.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        titleField.addValueChangeListener(e -> update.run());
        standard.addValueChangeListener(e -> update.run());
        text.addValueChangeListener(e -> update.run());
        Button remove = new Button("Remove this mandate", VaadinIcon.TRASH.create(), e -> {
            List<LocalMandate> now = new ArrayList<>(draft.mandates());
            now.remove(index);
            draft = draft.withMandates(now);
            changed();
            showMandatesAndClauses();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div card = new Div(new H3("Local mandate " + (index + 1)), titleField, standard, text, remove);
        card.addClassName("rsp-card");
        return card;
    }

    private Component clauseEditor(List<CustomClause> clauses, int index) {
        CustomClause c = clauses.get(index);
        TextField titleField = new TextField("Title");
        titleField.setValue(c.title());
        titleField.setMaxLength(FieldLimits.TITLE);
        titleField.setWidthFull();
        titleField.setId("clause-title-" + index);
        TextArea text = new TextArea("Text (Markdown)");
        text.setValue(c.markdown());
        text.setMaxLength(FieldLimits.MARKDOWN);
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setId("clause-text-" + index);
        Div preview = new Div();
        preview.addClassName("rsp-preview");
        preview.setId("clause-preview-" + index);
        Runnable showPreview = () -> {
            preview.removeAll();
            preview.add(text.getValue().isBlank() ? new Paragraph("(empty)") : markdown.render(text.getValue()));
        };
        showPreview.run();
        Runnable update = () -> {
            List<CustomClause> now = new ArrayList<>(draft.clauses());
            now.set(index, new CustomClause(titleField.getValue(), text.getValue()));
            draft = draft.withClauses(now);
            changed();
        };
        titleField.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        titleField.addValueChangeListener(e -> update.run());
        text.addValueChangeListener(e -> {
            update.run();
            showPreview.run();
        });
        Button remove = new Button("Remove this clause", VaadinIcon.TRASH.create(), e -> {
            List<CustomClause> now = new ArrayList<>(draft.clauses());
            now.remove(index);
            draft = draft.withClauses(now);
            changed();
            showMandatesAndClauses();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div card = new Div(new H3("Custom clause " + (index + 1)), titleField, text, new Span("Preview"), preview,
                remove);
        card.addClassName("rsp-card");
        return card;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    // ---------------------------------------------------------------- documents

    private void showDocuments() {
        documentsPanel.removeAll();
        documentsPanel.setId("documents-panel");
        documentsPanel.add(new H2("Documents"));
        Paragraph intro = new Paragraph("Made from the saved revision " + revision + " of the project; save first to "
                + "include changes you have not saved. The RFP section is a tagged PDF with the requirements, the local "
                + "mandates, a response matrix and a glossary; the Word version is for editing into your own tender; "
                + "the checklist lists the profile, actor and option rows bidders confirm in their IHE Integration "
                + "Statements.");
        intro.addClassName("rsp-intro");
        documentsPanel.add(intro);
        for (RfpFormat format : RfpFormat.values()) {
            documentsPanel.add(documentRow(format));
        }
    }

    private Component documentRow(RfpFormat format) {
        Div row = new Div();
        row.addClassName("rsp-document-row");
        row.getElement().setAttribute("data-format", format.apiName());
        Button prepare = new Button("Prepare " + format.label(), VaadinIcon.FILE_TEXT_O.create());
        prepare.setId("prepare-" + format.apiName().replace('.', '-'));
        Div result = new Div();
        result.addClassName("rsp-document-result");
        prepare.addClickListener(e -> prepare(format, prepare, result));
        row.add(prepare, result);
        return row;
    }

    /** Renders on the document pool while the page shows progress, then offers the download. */
    private void prepare(RfpFormat format, Button prepare, Div result) {
        if (dirty) {
            result.removeAll();
            result.add(new Span("You have unsaved changes: save them first, or the document shows revision " + revision
                    + " without them. "));
        }
        UI ui = UI.getCurrent();
        AccountPrincipal user = CurrentUser.require();
        RfpProject project = projects.get(user, id);
        int rev = project.getRevision();
        var doc = projects.draft(project).toDocument(rev, LocalDate.now());
        String fileName = format.fileName(project.getName(), rev);
        prepare.setEnabled(false);
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.setWidth("12rem");
        progress.getElement().setAttribute("aria-label", "Preparing " + format.label());
        int queued = documents.waiting();
        Span message = new Span(queued > 0 ? "Waiting for a free place: " + queued + " documents ahead of yours…"
                : "Preparing " + format.label() + "…");
        message.getElement().setAttribute("role", "status");
        result.removeAll();
        result.add(progress, message);
        ui.setPollInterval(400);
        documents.renderAsync(format, doc).whenComplete((bytes, error) -> ui.access(() -> {
            ui.setPollInterval(-1);
            prepare.setEnabled(true);
            result.removeAll();
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
                boolean told = cause instanceof RfpDocumentService.DocumentsBusyException
                        || cause instanceof RenderBudget.ExceededException;
                Span failed = new Span(told ? cause.getMessage()
                        : "The document could not be made; the error has been logged.");
                failed.addClassName("rsp-error");
                result.add(failed);
                if (!told) {
                    org.slf4j.LoggerFactory.getLogger(RfpProjectView.class).error("Rendering {} failed", format, cause);
                }
                return;
            }
            result.add(Downloads.link("download-" + format.apiName().replace('.', '-'), "Download " + fileName,
                    fileName, format.mediaType(), () -> bytes), new Span(" " + size(bytes.length)));
        }));
    }

    private static String size(int bytes) {
        return bytes < 10_000 ? bytes + " bytes" : (bytes / 1024) + " KB";
    }

    // ---------------------------------------------------------------- bidders

    private void showBidders() {
        biddersPanel.removeAll();
        biddersPanel.setId("bidders-panel");
        AccountPrincipal user = CurrentUser.require();
        biddersPanel.add(new H2("Bidders' IHE Integration Statements"));
        Paragraph intro = new Paragraph("Import the IHE Integration Statement of each product a bidder offers (the JSON "
                + "file, or a statement PDF made by RSP Navigator), or take a published product. Each requirement of the "
                + "saved revision is then marked met, partly met, not met or not assessed for every bidder.");
        intro.addClassName("rsp-intro");
        TextField bidder = new TextField("Bidder");
        bidder.setId("bidder-name");
        bidder.setMaxLength(FieldLimits.NAME);
        Paragraph result = new Paragraph();
        result.setId("bidder-status");
        result.getElement().setAttribute("role", "status");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                bidders.add(CurrentUser.require(), id, bidder.getValue(), products.read(bytes), metadata.fileName());
                showBidders();
            } catch (IllegalArgumentException e) {
                result.setText("Not imported. " + e.getMessage());
            }
        }));
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
                bidders.add(CurrentUser.require(), id, bidder.getValue(), products.statement(p),
                        "product " + p.getId() + " (" + p.getName() + " " + p.getProductVersion() + ")");
                showBidders();
            } catch (IllegalArgumentException ex) {
                result.setText("Not added. " + ex.getMessage());
            }
        });
        take.setId("add-bidder-product");
        Div form = new Div(bidder, upload, published, take);
        form.addClassName("rsp-form-row");
        biddersPanel.add(intro, form, result);

        List<RfpBidderStatement> statements = bidders.list(user, id);
        if (statements.isEmpty()) {
            biddersPanel.add(new Paragraph("No statement imported yet."));
            return;
        }
        NativeTable list = Tables.table("bidder-statements", "Statements imported",
                List.of("Bidder", "Product", "From", "Imported", "Actions"));
        for (RfpBidderStatement s : statements) {
            var statement = bidders.statement(s);
            Button remove = new Button("Remove", e -> {
                bidders.remove(CurrentUser.require(), id, s.getId());
                showBidders();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel("Remove " + s.getBidder() + " " + statement.productName());
            Anchor gap = Downloads.link("gaps-" + s.getId(), "Gap analysis (PDF)",
                    FileNames.slug(s.getBidder() + " " + statement.productName(), "bidder") + "-gap-analysis.pdf",
                    "application/pdf", () -> permits.make(() -> bidders.gapReportPdf(CurrentUser.require(), id, s.getId())));
            Tables.body(list).add(new NativeTableRow(Tables.rowHeader(new Span(s.getBidder())),
                    new NativeTableCell(statement.vendor() + " — " + statement.productName() + " " + statement.version()),
                    new NativeTableCell(s.getSource()),
                    new NativeTableCell(Formats.WHEN.format(s.getImportedAt()) + " by " + s.getImportedBy()),
                    new NativeTableCell(gap, remove)));
        }
        biddersPanel.add(list);

        BidderMatrix matrix = bidders.matrix(user, id);
        biddersPanel.add(new H2("Evidence matrix"));
        List<String> headings = new ArrayList<>(List.of("No.", "Level", "Requirement"));
        headings.addAll(matrix.bidders());
        NativeTable table = Tables.table("bidder-matrix", "Requirements and what each bidder's statements claim",
                headings);
        NativeTableBody body = Tables.body(table);
        for (int i = 0; i < matrix.requirements().size(); i++) {
            Requirement r = matrix.requirements().get(i);
            NativeTableRow row = new NativeTableRow(Tables.rowHeader(new Span(r.number())),
                    new NativeTableCell(r.level().name()), new NativeTableCell(r.text()));
            row.getElement().setAttribute("data-number", r.number());
            for (GapRow cell : matrix.rows().get(i)) {
                Span fit = new Span(ProductView.fitLabel(cell));
                fit.addClassName("rsp-fit-" + cell.fit().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
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
        String stem = FileNames.slug(draft.spec().projectName(), "rfp") + "-bidder-evidence";
        Div downloads = new Div(
                Downloads.link("download-matrix-csv", "Evidence matrix (CSV)", stem + ".csv", "text/csv",
                        () -> bidders.csv(bidders.matrix(CurrentUser.require(), id))),
                Downloads.link("download-matrix-pdf", "Evidence matrix (PDF)", stem + ".pdf", "application/pdf",
                        () -> permits.make(() -> bidders.pdf(bidders.matrix(CurrentUser.require(), id),
                                draft.spec().projectName()))));
        downloads.addClassName("rsp-actions");
        biddersPanel.add(downloads, table);
    }

    // ---------------------------------------------------------------- history

    private void showHistory() {
        historyPanel.removeAll();
        historyPanel.setId("history-panel");
        historyPanel.add(new H2("Revisions"));
        Paragraph intro = new Paragraph("Every save is kept. Opening an old revision puts its content in the editor; "
                + "saving it then makes it the newest revision, and nothing in between is lost.");
        intro.addClassName("rsp-intro");
        historyPanel.add(intro);
        NativeTable table = new NativeTable();
        table.addClassName("rsp-portfolio-table");
        table.setId("revisions");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        for (String h : List.of("Revision", "Saved", "By", "")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        head.add(headRow);
        table.add(head);
        NativeTableBody body = new NativeTableBody();
        for (RfpProjectRevision r : projects.revisions(CurrentUser.require(), id)) {
            NativeTableHeaderCell number = new NativeTableHeaderCell(String.valueOf(r.getRevision()));
            number.getElement().setAttribute("scope", "row");
            Component action;
            if (r.getRevision() == revision) {
                action = new Span("current");
            } else {
                Button open = new Button("Open in the editor", e -> {
                    draft = projects.revision(CurrentUser.require(), id, r.getRevision());
                    fillScope(draft.spec());
                    showSystems();
                    showRequirements();
                    showMandatesAndClauses();
                    dirty = true;
                    saveState.setText("Showing revision " + r.getRevision() + "; save to make it the newest");
                });
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                open.setAriaLabel("Open revision " + r.getRevision() + " in the editor");
                action = open;
            }
            body.add(new NativeTableRow(number, new NativeTableCell(Formats.WHEN.format(r.getSavedAt())),
                    new NativeTableCell(r.getSavedBy()), new NativeTableCell(action)));
        }
        table.add(body);
        historyPanel.add(table);
    }

    // ---------------------------------------------------------------- saving

    private void save() {
        if (!applyScope()) {
            return;
        }
        try {
            RfpProject saved = projects.save(CurrentUser.require(), id, version, draft);
            Notification n = Notification.show("Saved as revision " + saved.getRevision() + ".", 3000,
                    Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            status.setText("");
            show(saved, false);
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            offerReload(e instanceof StaleEditException ? e.getMessage()
                    : "Someone else saved this RFP project at the same moment. Reload it to see their version.");
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
    }

    private void duplicate() {
        if (dirty) {
            status.setText("Save or discard your changes before duplicating: the copy is made from the saved revision.");
            return;
        }
        RfpProject copy = projects.duplicate(CurrentUser.require(), id);
        getUI().ifPresent(ui -> ui.navigate(RfpProjectView.class, String.valueOf(copy.getId())));
    }

    private void offerReload(String message) {
        status.setText(message);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Changed by someone else");
        dialog.setText(message + " Your edits stay on the page until you reload, so you can note them first.");
        dialog.setConfirmText("Reload");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep my edits on screen");
        dialog.addConfirmListener(e -> show(projects.get(CurrentUser.require(), id), false));
        dialog.setId("stale-dialog");
        dialog.open();
    }
}
