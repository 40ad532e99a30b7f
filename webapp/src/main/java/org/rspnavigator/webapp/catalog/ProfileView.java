package org.rspnavigator.webapp.catalog;

import org.rspnavigator.markup.Slugs;
import org.rspnavigator.webapp.widgets.Badges;
import org.rspnavigator.webapp.widgets.MarkdownRenderer;
import java.util.List;
import java.util.Optional;

import org.rspnavigator.model.ActorOption;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Grouping;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.ProfileTransaction;
import org.rspnavigator.model.Source;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.VerificationLevel;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * One IHE profile: its actors with their transactions and options, the groupings it requires,
 * the actor–transaction diagram, the portfolio standards it builds on, the systems that usually
 * play it, and where every fact comes from. Unconfirmed facts are marked as such.
 */
@Route("profiles")
@AnonymousAllowed
public class ProfileView extends Div implements HasUrlParameter<String>, HasDynamicTitle,
        com.vaadin.flow.router.AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    private final Catalog catalog;
    private final MarkdownRenderer markdown;
    private final ProfileDiagrams diagrams;
    private String title = "IHE profile | RSP Navigator";

    public ProfileView(Catalog catalog, MarkdownRenderer markdown, ProfileDiagrams diagrams) {
        this.catalog = catalog;
        this.markdown = markdown;
        this.diagrams = diagrams;
        addClassNames("rsp-view", "rsp-detail", "rsp-profile");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        Optional<Profile> profile = catalog.profile(id);
        if (profile.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "The catalog has no IHE profile with the id '" + id + "'.");
            return;
        }
        show(profile.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Profile p) {
        removeAll();
        title = p.acronym() + " | RSP Navigator";
        RouterLink back = new RouterLink("← IHE profiles", ProfilesView.class);
        back.addClassName("rsp-back");
        H1 heading = new H1(p.name() + " (" + p.acronym() + ")");
        Div titleRow = new Div(heading, Badges.status(p.status()));
        titleRow.addClassName("rsp-title-row");
        // The badge beside the heading names the status; the line adds what the sources say about it.
        Paragraph facts = new Paragraph("IHE " + p.domain().label() + " (" + p.domain().code() + ") · "
                + p.statusNote().orElse(p.status().label()));
        facts.addClassName("rsp-formal-name");
        Span statusCheck = Badges.verification(p.statusVerification());
        facts.add(new Span(" "), statusCheck);
        add(back, titleRow, facts);

        p.portfolioEntry().ifPresentOrElse(s -> {
            Paragraph entry = new Paragraph(new Span("In the portfolio as "),
                    new RouterLink(s.briefName(), StandardView.class, s.id()), new Span(" "), Badges.group(s.group()),
                    new Span(" (" + s.provenance() + ")"));
            entry.setId("portfolio-entry");
            add(entry);
        }, () -> {
            Span badge = new Span(Profile.NOT_RATED);
            badge.addClassNames("rsp-badge", "rsp-not-rated");
            Paragraph entry = new Paragraph(badge, new Span(" It is not an entry of the 2020 portfolio, so it has no group, "
                    + "maturity or adoption levels. The RFP builder asks for it only when you add it, or a clinical "
                    + "service you choose opts in to it."));
            entry.setId("not-rated");
            add(entry);
        });
        if (p.verification() != VerificationLevel.VERIFIED) {
            Div callout = new Div(new Span(p.verification().label() + ". "), new Span("Not every actor, transaction or "
                    + "option below has been confirmed against the IHE Technical Framework. Each fact shows whether it "
                    + "was, and from which source; check the unconfirmed ones before relying on them in a tender."));
            callout.addClassName("rsp-callout");
            callout.setId("verification-notice");
            callout.getElement().setAttribute("role", "note");
            add(callout);
        }
        add(section("Purpose", markdown.render(p.purpose())));
        if (!p.notes().isBlank()) {
            add(section("Notes", markdown.render(p.notes())));
        }

        Html diagram = new Html("<figure class=\"rsp-diagram\"><figcaption>Actors and transactions</figcaption>"
                + diagrams.svg(p) + "</figure>");
        add(section("Actor diagram", diagram));

        Div actors = new Div();
        actors.setId("actors");
        p.actors().forEach(a -> actors.add(actor(p, a)));
        add(section("Actors, options and transactions", actors));
        if (!p.transactions().isEmpty()) {
            add(section("Transactions", transactions(p)));
        }
        add(section("Required groupings", groupings(p)));

        if (!p.buildsOn().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("builds-on");
            p.buildsOn().forEach(s -> list.add(new ListItem(new RouterLink(s.briefName(), StandardView.class, s.id()),
                    new Span(" "), Badges.group(s.group()))));
            add(section("Builds on these portfolio standards", list));
        }
        if (!p.related().isEmpty()) {
            UnorderedList list = new UnorderedList();
            p.related().forEach(r -> {
                ListItem item = new ListItem(profileLink(r.profile()));
                r.note().ifPresent(n -> item.add(new Span(" — " + n)));
                list.add(item);
            });
            add(section("Related profiles", list));
        }
        List<SystemType> playedBy = catalog.systemTypesPlaying(p);
        if (!playedBy.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("played-by");
            for (SystemType t : playedBy) {
                List<String> roles = t.plays().stream().filter(r -> r.profile().equals(p.id()))
                        .map(r -> r.actor() + (r.options().isEmpty() ? "" : " with " + String.join(", ", r.options())))
                        .toList();
                list.add(new ListItem(new Span(t.name() + ": "), new Span(String.join("; ", roles))));
            }
            add(section("Usually played by", list));
        }
        add(section("Sources", sources(p.sources())));
    }

    private Component actor(Profile p, ProfileActor a) {
        Div box = new Div();
        box.addClassName("rsp-actor");
        box.setId("actor-" + Slugs.slug(a.name()));
        H3 name = new H3(a.name());
        Div head = new Div(name, Badges.verification(a.verification()));
        head.addClassName("rsp-title-row");
        box.add(head);
        a.verification().note().ifPresent(n -> box.add(muted(n)));

        Paragraph optionsLabel = new Paragraph("Options: ");
        optionsLabel.addClassName("rsp-options");
        if (a.options().isEmpty()) {
            optionsLabel.add(new Span("None"));
        } else {
            for (ActorOption o : a.options()) {
                Span option = new Span(o.name());
                option.addClassName("rsp-option-name");
                optionsLabel.add(option, Badges.verification(o.verification()), new Span(" "));
            }
        }
        box.add(optionsLabel);

        List<ProfileTransaction> transactions = p.transactionsOf(a.name());
        if (!transactions.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (ProfileTransaction t : transactions) {
                String role = t.initiators().contains(a.name()) && t.responders().contains(a.name()) ? "initiates and responds"
                        : t.initiators().contains(a.name()) ? "initiates" : "responds";
                String optionality = switch (t.optionalityFor(a.name())) {
                    case "R" -> ", required";
                    case "O" -> ", optional";
                    default -> "";
                };
                list.add(new ListItem(new Span(t.displayName()), muted(" " + role + optionality + " "),
                        Badges.verification(t.verification())));
            }
            box.add(list);
        }
        for (Grouping g : p.groupingsOf(a.name())) {
            Paragraph line = new Paragraph(new Span("Must be grouped with "));
            targets(line, g);
            line.add(new Span(" "), Badges.verification(g.verification()));
            box.add(line);
        }
        return box;
    }

    private Component transactions(Profile p) {
        NativeTable t = new NativeTable();
        t.addClassName("rsp-portfolio-table");
        t.setId("transactions");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText("Transactions of " + p.acronym());
        caption.addClassName("rsp-visually-hidden");
        t.add(caption);
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow row = new NativeTableRow();
        for (String h : List.of("Transaction", "Initiator", "Responder", "Required for", "Optional for", "Confirmed")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            row.add(cell);
        }
        head.add(row);
        t.add(head);
        NativeTableBody body = new NativeTableBody();
        java.util.Set<String> anchored = new java.util.HashSet<>();
        for (ProfileTransaction x : p.transactions()) {
            NativeTableHeaderCell label = new NativeTableHeaderCell(x.displayName());
            label.getElement().setAttribute("scope", "row");
            NativeTableRow line = new NativeTableRow(label, cell(x.initiators()), cell(x.responders()),
                    cell(x.requiredFor()), cell(x.optionalFor()), new NativeTableCell(Badges.verification(x.verification())));
            // Search hits for a transaction lead here (#transaction-rad-8); a transaction listed
            // twice keeps the anchor on its first row.
            if (!x.id().isEmpty() && anchored.add(x.id())) {
                line.setId("transaction-" + Slugs.slug(x.id()));
            }
            body.add(line);
        }
        t.add(body);
        return t;
    }

    private static NativeTableCell cell(List<String> actors) {
        return new NativeTableCell(actors.isEmpty() ? "—" : String.join(", ", actors));
    }

    private Component groupings(Profile p) {
        if (p.groupings().isEmpty()) {
            return new Paragraph("No required grouping is recorded for this profile. Where the Technical Framework "
                    + "requires one that is not confirmed here, the notes say so.");
        }
        UnorderedList list = new UnorderedList();
        list.setId("groupings");
        for (Grouping g : p.groupings()) {
            ListItem item = new ListItem(new Span(g.actor().orElse("Every " + p.acronym() + " actor") + " with "));
            targets(item, g);
            item.add(new Span(" "), Badges.verification(g.verification()));
            list.add(item);
        }
        return list;
    }

    /** "Document Source of XDS.b, Document Source of XDR or Portable Media Creator of XDM", each profile linked. */
    private void targets(com.vaadin.flow.component.HasComponents into, Grouping g) {
        List<Grouping.Target> targets = g.targets();
        for (int i = 0; i < targets.size(); i++) {
            if (i > 0) {
                into.add(new Span(i == targets.size() - 1 ? " or " : ", "));
            }
            into.add(new Span(String.join(" or ", targets.get(i).actors()) + " of "), profileLink(targets.get(i).profile()));
        }
    }

    private Component profileLink(String id) {
        return catalog.profile(id).<Component>map(other -> new RouterLink(other.acronym() + " (" + other.name() + ")",
                ProfileView.class, other.id())).orElseGet(() -> new Span(id));
    }

    private static Component sources(List<Source> sources) {
        if (sources.isEmpty()) {
            return new Paragraph("No source is recorded for this profile as a whole.");
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("rsp-sources");
        sources.forEach(s -> list.add(new ListItem(new Span(s.id() + ": " + s.citation() + " (" + s.kind().label() + ") — " + s.where()))));
        return list;
    }

    private static Section section(String heading, Component content) {
        Section section = new Section(new H2(heading), content);
        section.addClassName("rsp-section");
        return section;
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("rsp-muted");
        return span;
    }

    /**
     * An address with a fragment ({@code #actor-image-display}, {@code #transaction-rad-8}, where
     * search hits lead) shows that actor or transaction: the browser does not scroll to an element
     * that the view adds after the page has loaded, so the view does, and marks it.
     */
    @Override
    public void afterNavigation(com.vaadin.flow.router.AfterNavigationEvent event) {
        getElement().executeJs("setTimeout(() => {"
                + " const id = decodeURIComponent(window.location.hash.slice(1));"
                + " const target = id ? document.getElementById(id) : null;"
                + " if (target) { target.classList.add('rsp-target'); target.scrollIntoView({block: 'center'}); }"
                + "}, 0)");
    }
}
