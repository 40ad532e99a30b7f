package org.rspnavigator.webapp.catalog;

import org.rspnavigator.webapp.widgets.Badges;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.IheDomain;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileStatus;
import org.rspnavigator.model.TermParameters;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * The IHE profiles of the catalog, filterable by domain, status and the assessment group of their
 * portfolio entry; the filter lives in the address ({@code /profiles?domain=radiology&group=preferred}).
 */
@Route("profiles")
@PageTitle("IHE profiles | RSP Navigator")
@AnonymousAllowed
public class ProfilesView extends Div implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    static final String PATH = "profiles";
    private static final String NOT_IN_PORTFOLIO = "Not in the portfolio";

    private final Catalog catalog;
    private final CheckboxGroup<IheDomain> domains = new CheckboxGroup<>("Domain");
    private final CheckboxGroup<ProfileStatus> statuses = new CheckboxGroup<>("Status");
    private final CheckboxGroup<String> groups = new CheckboxGroup<>("Portfolio group");
    private final Paragraph count = new Paragraph();
    private final Div table = new Div();
    private boolean settingValues;

    public ProfilesView(Catalog catalog) {
        this.catalog = catalog;
        addClassNames("rsp-view", "rsp-profiles");
        domains.setItems(IheDomain.values());
        domains.setItemLabelGenerator(IheDomain::label);
        statuses.setItems(ProfileStatus.FINAL_TEXT, ProfileStatus.TRIAL_IMPLEMENTATION);
        statuses.setItemLabelGenerator(ProfileStatus::label);
        List<String> groupItems = new ArrayList<>();
        for (AssessmentGroup g : AssessmentGroup.values()) {
            groupItems.add(g.label());
        }
        groupItems.add(NOT_IN_PORTFOLIO);
        groups.setItems(groupItems);
        for (CheckboxGroup<?> box : List.of(domains, statuses, groups)) {
            box.addValueChangeListener(e -> {
                if (!settingValues) {
                    update();
                }
            });
        }
        Div filters = new Div(domains, statuses, groups);
        filters.addClassNames("rsp-filters", "rsp-filters-row");
        count.setId("profiles-count");
        count.addClassName("rsp-count");
        count.getElement().setAttribute("aria-live", "polite");
        Paragraph intro = new Paragraph("The IHE integration profiles behind the portfolio's IHE entries and the profiles "
                + "they depend on: their actors, transactions and options, the groupings they require, and how far each "
                + "fact has been confirmed.");
        intro.addClassName("rsp-intro");
        add(new H1("IHE profiles"), intro, filters, count, table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProfileQuery query;
        try {
            query = ProfileQuery.fromParameters(event.getLocation().getQueryParameters().getParameters());
        } catch (IllegalArgumentException e) {
            com.vaadin.flow.component.notification.Notification.show(
                    "The address has a filter that was left out: " + e.getMessage(), 8000,
                    com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
            query = ProfileQuery.ALL;
        }
        settingValues = true;
        try {
            domains.setValue(query.domains());
            statuses.setValue(query.statuses());
            java.util.Set<String> g = new java.util.HashSet<>();
            query.groups().forEach(x -> g.add(x.label()));
            if (query.notInPortfolio()) {
                g.add(NOT_IN_PORTFOLIO);
            }
            groups.setValue(g);
        } finally {
            settingValues = false;
        }
        show(query);
    }

    private void update() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, ProfileQuery.DOMAIN, TermParameters.slugs(domains.getValue()));
        put(p, ProfileQuery.STATUS, TermParameters.slugs(statuses.getValue()));
        List<String> g = new ArrayList<>();
        for (AssessmentGroup group : AssessmentGroup.values()) {
            if (groups.getValue().contains(group.label())) {
                g.add(group.slug());
            }
        }
        if (groups.getValue().contains(NOT_IN_PORTFOLIO)) {
            g.add(ProfileQuery.NONE);
        }
        put(p, ProfileQuery.GROUP, g);
        ProfileQuery query = ProfileQuery.fromParameters(p);
        show(query);
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(PATH, new QueryParameters(p)));
    }

    private static void put(Map<String, List<String>> p, String key, List<String> values) {
        if (!values.isEmpty()) {
            p.put(key, List.of(String.join(",", values)));
        }
    }

    private void show(ProfileQuery query) {
        List<Profile> profiles = query.apply(catalog);
        count.setText(profiles.size() + " of " + catalog.profiles().size() + " profiles");
        table.removeAll();
        NativeTable t = new NativeTable();
        t.setId("profiles-table");
        t.addClassName("rsp-portfolio-table");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText("IHE profiles");
        caption.addClassName("rsp-visually-hidden");
        t.add(caption);
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        for (String h : List.of("Profile", "Name", "Domain", "Status", "In the portfolio as", "Actors", "Confirmed")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        head.add(headRow);
        t.add(head);
        NativeTableBody body = new NativeTableBody();
        for (Profile p : profiles) {
            NativeTableHeaderCell acronym = new NativeTableHeaderCell(new RouterLink(p.acronym(), ProfileView.class, p.id()));
            acronym.getElement().setAttribute("scope", "row");
            NativeTableCell entry = new NativeTableCell();
            p.portfolioEntry().ifPresentOrElse(s -> entry.add(new RouterLink(s.briefName(), StandardView.class, s.id()),
                    new Span(" "), Badges.group(s.group())), () -> entry.add(new Span(Profile.NOT_RATED)));
            Span verification = new Span(p.verification().label());
            verification.addClassNames("rsp-badge", "rsp-verif-" + p.verification().slug());
            body.add(new NativeTableRow(acronym, new NativeTableCell(p.name()), new NativeTableCell(p.domain().label()),
                    new NativeTableCell(Badges.status(p.status())), entry,
                    new NativeTableCell(String.valueOf(p.actors().size())), new NativeTableCell(verification)));
        }
        t.add(body);
        table.add(profiles.isEmpty() ? new Paragraph("No profile matches these filters.") : t);
    }
}
