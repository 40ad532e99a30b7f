package org.rspnavigator.webapp.catalog;

import org.rspnavigator.webapp.widgets.Badges;
import org.rspnavigator.webapp.widgets.MarkdownRenderer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.rspnavigator.model.AdoptionRating;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Footnote;
import org.rspnavigator.model.FootnoteKind;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Relation.RelationView;
import org.rspnavigator.model.Sdo;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.UseCaseRow;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
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
 * Everything the catalog knows about one standard: the ratings and footnotes of its table row,
 * the facts of its clause, the project's description, its relations both ways, and the use cases
 * that name it, with where each fact comes from.
 */
@Route("standards")
@AnonymousAllowed
public class StandardView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final Catalog catalog;
    private final MarkdownRenderer markdown;
    private String title = "Standard | RSP Navigator";

    public StandardView(Catalog catalog, MarkdownRenderer markdown) {
        this.catalog = catalog;
        this.markdown = markdown;
        addClassNames("rsp-view", "rsp-detail");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        Optional<Standard> standard = catalog.standard(id);
        if (standard.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "The catalog has no standard with the id '" + id + "'.");
            return;
        }
        show(standard.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Standard s) {
        removeAll();
        title = s.briefName() + " | RSP Navigator";
        RouterLink back = new RouterLink("← Catalog", CatalogView.class);
        // The address as the catalog last wrote it (QueryParameters would reorder its parameters).
        back.getElement().setAttribute("href", CatalogAddress.last());
        back.setId("back-to-catalog");
        back.addClassName("rsp-back");
        H1 heading = new H1(s.briefName());
        Span group = Badges.group(s.group());
        Div titleRow = new Div(heading, group);
        titleRow.addClassName("rsp-title-row");
        Paragraph formal = new Paragraph(s.formalName());
        formal.addClassName("rsp-formal-name");
        Paragraph provenance = new Paragraph("Source: " + s.provenance());
        provenance.addClassName("rsp-provenance");
        provenance.setId("provenance");
        add(back, titleRow);
        s.correction().ifPresent(c -> {
            var note = Badges.corrected(c, "Table " + s.table());
            note.setId("correction");
            add(note);
        });
        add(formal, provenance, facts(s));

        add(section("Scope", markdown.render(s.scope())));
        add(section("Implementation notes", markdown.render(s.implementationNotes())));
        add(section("Tooling", markdown.render(s.toolingNote())));

        List<Footnote> footnotes = s.allFootnotes();
        if (!footnotes.isEmpty()) {
            UnorderedList list = new UnorderedList();
            footnotes.forEach(f -> list.add(new ListItem(new Span(f.reference() + " (" + f.kind().label().toLowerCase()
                    + "): "), new Span(f.describe()))));
            add(section("Footnotes", list));
        }
        List<RelationView> relations = catalog.relationsOf(s);
        if (!relations.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("relations");
            relations.forEach(r -> {
                RouterLink link = new RouterLink(r.other().briefName(), StandardView.class, r.other().id());
                ListItem item = new ListItem(new Span(capitalise(r.label()) + " "), link);
                r.note().ifPresent(n -> item.add(new Span(": " + n)));
                item.add(muted(" (stated in " + r.citation() + ")"));
                list.add(item);
            });
            add(section("Related standards", list));
        }
        add(section("Use cases", useCases(s)));
        profiles(s).ifPresent(p -> add(section("IHE profiles", p)));
    }

    /** The profile this entry is, and the profiles that build on it. */
    private Optional<Component> profiles(Standard s) {
        var profile = catalog.profileOf(s);
        var buildingOn = catalog.profilesBuildingOn(s);
        if (profile.isEmpty() && buildingOn.isEmpty()) {
            return Optional.empty();
        }
        Div content = new Div();
        content.setId("profiles");
        profile.ifPresent(p -> content.add(new Paragraph(new Span("This entry is the IHE profile "),
                new RouterLink(p.name() + " (" + p.acronym() + ")", ProfileView.class, p.id()),
                new Span(": its actors, transactions, options and required groupings."))));
        if (!buildingOn.isEmpty()) {
            UnorderedList list = new UnorderedList();
            buildingOn.forEach(p -> list.add(new ListItem(new RouterLink(p.acronym() + " (" + p.name() + ")",
                    ProfileView.class, p.id()))));
            content.add(new Paragraph("Profiles that build on " + s.briefName() + ":"), list);
        }
        return Optional.of(content);
    }

    private Component facts(Standard s) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("rsp-facts");
        term(facts, "Category", new Span(s.category().label() + " (" + s.category().interoperability().label() + ")"));
        term(facts, "Assessment group", Badges.group(s.group()));
        term(facts, "Standard maturity", Badges.maturity(s.maturity()));
        term(facts, "Product adoption", rating(s.productAdoption()));
        term(facts, "Site deployment", rating(s.siteDeployment()));
        term(facts, "Tooling", Badges.tooling(s.tooling()));
        term(facts, "SDO", new Span(s.sdos().stream().map(Sdo::fullName).collect(Collectors.joining(", "))));
        s.specification().ifPresent(spec -> term(facts, "Specification", new Span(spec)));
        term(facts, "Described in", new Span("ISO 21860:2020 clause " + s.clause() + ", Table " + s.table()
                + " (" + s.group().label().toLowerCase() + " row " + s.position() + ")"));
        if (!s.acronyms().isEmpty()) {
            term(facts, "Acronyms", new Span(String.join(", ", s.acronyms())));
        }
        if (!s.aliases().isEmpty()) {
            term(facts, "Also known as", new Span(String.join("; ", s.aliases())));
        }
        return facts;
    }

    private static Component rating(AdoptionRating rating) {
        Span badge = Badges.rating(rating, Optional.empty());
        if (!rating.isRegional() && rating.footnote().isEmpty()) {
            return badge;
        }
        Div shown = new Div(badge, muted(" " + rating.describe()));
        if (rating.footnote().map(f -> f.kind() == FootnoteKind.REGIONAL_VARIATION).orElse(false)) {
            UnorderedList byRegion = new UnorderedList();
            byRegion.addClassName("rsp-region-levels");
            for (Region region : Region.values()) {
                ListItem item = new ListItem(region.label() + ": " + rating.describeIn(region));
                if (rating.hasNoLevelIn(region)) {
                    item.addClassName("rsp-no-level-for-region");
                }
                byRegion.add(item);
            }
            shown.add(byRegion);
        }
        return shown;
    }

    private static void term(DescriptionList list, String term, Component value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private Component useCases(Standard s) {
        List<UseCaseRow> rows = catalog.useCaseRowsFor(s);
        if (rows.isEmpty()) {
            return new Paragraph("No use-case row names " + s.briefName() + ".");
        }
        UnorderedList list = new UnorderedList();
        list.setId("use-case-rows");
        for (UseCaseRow row : rows) {
            var useCase = catalog.useCase(row.useCaseId()).orElseThrow();
            Anchor link = new Anchor(UseCaseView.href(useCase.id(), null), useCase.name());
            Div systems = new Div();
            systems.addClassName("rsp-chips");
            row.systems().forEach(system -> {
                Anchor chip = new Anchor(UseCaseView.href(useCase.id(), UseCaseSystems.linkValue(catalog, system)), system);
                chip.addClassName("rsp-chip");
                systems.add(chip);
            });
            list.add(new ListItem(link, muted(" — row “" + row.label() + "”" + (useCase.derived() ? " (derived by RSP Navigator)" : "")),
                    systems));
        }
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

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
