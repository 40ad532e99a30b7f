package org.rspnavigator.webapp.ui;

import org.rspnavigator.search.CatalogSearch;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;

/** The frame around every view: the product name, the main navigation, room for the search box. */
@Layout
public class MainLayout extends AppLayout {

    private static final long serialVersionUID = 1L;

    public MainLayout(CatalogSearch search) {
        setPrimarySection(Section.NAVBAR);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the navigation");
        Anchor home = new Anchor("", "RSP Navigator");
        home.addClassName("rsp-brand");
        Span tagline = new Span("ISO 21860 clinical-imaging standards portfolio");
        tagline.addClassName("rsp-tagline");
        Div header = new Div(home, tagline);
        header.addClassName("rsp-header");
        HeaderSearch box = new HeaderSearch(search);
        addToNavbar(toggle, header, box);

        SideNav nav = new SideNav();
        nav.setLabel("Main");
        nav.addItem(new SideNavItem("Catalog", CatalogView.class, VaadinIcon.LIST.create()));
        nav.addItem(new SideNavItem("Search", SearchView.class, VaadinIcon.SEARCH.create()));
        nav.addItem(new SideNavItem("Use cases", UseCaseView.class, VaadinIcon.CONNECT.create()));
        nav.addItem(new SideNavItem("Portfolio", PortfolioView.class, VaadinIcon.TABLE.create()));
        nav.addItem(new SideNavItem("IHE profiles", ProfilesView.class, VaadinIcon.CLUSTER.create()));
        SideNavItem api = new SideNavItem("JSON API", "/api/v1/standards", VaadinIcon.CODE.create());
        api.setOpenInNewBrowserTab(true);
        nav.addItem(api);
        nav.addClassName("rsp-nav");
        addToDrawer(nav);
    }
}
