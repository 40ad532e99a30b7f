package org.rspnavigator.webapp.shell;

import org.rspnavigator.webapp.accounts.ChangePasswordView;
import org.rspnavigator.webapp.accounts.OrganizationsView;
import org.rspnavigator.webapp.accounts.UsersView;
import org.rspnavigator.webapp.audit.AuditView;
import org.rspnavigator.webapp.catalog.CatalogView;
import org.rspnavigator.webapp.catalog.PortfolioView;
import org.rspnavigator.webapp.catalog.UseCaseView;
import org.rspnavigator.webapp.products.view.ProductsView;
import org.rspnavigator.webapp.catalog.ProfilesView;
import org.rspnavigator.webapp.rfp.view.RfpProjectsView;
import org.rspnavigator.webapp.search.HeaderSearch;
import org.rspnavigator.webapp.search.SearchView;
import org.rspnavigator.webapp.shortlists.ShortlistsView;
import org.rspnavigator.webapp.search.SearchService;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;

/** The frame around every view: the product name, the main navigation, room for the search box. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    public MainLayout(SearchService search, AuthenticationContext authentication) {
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
        addToNavbar(skipLink(), toggle, header, box, account(authentication));

        SideNav nav = new SideNav();
        nav.setLabel("Main");
        nav.addItem(new SideNavItem("Catalog", CatalogView.class, VaadinIcon.LIST.create()));
        nav.addItem(new SideNavItem("Search", SearchView.class, VaadinIcon.SEARCH.create()));
        nav.addItem(new SideNavItem("Use cases", UseCaseView.class, VaadinIcon.CONNECT.create()));
        nav.addItem(new SideNavItem("Portfolio", PortfolioView.class, VaadinIcon.TABLE.create()));
        nav.addItem(new SideNavItem("IHE profiles", ProfilesView.class, VaadinIcon.CLUSTER.create()));
        nav.addItem(new SideNavItem("System types", org.rspnavigator.webapp.catalog.SystemTypesView.class,
                VaadinIcon.SERVER.create()));
        Optional<AccountPrincipal> user = CurrentUser.get();
        if (user.isPresent()) {
            nav.addItem(new SideNavItem("Shortlists", ShortlistsView.class, VaadinIcon.BOOKMARK.create()));
            if (org.rspnavigator.webapp.rfp.RfpProjectService.mayPlan(user.get())) {
                nav.addItem(new SideNavItem("RFP projects", RfpProjectsView.class, VaadinIcon.FILE_TEXT_O.create()));
            }
            nav.addItem(new SideNavItem("Products", ProductsView.class, VaadinIcon.PACKAGE.create()));
        }
        // The API's OpenAPI document in Swagger UI: every endpoint, with the anonymous ones to try out.
        SideNavItem api = new SideNavItem("JSON API", "/swagger-ui.html", VaadinIcon.CODE.create());
        api.setOpenInNewBrowserTab(true);
        nav.addItem(api);
        nav.addClassName("rsp-nav");
        addToDrawer(nav);
        if (user.map(AccountPrincipal::isAdmin).orElse(false)) {
            SideNav admin = new SideNav();
            admin.setLabel("Administration");
            admin.addItem(new SideNavItem("Organizations", OrganizationsView.class, VaadinIcon.BUILDING.create()));
            admin.addItem(new SideNavItem("Users", UsersView.class, VaadinIcon.USERS.create()));
            admin.addItem(new SideNavItem("Audit trail", AuditView.class, VaadinIcon.RECORDS.create()));
            admin.addClassName("rsp-nav");
            addToDrawer(admin);
        }
    }

    /**
     * The first stop of the Tab key on every page, shown only while it has focus: it moves focus
     * past the header and the navigation to the view's main heading, so that a keyboard user need
     * not tab through the menu on each page (WCAG 2.4.1, bypass blocks). It moves focus in the page
     * rather than following a fragment, which the router would treat as a new address.
     */
    private static Anchor skipLink() {
        Anchor skip = new Anchor("#", "Skip to main content");
        skip.setId("skip-to-content");
        skip.addClassName("rsp-skip-link");
        skip.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const target = document.querySelector('vaadin-app-layout > :not([slot]) h1')
                      || document.querySelector('vaadin-app-layout > :not([slot])');
                  if (target) {
                    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
                    target.focus();
                    target.scrollIntoView({block: 'nearest'});
                  }
                });""");
        return skip;
    }

    /** A new view starts at its top, not where the last one was left (see {@link PageScroll}). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getUI().ifPresent(ui -> PageScroll.afterNavigation(ui.getPage(),
                event.getLocation().getPath(), event.getLocationChangeEvent().getTrigger()));
    }

    /**
     * "Sign in", or who is signed in with a menu to change the password and sign out. On a laptop
     * the button shows the name and organization; on a phone, where they do not fit beside the
     * brand, it shows a user icon instead (see the theme's {@code rsp-account} rules), and the menu
     * it opens starts with the name and organization, so that the menu bar never collapses the
     * button into its anonymous "···" overflow. At both widths the button reads "Account: name ·
     * organization" to a screen reader: the prefix is visually hidden, and so is the name on a phone.
     * (The menu bar would not pass an aria-label on to its button.)
     */
    private static Component account(AuthenticationContext authentication) {
        Optional<AccountPrincipal> user = CurrentUser.get();
        if (user.isEmpty()) {
            Anchor signIn = new Anchor("login", "Sign in");
            signIn.addClassName("rsp-sign-in");
            signIn.setId("sign-in");
            return signIn;
        }
        String who = user.get().displayName() + " · " + user.get().organizationName();
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.setId("account-menu");
        Icon icon = VaadinIcon.USER.create();
        icon.addClassName("rsp-account-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span prefix = new Span("Account: ");
        prefix.addClassName("rsp-visually-hidden");
        Span name = new Span(who);
        name.addClassName("rsp-account-name");
        MenuItem me = menu.addItem(icon);
        me.add(prefix, name);
        Span signedIn = new Span(user.get().displayName());
        signedIn.addClassName("rsp-account-who-name");
        Span organization = new Span(user.get().organizationName());
        organization.addClassName("rsp-account-who-organization");
        MenuItem whoItem = me.getSubMenu().addItem(new Div(signedIn, organization));
        whoItem.setEnabled(false);
        whoItem.getElement().getClassList().add("rsp-account-who");
        me.getSubMenu().addItem("Change password", e -> me.getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        me.getSubMenu().addItem("Sign out", e -> authentication.logout());
        menu.addClassName("rsp-account");
        return menu;
    }
}
