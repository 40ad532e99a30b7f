package org.rspnavigator.webapp.rfp.view;

import java.util.List;

import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.rfp.PortfolioExceptionReport;
import org.rspnavigator.webapp.widgets.Downloads;
import org.rspnavigator.webapp.widgets.Formats;
import org.rspnavigator.webapp.widgets.Tables;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * Comply or explain, for the policy makers of the planner's organization: every SHALL proposed
 * from the portfolio that one of its RFP projects lowered or withdrew, with the reason and who
 * made the change when, and the same as a CSV file. Reached from the list of RFP projects.
 */
@Route(PortfolioExceptionsView.PATH)
@PageTitle("Exceptions to the portfolio | RSP Navigator")
@RolesAllowed({"PLANNER", "ADMIN"})
public class PortfolioExceptionsView extends Div {

    private static final long serialVersionUID = 1L;
    static final String PATH = "rfp/exceptions";

    public PortfolioExceptionsView(PortfolioExceptionReport report) {
        addClassNames("rsp-view");
        AccountPrincipal user = CurrentUser.require();
        List<PortfolioExceptionReport.Row> rows = report.rows(user);
        Paragraph intro = new Paragraph("ISO 21860 clause 5.1 makes the preferred and legacy standards in scope SHALL, "
                + "and asks that every exception be documented. These are the requirements proposed from the portfolio "
                + "at SHALL that the RFP projects of " + user.organizationName() + " have lowered or withdrawn, as "
                + "their latest revisions stand, each with the reason the planner gave.");
        intro.addClassName("rsp-intro");
        RouterLink back = new RouterLink("All RFP projects", RfpProjectsView.class);
        back.setId("back-to-rfp-projects");
        Div actions = new Div(back, Downloads.link("download-exceptions-csv", "Download as CSV", report.csv(user)));
        actions.addClassName("rsp-actions");
        add(new H1("Exceptions to the portfolio"), intro, actions);
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph("None: no RFP project of your organization lowers or withdraws a SHALL "
                    + "the portfolio proposed.");
            none.setId("no-exceptions");
            add(none);
            return;
        }
        add(table(rows));
    }

    private static NativeTable table(List<PortfolioExceptionReport.Row> rows) {
        NativeTable table = Tables.table("portfolio-exceptions", "Exceptions to the portfolio",
                List.of("Project", "Revision", "No.", "System", "Proposed by the portfolio", "Now", "Reason",
                        "Changed by"));
        NativeTableBody body = Tables.body(table);
        for (PortfolioExceptionReport.Row r : rows) {
            NativeTableRow row = new NativeTableRow(
                    new NativeTableCell(new RouterLink(r.project(), RfpProjectView.class, String.valueOf(r.projectId()))),
                    new NativeTableCell(String.valueOf(r.revision())), Tables.rowHeader(r.number()),
                    new NativeTableCell(r.system()), new NativeTableCell(r.proposed().label() + ": " + r.subject()),
                    new NativeTableCell(r.change()),
                    new NativeTableCell(r.reason().isEmpty() ? "No reason was recorded." : r.reason()),
                    new NativeTableCell(r.changedBy() + ", " + Formats.WHEN.format(r.changedAt())));
            row.getElement().setAttribute("data-number", r.number());
            body.add(row);
        }
        return table;
    }
}
