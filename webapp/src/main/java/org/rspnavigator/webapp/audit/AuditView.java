package org.rspnavigator.webapp.audit;

import org.rspnavigator.webapp.widgets.Formats;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The latest entries of the audit trail, for administrators. */
@Route("admin/audit")
@PageTitle("Audit trail | RSP Navigator")
@RolesAllowed("ADMIN")
public class AuditView extends Div {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 500;

    public AuditView(AuditLog audit) {
        addClassNames("rsp-view");
        Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
        grid.addColumn(e -> Formats.WHEN.format(e.getAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(e -> e.getUsername() == null ? "(system)" : e.getUsername()).setHeader("Who").setAutoWidth(true);
        grid.addColumn(e -> e.getAction().label()).setHeader("What").setAutoWidth(true);
        grid.addColumn(e -> e.getSubjectType() + (e.getSubjectId() == null ? "" : " " + e.getSubjectId()))
                .setHeader("On").setAutoWidth(true);
        grid.addColumn(e -> e.getDetail() == null ? "" : e.getDetail()).setHeader("Detail").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(audit.latest(SHOWN));
        grid.setId("audit");
        grid.setHeight("70vh");
        add(new H1("Audit trail"), new Paragraph("The latest " + SHOWN + " entries: who created, changed, exported, "
                + "imported or deleted what, and who signed in or failed to."), grid);
    }
}
