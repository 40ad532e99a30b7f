package org.rspnavigator.webapp.shell;

import org.rspnavigator.webapp.catalog.CatalogView;
import org.rspnavigator.webapp.platform.web.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.CannotCreateTransactionException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What a person sees when a view of saved work cannot be opened because the database cannot be
 * reached (every service opens a transaction first, which is where an outage shows): that it is
 * temporary, and that the catalog still works.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class DatabaseUnavailableView extends Div
        implements HasErrorParameter<CannotCreateTransactionException>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableView.class);

    public DatabaseUnavailableView() {
        addClassName("rsp-view");
        setId("database-unavailable");
        Paragraph help = new Paragraph();
        help.add("The standards catalog, the IHE profiles and search need no database: ");
        help.add(new RouterLink("browse the catalog", CatalogView.class));
        help.add(" meanwhile.");
        add(new H1("The database cannot be reached"),
                new Paragraph("Your saved work could not be opened just now; nothing is lost. Try again in a minute."),
                help);
    }

    @Override
    public String getPageTitle() {
        return "Database unavailable | RSP Navigator";
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        DatabaseUnavailable.log(log, "opening /" + event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
