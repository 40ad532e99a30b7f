package org.rspnavigator.webapp.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Layout;

/** The frame around every view: the product name and the main navigation. */
@Layout
public class MainLayout extends AppLayout {

    private static final long serialVersionUID = 1L;

    public MainLayout() {
        Anchor home = new Anchor("", "RSP Navigator");
        home.addClassName("rsp-brand");
        Span tagline = new Span("ISO 21860 clinical-imaging standards portfolio");
        tagline.addClassName("rsp-tagline");
        HorizontalLayout header = new HorizontalLayout(home, tagline);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("rsp-header");
        Div bar = new Div(header);
        bar.setWidthFull();
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.setLabel("Main");
        nav.addItem(new SideNavItem("Catalog", CatalogView.class, VaadinIcon.LIST.create()));
        SideNavItem api = new SideNavItem("JSON API", "/api/v1/standards", VaadinIcon.CODE.create());
        api.setOpenInNewBrowserTab(true);
        nav.addItem(api);
        addToDrawer(nav);
    }
}
