package org.rspnavigator.webapp.catalog;

import java.util.List;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.SystemType;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The kinds of systems people buy, each with the IHE actors it usually plays and the names the
 * use-case tables give it: where a buyer starts from "what does a PACS usually play?".
 */
@Route("system-types")
@PageTitle("System types | RSP Navigator")
@AnonymousAllowed
public class SystemTypesView extends Div {

    private static final long serialVersionUID = 1L;

    public SystemTypesView(Catalog catalog) {
        addClassNames("rsp-view", "rsp-system-types");
        Paragraph intro = new Paragraph("The kinds of systems a hospital buys. Each page says which IHE actors the system "
                + "usually plays, with the options buyers usually ask for, and which rows of the use-case tables concern "
                + "it; the RFP builder proposes requirements from the same facts.");
        intro.addClassName("rsp-intro");
        NativeTable table = Tables.table("system-types", "System types",
                List.of("System", "Also called", "In the use-case tables as", "IHE actors played"));
        NativeTableBody body = Tables.body(table);
        for (SystemType t : catalog.systemTypes()) {
            body.add(new NativeTableRow(Tables.rowHeader(new RouterLink(t.name(), SystemTypeView.class, t.id())),
                    new NativeTableCell(t.aliases().isEmpty() ? "—" : String.join(", ", t.aliases())),
                    new NativeTableCell(t.useCaseSystems().isEmpty() ? "—" : String.join(", ", t.useCaseSystems())),
                    new NativeTableCell(String.valueOf(t.plays().size()))));
        }
        add(new H1("System types"), intro, table);
    }
}
