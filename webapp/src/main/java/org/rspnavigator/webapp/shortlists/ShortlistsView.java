package org.rspnavigator.webapp.shortlists;

import org.rspnavigator.webapp.platform.FileNames;
import org.rspnavigator.webapp.widgets.Formats;
import java.util.List;

import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;

import org.rspnavigator.webapp.accounts.OrganizationFiles;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** The shortlists of the signed-in user's organization. */
@Route("shortlists")
@PageTitle("Shortlists | RSP Navigator")
@PermitAll
public class ShortlistsView extends Div {

    private static final long serialVersionUID = 1L;

    public ShortlistsView(ShortlistService shortlists, OrganizationFiles files) {
        addClassNames("rsp-view");
        AccountPrincipal user = CurrentUser.require();
        add(new H1("Shortlists"));
        Paragraph intro = new Paragraph("Selections of portfolio standards that " + user.organizationName()
                + " keeps, with notes: shared by everyone in the organization, seen by nobody else. Make one from any "
                + "catalog view with “Save as shortlist”, or start an empty one.");
        intro.addClassName("rsp-intro");
        RouterLink create = new RouterLink("New shortlist", ShortlistView.class, ShortlistView.NEW);
        create.addClassName("rsp-button-link");
        create.setId("new-shortlist");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] data = files.export(user, user.organizationId());
            return new DownloadResponse(new java.io.ByteArrayInputStream(data), FileNames.organizationExport(user.organizationName()),
                    "application/json", data.length);
        }), "Download all of " + user.organizationName() + "'s data (JSON)");
        export.setId("export-organization");
        Div actions = new Div(create, export);
        actions.addClassName("rsp-actions");
        add(intro, actions);

        List<Shortlist> items = shortlists.list(user);
        if (items.isEmpty()) {
            add(new Paragraph("Your organization has no shortlist yet."));
            return;
        }
        NativeTable table = new NativeTable();
        table.setId("shortlists");
        table.addClassName("rsp-portfolio-table");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText("Shortlists of " + user.organizationName());
        caption.addClassName("rsp-visually-hidden");
        table.add(caption);
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow row = new NativeTableRow();
        for (String h : List.of("Name", "Standards", "Last changed", "By")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            row.add(cell);
        }
        head.add(row);
        table.add(head);
        NativeTableBody body = new NativeTableBody();
        for (Shortlist s : items) {
            NativeTableHeaderCell name = new NativeTableHeaderCell(new RouterLink(s.getName(), ShortlistView.class,
                    String.valueOf(s.getId())));
            name.getElement().setAttribute("scope", "row");
            body.add(new NativeTableRow(name, new NativeTableCell(String.valueOf(s.getStandardIds().size())),
                    new NativeTableCell(Formats.WHEN.format(s.getUpdatedAt())), new NativeTableCell(s.getUpdatedBy())));
        }
        table.add(body);
        add(table);
    }
}
