package org.rspnavigator.webapp.catalog;

import org.rspnavigator.webapp.widgets.Badges;
import org.rspnavigator.webapp.widgets.MarkdownRenderer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.UseCaseRow;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * A use case as a standards × systems matrix, row by row with each row's purpose. The columns are the
 * systems as the use-case table prints them. Picking a kind of system (the PACS) keeps only the rows
 * that concern it, under whichever name they print for it ("PACS", "All DICOM systems"): what a buyer
 * of that system has to ask for. The address holds both choices:
 * {@code /use-cases/department-to-enterprise?system=pacs}; a printed name in place of the system
 * type's id, as older links have it, still works (see {@link UseCaseSystems#resolve}). The matrix as
 * shown, narrowed or not, can be taken away as CSV or XLSX.
 */
@Route("use-cases")
@AnonymousAllowed
public class UseCaseView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String PATH = "use-cases";
    static final String SYSTEM = "system";

    private final Catalog catalog;
    private final MarkdownRenderer markdown;
    private String title = "Use cases | RSP Navigator";

    public UseCaseView(Catalog catalog, MarkdownRenderer markdown) {
        this.catalog = catalog;
        this.markdown = markdown;
        addClassNames("rsp-view", "rsp-use-case");
    }

    /** The address of a use case, narrowed to {@code system} (a system type's id) unless it is null. */
    static String href(String useCaseId, String system) {
        return PATH + "/" + useCaseId + (system == null ? "" : "?" + SYSTEM + "=" + URLEncoder.encode(system, StandardCharsets.UTF_8));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String id) {
        String wanted = id == null ? catalog.useCases().getFirst().id() : id;
        Optional<UseCase> useCase = catalog.useCase(wanted);
        if (useCase.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "The catalog has no use case with the id '" + id + "'.");
            return;
        }
        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter(SYSTEM)
                .filter(s -> !s.isBlank());
        show(useCase.get(), asked.flatMap(s -> UseCaseSystems.resolve(catalog, useCase.get(), s)), asked);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(UseCase useCase, Optional<UseCaseSystems.Choice> system, Optional<String> asked) {
        removeAll();
        title = useCase.name() + " | RSP Navigator";
        add(new H1("Use cases"), tabs(useCase));

        H2 heading = new H2(useCase.name());
        heading.setId("use-case-name");
        Paragraph provenance = new Paragraph("Source: " + useCase.provenance());
        provenance.addClassName("rsp-provenance");
        add(heading, provenance);
        if (useCase.derived()) {
            Div callout = new Div(new Span("Derived by RSP Navigator. "), new Span("This use case is not part of "
                    + "ISO 21860: the project built it from what clause 5 says about each standard listed, and does not "
                    + "reproduce clause " + useCase.clause() + "."));
            callout.addClassName("rsp-callout");
            callout.setId("derived-notice");
            callout.getElement().setAttribute("role", "note");
            add(callout);
        }
        add(markdown.render(useCase.description()));

        ComboBox<UseCaseSystems.Choice> systems = new ComboBox<>("Show what concerns a system");
        List<UseCaseSystems.Choice> choices = new ArrayList<>(UseCaseSystems.of(catalog, useCase));
        // A printed name that stands for several kinds of system is no choice of its own, but an older
        // link can still ask for it.
        system.filter(s -> !choices.contains(s)).ifPresent(choices::add);
        systems.setItems(choices);
        systems.setItemLabelGenerator(UseCaseSystems.Choice::name);
        systems.setClearButtonVisible(true);
        systems.setPlaceholder("All systems");
        systems.setWidth("22rem");
        systems.setId("system-filter");
        system.ifPresent(systems::setValue);
        systems.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(PATH + "/" + useCase.id(), e.getValue() == null
                        ? QueryParameters.empty() : QueryParameters.of(SYSTEM, e.getValue().id())));
            }
        });
        add(systems);
        if (asked.isPresent() && system.isEmpty()) {
            Optional<SystemType> type = catalog.systemType(asked.get());
            Paragraph unknown = new Paragraph(type.map(t -> "No row of this use case concerns " + UseCaseSystems.the(t.name()))
                    .orElse("No row of this use case names the system “" + asked.get() + "”") + "; all rows are shown.");
            unknown.setId("system-not-found");
            add(unknown);
        }

        List<UseCaseRow> rows = useCase.rows().stream().filter(r -> system.map(s -> s.concerns(r)).orElse(true))
                .toList();
        List<String> columns = system.map(UseCaseSystems.Choice::labels).orElse(useCase.systems());
        Paragraph count = new Paragraph(system.map(s -> rows.size() + " of " + useCase.rows().size() + " rows "
                + s.whichRows()).orElse(useCase.rows().size() + " rows"));
        count.setId("use-case-row-count");
        count.addClassName("rsp-count");
        add(new Div(count, exports(useCase, system)), matrix(useCase, rows, columns));

        if (!useCase.footnotes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            notes.addClassName("rsp-footnotes");
            useCase.footnotes().forEach(f -> notes.add(new ListItem(new Span(f.mark() + " "), new Span(f.text()))));
            add(notes);
        }
    }

    /** The links to the matrix as files, narrowed to the system chosen, as the API serves them. */
    private static Component exports(UseCase useCase, Optional<UseCaseSystems.Choice> system) {
        String query = system.map(s -> "?" + SYSTEM + "=" + URLEncoder.encode(s.id(), StandardCharsets.UTF_8)).orElse("");
        String base = "/api/v1/use-cases/" + URLEncoder.encode(useCase.id(), StandardCharsets.UTF_8) + "/matrix";
        Anchor csv = new Anchor(base + ".csv" + query);
        csv.add(VaadinIcon.TABLE.create(), new Span("Download CSV"));
        csv.setId("use-case-csv");
        Anchor xlsx = new Anchor(base + ".xlsx" + query);
        xlsx.add(VaadinIcon.FILE_TABLE.create(), new Span("Download XLSX"));
        xlsx.setId("use-case-xlsx");
        Div exports = new Div();
        for (Anchor a : List.of(csv, xlsx)) {
            a.addClassName("rsp-button-link");
            a.getElement().setAttribute("download", true);
            exports.add(a);
        }
        exports.addClassName("rsp-exports");
        return exports;
    }

    private Component tabs(UseCase current) {
        Nav nav = new Nav();
        nav.addClassName("rsp-tabs");
        nav.setAriaLabel("Use cases");
        for (UseCase u : catalog.useCases()) {
            RouterLink link = new RouterLink(u.name() + (u.derived() ? " (derived)" : ""), UseCaseView.class, u.id());
            link.addClassName("rsp-tab");
            if (u.equals(current)) {
                link.getElement().setAttribute("aria-current", "page");
            }
            nav.add(link);
        }
        return nav;
    }

    private static Component matrix(UseCase useCase, List<UseCaseRow> rows, List<String> systems) {
        NativeTable table = new NativeTable();
        table.addClassName("rsp-matrix");
        table.setId("use-case-matrix");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(useCase.name() + ": key standards, what they are for, and the systems they concern");
        caption.addClassName("rsp-visually-hidden");
        table.add(caption);

        NativeTableRow head = new NativeTableRow(header("Standard"), header("Purpose"));
        for (String system : systems) {
            NativeTableHeaderCell cell = header(system);
            cell.addClassName("rsp-system");
            head.add(cell);
        }
        NativeTableHeader thead = new NativeTableHeader();
        thead.addRows(head);
        table.add(thead);

        NativeTableBody body = new NativeTableBody();
        for (UseCaseRow row : rows) {
            NativeTableHeaderCell name = new NativeTableHeaderCell();
            name.getElement().setAttribute("scope", "row");
            Div label = new Div(new Span(row.label()));
            label.addClassName("rsp-row-label");
            Div links = new Div();
            links.addClassName("rsp-row-standards");
            for (Standard s : row.standards()) {
                RouterLink link = new RouterLink(s.briefName(), StandardView.class, s.id());
                links.add(link, Badges.group(s.group()));
            }
            name.add(label, links);
            row.correction().ifPresent(c -> {
                Div note = Badges.corrected(c, useCase.table().map(t -> "Table " + t).orElse("The table"));
                note.setId("correction-" + row.number());
                name.add(note);
            });
            NativeTableCell purpose = new NativeTableCell(new Span(row.purpose()));
            if (!row.footnotes().isEmpty()) {
                purpose.add(new Span(" (see note " + String.join(", ", row.footnotes()) + ")"));
            }
            row.basis().ifPresent(b -> {
                Span basis = new Span(" Based on ISO 21860 clause " + b + ".");
                basis.addClassName("rsp-muted");
                purpose.add(basis);
            });
            NativeTableRow tr = new NativeTableRow(name, purpose);
            tr.getElement().setAttribute("data-row", String.valueOf(row.number()));
            tr.setId("row-" + row.number());
            for (String system : systems) {
                NativeTableCell mark = new NativeTableCell();
                mark.addClassName("rsp-mark");
                if (row.concerns(system)) {
                    Span tick = new Span("●");
                    tick.getElement().setAttribute("aria-label", "concerns " + system);
                    tick.getElement().setAttribute("role", "img");
                    mark.add(tick);
                }
                tr.add(mark);
            }
            body.add(tr);
        }
        table.add(body);
        Div scroller = new Div(table);
        scroller.addClassName("rsp-matrix-scroller");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", "Use-case matrix, scrolls sideways and down");
        return scroller;
    }

    private static NativeTableHeaderCell header(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(new Span(text));
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }
}
