package org.rspnavigator.webapp.catalog;

import java.util.List;
import java.util.Optional;

import org.rspnavigator.markup.Slugs;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.SystemType.ActorRole;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.UseCaseRow;
import org.rspnavigator.webapp.platform.NotFoundException;
import org.rspnavigator.webapp.widgets.MarkdownRenderer;
import org.rspnavigator.webapp.widgets.Tables;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * One system type: what it is, the IHE actors it usually plays (with the options buyers ask for,
 * and whether ISO 21860 rates the profile), the content it creates, the profiles the use cases name
 * for it although it plays none of their actors, and the use-case rows that concern it.
 */
@Route("system-types")
@AnonymousAllowed
public class SystemTypeView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final Catalog catalog;
    private final MarkdownRenderer markdown;
    private String title = "System type | RSP Navigator";

    public SystemTypeView(Catalog catalog, MarkdownRenderer markdown) {
        this.catalog = catalog;
        this.markdown = markdown;
        addClassNames("rsp-view", "rsp-system-type");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        Optional<SystemType> found = catalog.systemType(id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "The catalog has no system type '" + id + "'.");
            return;
        }
        show(found.get());
    }

    private void show(SystemType t) {
        removeAll();
        title = t.name() + " | RSP Navigator";
        RouterLink back = new RouterLink("← System types", SystemTypesView.class);
        back.addClassName("rsp-back");
        add(back, new H1(t.name()));
        if (!t.aliases().isEmpty()) {
            Paragraph aliases = new Paragraph("Also called " + String.join(", ", t.aliases()) + ".");
            aliases.addClassName("rsp-muted");
            add(aliases);
        }
        add(markdown.render(t.description()));

        add(new H2("IHE actors it usually plays"));
        NativeTable plays = Tables.table("system-type-plays", "IHE actors " + t.name() + " usually plays",
                List.of("Profile", "Actor", "Options usually asked for", "Note"));
        NativeTableBody body = Tables.body(plays);
        for (ActorRole role : t.plays()) {
            Profile p = catalog.profile(role.profile()).orElseThrow();
            Div profile = new Div(new RouterLink(p.acronym() + " (" + p.name() + ")", ProfileView.class, p.id()));
            if (!p.ratedByIso21860()) {
                Span notRated = new Span(Profile.NOT_RATED);
                notRated.addClassNames("rsp-badge", "rsp-not-rated");
                profile.add(new Span(" "), notRated);
            }
            Anchor actor = new Anchor("profiles/" + p.id() + "#actor-" + Slugs.slug(role.actor()), role.actor());
            body.add(new NativeTableRow(Tables.rowHeader(profile), new NativeTableCell(actor),
                    new NativeTableCell(role.options().isEmpty() ? "—" : String.join(", ", role.options())),
                    new NativeTableCell(role.note().orElse(""))));
        }
        add(plays);

        if (!t.creates().isEmpty()) {
            add(new H2("Content it creates"));
            UnorderedList created = new UnorderedList();
            created.setId("system-type-creates");
            t.creates().forEach(id -> catalog.standard(id).ifPresent(s -> created.add(new ListItem(
                    new RouterLink(s.briefName(), StandardView.class, s.id())))));
            add(created);
        }
        if (!t.playsNoActor().isEmpty()) {
            add(new H2("Named for it, but it plays no actor"));
            UnorderedList none = new UnorderedList();
            none.setId("system-type-no-actor");
            for (SystemType.NoActor n : t.playsNoActor()) {
                catalog.profile(n.profile()).ifPresent(p -> none.add(new ListItem(
                        new RouterLink(p.acronym(), ProfileView.class, p.id()), new Span(": " + n.note()))));
            }
            add(none);
        }

        add(new H2("Use-case rows that concern it"));
        UnorderedList rows = new UnorderedList();
        rows.setId("system-type-rows");
        for (UseCase u : catalog.useCases()) {
            for (UseCaseRow row : u.rows()) {
                if (t.useCaseSystems().stream().anyMatch(row::concerns)) {
                    rows.add(new ListItem(new Anchor(UseCaseView.href(u.id(), t.id()) + "#row-" + row.number(),
                            row.label()), new Span(" — " + u.name())));
                }
            }
        }
        add(rows.getChildren().findAny().isPresent() ? rows
                : new Paragraph("No use-case row names this kind of system."));
    }
}
