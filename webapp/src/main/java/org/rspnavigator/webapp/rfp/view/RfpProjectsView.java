package org.rspnavigator.webapp.rfp.view;

import org.rspnavigator.webapp.rfp.RfpProject;
import org.rspnavigator.webapp.rfp.RfpProjectService;

import org.rspnavigator.webapp.rfp.view.RfpProjectView;

import org.rspnavigator.webapp.widgets.Formats;
import org.rspnavigator.webapp.widgets.Tables;
import java.util.List;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.platform.StaleEditException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/** The RFP projects of the signed-in planner's organization: open, duplicate, delete, start a new one. */
@Route("rfp")
@PageTitle("RFP projects | RSP Navigator")
@RolesAllowed({"PLANNER", "ADMIN"})
public class RfpProjectsView extends Div {

    private static final long serialVersionUID = 1L;

    private final RfpProjectService projects;
    private final Catalog catalog;

    public RfpProjectsView(RfpProjectService projects, Catalog catalog) {
        this.projects = projects;
        this.catalog = catalog;
        addClassNames("rsp-view");
        show();
    }

    private void show() {
        removeAll();
        AccountPrincipal user = CurrentUser.require();
        add(new H1("RFP projects"));
        Paragraph intro = new Paragraph("An RFP project turns the use cases in scope and the systems being bought "
                + "into numbered requirements grounded in ISO 21860 and the IHE profiles, which you adjust and then "
                + "download as an RFP section, a vendor response matrix and an integration-statement checklist. "
                + "Projects are shared by everyone in " + user.organizationName() + " and every save is kept as a "
                + "revision.");
        intro.addClassName("rsp-intro");
        RouterLink create = new RouterLink("New RFP project", RfpProjectView.class, RfpProjectView.NEW);
        create.addClassName("rsp-button-link");
        create.setId("new-rfp-project");
        Div actions = new Div(create);
        actions.addClassName("rsp-actions");
        add(intro, actions);

        List<RfpProject> items = projects.list(user);
        if (items.isEmpty()) {
            add(new Paragraph("Your organization has no RFP project yet."));
            return;
        }
        NativeTable table = Tables.table("rfp-projects", "RFP projects of " + user.organizationName(),
                List.of("Project", "Systems", "Requirements", "Revision", "Last saved", "By", "Actions"));
        NativeTableBody body = Tables.body(table);
        for (RfpProject p : items) {
            RfpDraft draft = projects.draft(p);
            NativeTableHeaderCell name = Tables.rowHeader(new RouterLink(p.getName(), RfpProjectView.class,
                    String.valueOf(p.getId())));
            String systems = String.join(", ", draft.spec().systems().stream()
                    .map(s -> catalog.systemType(s.systemType()).map(t -> t.name()).orElse(s.systemType())
                            + (s.quantity() > 1 ? " × " + s.quantity() : ""))
                    .toList());
            Button copy = new Button("Duplicate", VaadinIcon.COPY_O.create(), e -> duplicate(p));
            copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            copy.setAriaLabel("Duplicate " + p.getName());
            Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirmDelete(p));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            delete.setAriaLabel("Delete " + p.getName());
            body.add(new NativeTableRow(name, new NativeTableCell(systems),
                    new NativeTableCell(String.valueOf(draft.requirements().size())),
                    new NativeTableCell(String.valueOf(p.getRevision())),
                    new NativeTableCell(Formats.WHEN.format(p.getUpdatedAt())),
                    new NativeTableCell(p.getUpdatedBy()), new NativeTableCell(copy, delete)));
        }
        add(table);
    }

    private void duplicate(RfpProject p) {
        RfpProject copy = projects.duplicate(CurrentUser.require(), p.getId());
        Notification.show("Duplicated as “" + copy.getName() + "”.", 3000, Notification.Position.BOTTOM_START);
        show();
    }

    private void confirmDelete(RfpProject p) {
        ConfirmDialog dialog = new ConfirmDialog("Delete this RFP project?", "“" + p.getName() + "” and all its "
                + p.getRevision() + " revisions will be deleted for everyone in your organization.", "Delete", e -> {
                    try {
                        projects.delete(CurrentUser.require(), p.getId(), p.getVersion());
                    } catch (StaleEditException ex) {
                        Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE);
                    }
                    show();
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
