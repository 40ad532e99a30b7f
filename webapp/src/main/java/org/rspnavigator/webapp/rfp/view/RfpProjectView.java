package org.rspnavigator.webapp.rfp.view;

import java.util.List;

import org.rspnavigator.webapp.rfp.RfpBidderService;
import org.rspnavigator.webapp.rfp.RfpEvaluationService;
import org.rspnavigator.webapp.rfp.RfpDocumentService;
import org.rspnavigator.webapp.rfp.RfpProject;
import org.rspnavigator.webapp.rfp.RfpProjectService;

import org.rspnavigator.procurement.rfp.RequirementProposer;
import org.rspnavigator.procurement.rfp.RfpSpec;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.platform.StaleEditException;
import org.rspnavigator.webapp.platform.WorkNotFoundException;
import org.rspnavigator.webapp.products.ProductService;
import org.rspnavigator.webapp.rfp.view.BiddersPanel;
import org.rspnavigator.webapp.rfp.view.ClausesPanel;
import org.rspnavigator.webapp.rfp.view.DocumentsPanel;
import org.rspnavigator.webapp.rfp.view.DraftChanged;
import org.rspnavigator.webapp.rfp.view.DraftState;
import org.rspnavigator.webapp.rfp.view.EvaluationPanel;
import org.rspnavigator.webapp.rfp.view.HistoryPanel;
import org.rspnavigator.webapp.rfp.view.RequirementsPanel;
import org.rspnavigator.webapp.rfp.view.RevisionOpened;
import org.rspnavigator.webapp.rfp.view.ScopeForm;
import org.rspnavigator.webapp.widgets.Formats;
import org.rspnavigator.webapp.widgets.MarkdownRenderer;
import org.rspnavigator.webapp.widgets.SectionTabs;
import org.rspnavigator.webapp.widgets.StaleEditDialog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * The RFP wizard. A new project asks for the project, the use cases and the systems bought, then
 * proposes the requirements and saves revision 1. An open project shows its scope, requirements,
 * local mandates and custom clauses, documents, bidders and history, each a panel of
 * {@code rfp.view} sharing the draft on screen ({@link DraftState}); every save is a new revision,
 * refused if a colleague saved in between. Changing the scope re-proposes the requirements, keeping
 * the numbers, levels and withdrawals already made.
 */
@Route("rfp")
@RolesAllowed({"PLANNER", "ADMIN"})
public class RfpProjectView extends Div implements HasUrlParameter<String>, HasDynamicTitle, BeforeLeaveObserver {

    private static final long serialVersionUID = 1L;
    static final String NEW = "new";
    static final String TAB = "tab";
    static final String REQUIREMENTS_TAB = "requirements";

    private final RfpProjectService projects;
    private final RequirementProposer proposer;
    private final DraftState state = new DraftState();
    private final ScopeForm scope;
    private final RequirementsPanel requirements;
    private final ClausesPanel clauses;
    private final DocumentsPanel documents;
    private final BiddersPanel bidders;
    private final EvaluationPanel evaluation;
    private final HistoryPanel history;
    private final Paragraph status = new Paragraph();
    private final Span saveState = new Span();
    /** The sections and the Save button of the project on screen; null before one is shown. */
    private SectionTabs tabs;
    private Button saveButton;
    /** The index of the Requirements section among the tabs. */
    private static final int REQUIREMENTS_TAB_INDEX = 1;
    /**
     * The sections as the address names them ({@code ?tab=bidders}), in the order of the tabs: a
     * reload, a bookmark or a link sent to a colleague opens the section it was taken on.
     */
    static final List<String> SECTIONS = List.of("scope", REQUIREMENTS_TAB, "clauses", "documents", "bidders",
            "evaluation", "history");

    private long version;
    private String title = "RFP project | RSP Navigator";

    public RfpProjectView(RfpProjectService projects, RfpDocumentService documents, Catalog catalog,
            MarkdownRenderer markdown, RfpBidderService bidders, ProductService products, RequirementProposer proposer,
            RfpEvaluationService evaluation) {
        this.projects = projects;
        this.proposer = proposer;
        this.scope = new ScopeForm(catalog);
        this.requirements = new RequirementsPanel(state, catalog, proposer);
        this.clauses = new ClausesPanel(state, catalog, markdown);
        this.documents = new DocumentsPanel(state, projects, documents);
        this.bidders = new BiddersPanel(state, bidders, products, catalog, evaluation);
        this.evaluation = new EvaluationPanel(state, evaluation);
        this.history = new HistoryPanel(state, projects);
        addClassNames("rsp-view", "rsp-rfp");
        for (Component panel : new Component[] {scope, requirements, clauses}) {
            ComponentUtil.addListener(panel, DraftChanged.class, e -> changed());
        }
        ComponentUtil.addListener(history, RevisionOpened.class, e -> revisionOpened(e.revision()));
        status.setId("rfp-status");
        status.addClassName("rsp-status");
        status.getElement().setAttribute("aria-live", "polite");
        saveState.setId("save-state");
        saveState.addClassName("rsp-muted");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        AccountPrincipal user = CurrentUser.require();
        if (NEW.equals(parameter)) {
            state.clear();
            scope.fillNew(user.organizationName());
            title = "New RFP project | RSP Navigator";
            layoutNew();
            return;
        }
        try {
            RfpProject project = projects.get(user, Long.parseLong(parameter));
            int section = event.getLocation().getQueryParameters().getSingleParameter(TAB)
                    .map(SECTIONS::indexOf).filter(i -> i >= 0).orElse(0);
            show(project, section);
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
        if (!state.dirty() || !state.isOpen()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        // Staying is the default answer: Enter or Escape keep the edits; discarding takes a deliberate click.
        // Staying cancels the postponed navigation: left pending, it would swallow every later link followed.
        ConfirmDialog dialog = new ConfirmDialog("Leave without saving?", "Your changes to this RFP project are not "
                + "saved yet.", "Stay", e -> action.cancel());
        dialog.addCancelListener(e -> action.cancel());
        dialog.setRejectable(true);
        dialog.setRejectText("Leave and discard them");
        dialog.setRejectButtonTheme("error tertiary");
        dialog.addRejectListener(e -> {
            state.setDirty(false);
            action.proceed();
        });
        dialog.setCloseOnEsc(true);
        dialog.setId("leave-dialog");
        dialog.open();
    }

    private void layoutNew() {
        removeAll();
        add(back(), new H1("New RFP project"));
        Paragraph intro = new Paragraph("Say what you are buying and for which integration use cases; RSP Navigator "
                + "then proposes the requirements, which you can adjust before downloading the documents.");
        intro.addClassName("rsp-intro");
        Button propose = new Button("Propose requirements", VaadinIcon.MAGIC.create(), e -> createProject());
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.setId("propose");
        add(intro, scope, actions(propose), status);
    }

    private void show(RfpProject project, boolean openRequirements) {
        show(project, openRequirements ? REQUIREMENTS_TAB_INDEX : 0);
    }

    /** Shows the project with the section {@code tabIndex} selected (0: project and scope). */
    private void show(RfpProject project, int tabIndex) {
        state.open(project.getId(), project.getRevision(), projects.draft(project));
        version = project.getVersion();
        scope.fill(state.draft().spec());
        title = project.getName() + " | RSP Navigator";
        removeAll();
        Button save = new Button("Save", VaadinIcon.CHECK.create(), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-project");
        Button duplicate = new Button("Duplicate", VaadinIcon.COPY_O.create(), e -> duplicate());
        duplicate.setId("duplicate-project");
        Div bar = actions(save, duplicate, saveState);
        bar.addClassName("rsp-save-bar");
        Paragraph meta = new Paragraph("Revision " + project.getRevision() + ", saved by " + project.getUpdatedBy()
                + " on " + Formats.WHEN.format(project.getUpdatedAt()) + ". Created by " + project.getCreatedBy()
                + " on " + Formats.WHEN.format(project.getCreatedAt()) + ".");
        meta.addClassName("rsp-muted");
        meta.setId("project-meta");
        add(back(), new H1(project.getName()), meta, bar, status);

        SectionTabs tabs = new SectionTabs("rfp-tabs", "Project sections");
        tabs.add("Project and scope", scope);
        int requirementsTab = tabs.add("Requirements", requirements);
        tabs.add("Mandates and clauses", clauses);
        tabs.add("Documents", documents);
        tabs.add("Bidders", bidders);
        int evaluationTab = tabs.add("Evaluation", evaluation);
        tabs.add("History", history);
        tabs.onSelect(index -> {
            if (index == requirementsTab) {
                applyScope();
            }
            if (index == evaluationTab) {
                evaluation.show(); // the bidders' section may have changed what there is to evaluate
            }
            // The address follows the section, without a navigation (nothing is left, nothing is asked).
            String address = "rfp/" + project.getId() + (index == 0 ? "" : "?" + TAB + "=" + SECTIONS.get(index));
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address));
        });
        add(tabs);
        requirements.show();
        clauses.show();
        documents.show();
        history.show();
        bidders.show();
        markSaved();
        if (tabIndex > 0) {
            tabs.select(tabIndex);
        }
        this.tabs = tabs;
        this.saveButton = save;
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

    private void createProject() {
        try {
            RfpProject project = projects.create(CurrentUser.require(), scope.spec());
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
        if (state.draft() == null) {
            return true;
        }
        try {
            RfpSpec spec = scope.spec();
            if (!spec.equals(state.draft().spec())) {
                state.setDraft(state.draft().withSpec(spec, proposer));
                requirements.show();
                clauses.show();
            }
            return true;
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return false;
        }
    }

    private void changed() {
        if (state.isOpen()) {
            state.setDirty(true);
            saveState.setText("Unsaved changes");
        }
    }

    private void revisionOpened(int revision) {
        scope.fill(state.draft().spec());
        requirements.show();
        clauses.show();
        state.setDirty(true);
        saveState.setText("Showing revision " + revision + "; save to make it the newest");
    }

    private void markSaved() {
        state.setDirty(false);
        saveState.setText("All changes saved (revision " + state.revision() + ")");
    }

    private void save() {
        if (!applyScope()) {
            return;
        }
        try {
            RfpProject saved = projects.save(CurrentUser.require(), state.projectId(), version, state.draft());
            Notification n = Notification.show("Saved as revision " + saved.getRevision() + ".", 3000,
                    Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            status.setText("");
            int open = tabs == null ? 0 : Math.max(0, tabs.selected());
            show(saved, open);
            // Saving keeps the reader where they were: the same section, focus back on Save.
            saveButton.focus();
        } catch (StaleEditException e) {
            status.setText(e.getMessage());
            new StaleEditDialog(e.getMessage(), () -> show(projects.get(CurrentUser.require(), state.projectId()),
                    false)).open();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
    }

    private void duplicate() {
        if (state.dirty()) {
            status.setText("Save or discard your changes before duplicating: the copy is made from the saved revision.");
            return;
        }
        RfpProject copy = projects.duplicate(CurrentUser.require(), state.projectId());
        getUI().ifPresent(ui -> ui.navigate(RfpProjectView.class, String.valueOf(copy.getId())));
    }
}
