package org.rspnavigator.webapp.products.view;

import java.util.List;
import java.util.Optional;

import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.statement.GapReport;
import org.rspnavigator.procurement.statement.GapRow;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.products.GapService;
import org.rspnavigator.webapp.widgets.Downloads;
import org.rspnavigator.webapp.widgets.Tables;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

/**
 * The saved statement against the requirements the portfolio gives for a use case and a system
 * type: each met, partly met, not met or not assessed, with the report as a PDF.
 */
public final class GapAnalysisPanel extends Div {

    private static final long serialVersionUID = 1L;

    private final GapService gaps;
    private final long productId;
    private final Div report = new Div();

    public GapAnalysisPanel(GapService gaps, Catalog catalog, long productId) {
        this.gaps = gaps;
        this.productId = productId;
        Select<UseCase> useCase = new Select<>();
        useCase.setLabel("Use case");
        useCase.setItems(catalog.useCases());
        useCase.setItemLabelGenerator(u -> u == null ? "" : u.name());
        useCase.setId("gap-use-case");
        useCase.setWidth("22rem");
        Select<SystemType> system = new Select<>();
        system.setLabel("System type");
        system.setItems(catalog.systemTypes());
        system.setItemLabelGenerator(t -> t == null ? "" : t.name());
        system.setId("gap-system-type");
        system.setWidth("20rem");
        ComboBox<Region> region = new ComboBox<>("Region");
        region.setItems(Region.values());
        region.setItemLabelGenerator(Region::label);
        region.setClearButtonVisible(true);
        region.setId("gap-region");
        Button run = new Button("Compare", e -> {
            if (useCase.getValue() == null || system.getValue() == null) {
                report.removeAll();
                report.add(new Paragraph("Choose a use case and a system type."));
                return;
            }
            show(gaps.againstScope(CurrentUser.require(), productId, useCase.getValue().id(), system.getValue().id(),
                    Optional.ofNullable(region.getValue())));
        });
        run.setId("run-gaps");
        Paragraph intro = new Paragraph("Compare the saved statement with the requirements the portfolio gives for a use "
                + "case and a system type: each is met, partly met (the actor is claimed but an option is missing), not "
                + "met, or not assessed (a standard an Integration Statement does not speak of).");
        intro.addClassName("rsp-intro");
        Div form = new Div(useCase, system, region, run);
        form.addClassName("rsp-form-row");
        report.setId("gap-panel");
        add(new Div(intro, form), report);
    }

    /** The product compared. */
    public long productId() {
        return productId;
    }

    private void show(GapReport gapReport) {
        report.removeAll();
        // The same sentences as the PDF and the API (GapReport#summary): one computation, one wording.
        Paragraph summary = new Paragraph(gapReport.summary(RequirementLevel.SHALL) + " "
                + gapReport.summary(RequirementLevel.SHOULD));
        summary.setId("gap-summary");
        NativeTable table = Tables.table("gap-rows", "Gap analysis: " + gapReport.title(),
                List.of("No.", "Level", "Requirement", "Fit", "Why"));
        NativeTableBody body = Tables.body(table);
        for (GapRow r : gapReport.rows()) {
            Span fit = new Span(r.fit().label());
            fit.addClassName("rsp-fit-" + r.fit().slug());
            NativeTableRow row = new NativeTableRow(Tables.rowHeader(new Span(r.requirement().number())),
                    new NativeTableCell(r.requirement().level().label()), new NativeTableCell(r.requirement().text()),
                    new NativeTableCell(fit), new NativeTableCell(r.explanation()));
            row.getElement().setAttribute("data-number", r.requirement().number());
            body.add(row);
        }
        report.add(summary, Downloads.link("download-gaps", "Gap analysis (PDF)", gaps.pdf(gapReport)), table);
        if (!gapReport.unclaimedGroupings().isEmpty()) {
            com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
            list.setId("gap-unclaimed-groupings");
            gapReport.unclaimedGroupings().forEach(u -> list.add(new com.vaadin.flow.component.html.ListItem(
                    u.sentence() + " The statement does not claim it.")));
            report.add(new com.vaadin.flow.component.html.H3("Required groupings not claimed"), list);
        }
    }
}
