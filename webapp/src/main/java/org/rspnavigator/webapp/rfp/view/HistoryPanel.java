package org.rspnavigator.webapp.rfp.view;

import java.util.List;

import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.rfp.RfpProjectRevision;
import org.rspnavigator.webapp.rfp.RfpProjectService;
import org.rspnavigator.webapp.widgets.Formats;
import org.rspnavigator.webapp.widgets.Tables;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The saved revisions of the project, newest first. Opening an older one puts its draft in the
 * {@link DraftState} and raises {@link RevisionOpened}.
 */
public final class HistoryPanel extends Div {

    private static final long serialVersionUID = 1L;

    private final DraftState state;
    private final RfpProjectService projects;

    public HistoryPanel(DraftState state, RfpProjectService projects) {
        this.state = state;
        this.projects = projects;
        setId("history-panel");
    }

    /** Shows the revisions saved so far. */
    public void show() {
        removeAll();
        add(new H2("Revisions"));
        Paragraph intro = new Paragraph("Every save is kept. Opening an old revision puts its content in the editor; "
                + "saving it then makes it the newest revision, and nothing in between is lost.");
        intro.addClassName("rsp-intro");
        add(intro);
        NativeTable table = Tables.table("revisions", "Saved revisions", List.of("Revision", "Saved", "By", ""));
        NativeTableBody body = Tables.body(table);
        for (RfpProjectRevision r : projects.revisions(CurrentUser.require(), state.projectId())) {
            Component action;
            if (r.getRevision() == state.revision()) {
                action = new Span("current");
            } else {
                Button open = new Button("Open in the editor", e -> open(r.getRevision()));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                open.setAriaLabel("Open revision " + r.getRevision() + " in the editor");
                action = open;
            }
            body.add(new NativeTableRow(Tables.rowHeader(String.valueOf(r.getRevision())),
                    new NativeTableCell(Formats.WHEN.format(r.getSavedAt())), new NativeTableCell(r.getSavedBy()),
                    new NativeTableCell(action)));
        }
        add(table);
    }

    private void open(int revision) {
        state.setDraft(projects.revision(CurrentUser.require(), state.projectId(), revision));
        fireEvent(new RevisionOpened(this, revision));
    }
}
