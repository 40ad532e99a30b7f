package org.rspnavigator.webapp.catalog;

import org.rspnavigator.webapp.widgets.Badges;
import org.rspnavigator.webapp.widgets.QueryUrl;
import org.rspnavigator.webapp.widgets.Tables;
import java.util.List;
import java.util.Map;

import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Footnote;
import org.rspnavigator.model.PortfolioTable;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.StandardQuery;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H1;
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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * The portfolio as ISO 21860 lays it out, for policy makers: Tables 1–5 with their preferred,
 * legacy and emerging groups and the footnotes under each table, filterable like the catalog, and
 * exportable as the PDF, CSV and XLSX of exactly what is shown.
 */
@Route("portfolio")
@PageTitle("Portfolio | RSP Navigator")
@AnonymousAllowed
public class PortfolioView extends Div implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    static final String PATH = "portfolio";

    private final Catalog catalog;
    private final StandardFilterBar filters = new StandardFilterBar();
    private final Div charts = new Div();
    private final Div tables = new Div();
    private final Anchor pdf = new Anchor();
    private final Anchor csv = new Anchor();
    private final Anchor xlsx = new Anchor();
    private final Paragraph summary = new Paragraph();
    private final Paragraph noLevel = new Paragraph();

    public PortfolioView(Catalog catalog) {
        this.catalog = catalog;
        addClassNames("rsp-view", "rsp-portfolio");
        H1 title = new H1("Reference standards portfolio");
        Paragraph intro = new Paragraph("The five tables of " + catalog.edition().sourceDocument()
                + " with their assessment groups, ratings and footnotes. Filter them, then take the view away as PDF, CSV or XLSX.");
        intro.addClassName("rsp-intro");

        pdf.add(VaadinIcon.FILE_TEXT_O.create(), new Span("Download PDF"));
        csv.add(VaadinIcon.TABLE.create(), new Span("Download CSV"));
        xlsx.add(VaadinIcon.FILE_TABLE.create(), new Span("Download XLSX"));
        pdf.setId("export-pdf");
        csv.setId("export-csv");
        xlsx.setId("export-xlsx");
        for (Anchor a : List.of(pdf, csv, xlsx)) {
            a.addClassName("rsp-button-link");
            a.getElement().setAttribute("download", true);
        }
        Div exports = new Div(pdf, csv, xlsx);
        exports.addClassName("rsp-exports");
        summary.setId("portfolio-summary");
        summary.addClassName("rsp-count");
        summary.getElement().setAttribute("aria-live", "polite");

        noLevel.setId("no-level-notice");
        noLevel.addClassNames("rsp-no-level", "rsp-muted");
        noLevel.getElement().setAttribute("aria-live", "polite");

        charts.add(ChartFigures.landscape(catalog), ChartFigures.maturityAdoption(catalog));
        charts.addClassName("rsp-charts");
        filters.addQueryChangeListener(q -> {
            show(q);
            QueryUrl.write(PATH, q);
        });
        add(title, intro, charts, filters, new Div(summary, exports), noLevel, tables);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StandardQuery query = QueryUrl.read(event.getLocation());
        filters.setQuery(query);
        show(query);
    }

    private void show(StandardQuery query) {
        List<Standard> selected = query.apply(catalog);
        String qs = query.toQueryString();
        pdf.setHref("/api/v1/portfolio.pdf" + (qs.isEmpty() ? "" : "?" + qs));
        csv.setHref("/api/v1/portfolio.csv" + (qs.isEmpty() ? "" : "?" + qs));
        xlsx.setHref("/api/v1/portfolio.xlsx" + (qs.isEmpty() ? "" : "?" + qs));
        summary.setText(selected.size() + " of " + catalog.standards().size() + " standards · " + query.describe());
        String notice = query.comparesRegionalLevels()
                ? NoLevelNotice.summary(query.noLevelForRegion(catalog), query.region().orElseThrow(),
                        query.noLevel() == StandardQuery.NoLevel.INCLUDE)
                : "";
        noLevel.setText(notice);
        noLevel.setVisible(!notice.isEmpty());
        tables.removeAll();
        Map<PortfolioTable, List<Standard>> byTable = StandardQuery.groupBy(selected, s -> catalog.table(s.category()));
        if (byTable.isEmpty()) {
            tables.add(new Paragraph("No standard matches these filters."));
        }
        byTable.forEach((table, standards) -> tables.add(table(table, standards, query)));
    }

    private Component table(PortfolioTable table, List<Standard> standards, StandardQuery query) {
        NativeTable t = new NativeTable();
        t.addClassName("rsp-portfolio-table");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText("Table " + table.number() + " — " + table.title());
        t.add(caption);
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        for (String h : List.of("Brief name", "Formal name and scope", "Standard maturity", "Product adoption",
                "Site deployment", "Tooling")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        head.add(headRow);
        t.add(head);
        NativeTableBody body = new NativeTableBody();
        StandardQuery.groupBy(standards, Standard::group).forEach((group, rows) -> {
            NativeTableHeaderCell groupCell = new NativeTableHeaderCell(groupHeading(group, table));
            groupCell.getElement().setAttribute("colspan", "6");
            groupCell.getElement().setAttribute("scope", "colgroup");
            groupCell.addClassName("rsp-group-row");
            body.add(new NativeTableRow(groupCell));
            for (Standard s : rows) {
                NativeTableHeaderCell name = new NativeTableHeaderCell(new RouterLink(s.briefName(), StandardView.class, s.id()));
                name.getElement().setAttribute("scope", "row");
                s.footnotes().forEach(f -> name.add(mark(f)));
                s.correction().ifPresent(c -> name.add(Badges.corrected(c, "Table " + table.number())));
                NativeTableCell formal = new NativeTableCell(new Emphasis(s.formalName()), new Paragraph(firstParagraph(s.scope())));
                body.add(new NativeTableRow(name, formal, new NativeTableCell(Badges.maturity(s.maturity())),
                        new NativeTableCell(Badges.rating(s.productAdoption(), query.region())),
                        new NativeTableCell(Badges.rating(s.siteDeployment(), query.region())),
                        new NativeTableCell(Badges.tooling(s.tooling()))));
            }
        });
        t.add(body);
        Section section = new Section(t);
        section.addClassName("rsp-table-section");
        if (!table.footnotes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            notes.addClassName("rsp-footnotes");
            table.footnotes().forEach(f -> notes.add(new ListItem(new Span(f.mark() + " "), new Span(f.describe()))));
            section.add(notes);
        }
        Paragraph source = new Paragraph("Source: " + catalog.edition().sourceDocument() + " Table " + table.number()
                + ", clause " + table.clause() + ". Scope texts are RSP Navigator's own words.");
        source.addClassName("rsp-provenance");
        section.add(source);
        return section;
    }

    private static String groupHeading(AssessmentGroup group, PortfolioTable table) {
        String category = table.category().label().toLowerCase(java.util.Locale.ROOT);
        return group.label() + " " + category;
    }

    private static Span mark(Footnote f) {
        Span mark = new Span(f.mark());
        mark.addClassName("rsp-footnote-mark");
        mark.getElement().setAttribute("title", f.reference() + ": " + f.describe());
        return mark;
    }

    /** The first paragraph of a Markdown text, as plain words. */
    static String firstParagraph(String markdown) {
        String first = markdown.strip().split("\\n\\s*\\n", 2)[0];
        return first.replaceAll("[*_`]", "").replaceAll("\\s+", " ").strip();
    }
}
