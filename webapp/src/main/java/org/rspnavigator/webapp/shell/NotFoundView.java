package org.rspnavigator.webapp.shell;

import org.rspnavigator.webapp.catalog.CatalogView;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;

import jakarta.servlet.http.HttpServletResponse;

/** What a person sees at an address the application does not have, or for an id the catalog does not hold. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final Paragraph message = new Paragraph();

    public NotFoundView() {
        addClassName("rsp-view");
        H1 title = new H1("Page not found");
        Paragraph help = new Paragraph();
        help.add("Start again from the ");
        help.add(new RouterLink("standards catalog", CatalogView.class));
        help.add(".");
        add(title, message, help);
    }

    @Override
    public String getPageTitle() {
        return "Not found | RSP Navigator";
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String custom = parameter.hasCustomMessage() ? parameter.getCustomMessage() : null;
        message.setText(custom != null && !custom.isBlank() ? custom
                : "There is nothing at /" + event.getLocation().getPath() + ".");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
