package org.rspnavigator.webapp.rfp.view;

import java.util.ArrayList;
import java.util.List;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.statement.BidderMatrix;
import org.rspnavigator.procurement.statement.GapRow;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.products.Product;
import org.rspnavigator.webapp.products.ProductService;
import org.rspnavigator.webapp.rfp.RfpBidderService;
import org.rspnavigator.webapp.rfp.RfpBidderStatement;
import org.rspnavigator.webapp.rfp.RfpBidderResponse;
import org.rspnavigator.webapp.rfp.RfpEvaluationService;
import org.rspnavigator.documents.rfp.ResponseMatrixReader;
import org.rspnavigator.procurement.evaluation.Evaluation;
import org.rspnavigator.webapp.widgets.Downloads;
import org.rspnavigator.webapp.widgets.Focus;
import org.rspnavigator.webapp.widgets.Formats;
import org.rspnavigator.webapp.widgets.Tables;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The bidders' IHE Integration Statements of the saved revision, imported from a file or taken
 * from a published product and listed with a gap analysis each; the bidders' returned response
 * matrices; and the evidence matrix of every requirement against every bidder, each bidder's answer
 * beside what its statements show.
 */
public final class BiddersPanel extends Div {

    /** A statement file received before the bidder was named, kept until it is imported. */
    private org.rspnavigator.procurement.statement.IntegrationStatement pendingStatement;
    private String pendingFile = "";

    private static final long serialVersionUID = 1L;

    private final DraftState state;
    private final RfpBidderService bidders;
    private final ProductService products;
    private final Catalog catalog;
    private final RfpEvaluationService evaluation;

    /** The lists of this panel, to return focus to after a removal. */
    private enum Section { STATEMENTS, RESPONSES }

    /** Where focus goes once the panel is shown again, or null to leave it where it is. */
    private Section focusAfterShow;

    public BiddersPanel(DraftState state, RfpBidderService bidders, ProductService products, Catalog catalog,
            RfpEvaluationService evaluation) {
        this.state = state;
        this.bidders = bidders;
        this.products = products;
        this.catalog = catalog;
        this.evaluation = evaluation;
        setId("bidders-panel");
    }

    /** Shows the statements imported so far and their matrix. */
    public void show() {
        removeAll();
        AccountPrincipal user = CurrentUser.require();
        H2 statementsHeading = new H2("Bidders' IHE Integration Statements");
        statementsHeading.setId("bidder-statements-heading");
        add(statementsHeading);
        Paragraph intro = new Paragraph("Import the IHE Integration Statement of each product a bidder offers (the JSON "
                + "file, or a statement PDF made by RSP Navigator), or take a published product. Each requirement of the "
                + "saved revision is then marked met, partly met, not met or not assessed for every bidder. Say which "
                + "systems a statement is offered for: a bidder is not scored on the requirements of systems none of "
                + "its statements is offered for (\u201cnot bid\u201d). Leave it empty for every system.");
        intro.addClassName("rsp-intro");
        add(intro);
        importForm(user);
        List<RfpBidderStatement> statements = bidders.list(user, state.projectId());
        if (statements.isEmpty()) {
            add(new Paragraph("No statement imported yet."));
        } else {
            add(statementList(user, statements));
        }
        H2 responsesHeading = responses(user, statements);
        if (!statements.isEmpty()) {
            matrix(user);
        }
        // A removal draws the panel anew and its button is gone: focus goes to the heading of its list.
        H2 target = focusAfterShow == Section.STATEMENTS ? statementsHeading
                : focusAfterShow == Section.RESPONSES ? responsesHeading : null;
        focusAfterShow = null;
        if (target != null) {
            Focus.onText(target);
        }
    }

    /** The bidders' returned response matrices: an upload per bidder, and the list of those kept; gives its heading. */
    private H2 responses(AccountPrincipal user, List<RfpBidderStatement> statements) {
        long projectId = state.projectId();
        H2 heading = new H2("Bidders' response matrices");
        heading.setId("bidder-responses-heading");
        Paragraph intro = new Paragraph("Import each bidder's filled response matrix (the workbook, CSV or JSON file "
                + "from the Documents section), read against the saved revision. A bidder's new matrix replaces the one "
                + "before; a file with any problem is refused as a whole, each problem named by its sheet, row and "
                + "column. The answers then stand beside the statements' evidence below, and are scored in the "
                + "Evaluation section.");
        intro.addClassName("rsp-intro");
        List<RfpBidderResponse> kept = evaluation.responses(user, projectId);
        ComboBox<String> bidder = new ComboBox<>("Bidder");
        bidder.setId("response-bidder");
        bidder.setAllowCustomValue(true);
        bidder.setItems(java.util.stream.Stream.concat(statements.stream().map(RfpBidderStatement::getBidder),
                kept.stream().map(RfpBidderResponse::getBidder)).distinct().sorted().toList());
        bidder.addCustomValueSetListener(e -> bidder.setValue(e.getDetail()));
        bidder.setHelperText("A bidder of the statements above, or a new name");
        Div result = new Div();
        result.setId("response-status");
        result.getElement().setAttribute("role", "status");
        Upload[] uploadRef = new Upload[1];
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                RfpBidderResponse stored = evaluation.importResponse(CurrentUser.require(), projectId,
                        bidder.getValue(), bytes, metadata.fileName());
                show();
                Paragraph done = new Paragraph("Imported " + metadata.fileName() + " for " + stored.getBidder() + ".");
                done.setId("response-imported");
                done.getElement().setAttribute("role", "status");
                addComponentAtIndex(getComponentCount(), done);
            } catch (ResponseMatrixReader.ResponseMatrixException e) {
                uploadRef[0].clearFileList();
                result.removeAll();
                UnorderedList problems = new UnorderedList();
                problems.setId("response-problems");
                e.problems().stream().limit(50).forEach(p -> problems.add(new ListItem(p.toString())));
                result.add(new Paragraph("Not imported: " + metadata.fileName() + " has " + e.problems().size()
                        + (e.problems().size() == 1 ? " problem" : " problems") + ". Nothing of it was kept."),
                        problems);
            } catch (IllegalArgumentException e) {
                uploadRef[0].clearFileList();
                result.removeAll();
                result.add(new Paragraph("Not imported. " + e.getMessage()));
            }
        }));
        uploadRef[0] = upload;
        upload.setId("response-upload");
        upload.setAcceptedFileTypes(".xlsx", ".csv", ".json",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", "application/json");
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button("Import a response matrix…"));
        upload.addFileRejectedListener(e -> {
            result.removeAll();
            result.add(new Paragraph("Refused: " + e.getErrorMessage()));
        });
        Div form = new Div(bidder, upload);
        form.addClassName("rsp-form-row");
        add(heading, intro, form, result);
        if (kept.isEmpty()) {
            add(new Paragraph("No response matrix imported yet."));
            return heading;
        }
        NativeTable list = Tables.table("bidder-responses", "Response matrices imported",
                List.of("Bidder", "Answers", "Against", "From", "Imported", "Actions"));
        int requirements = state.draft().requirements().size();
        for (RfpBidderResponse r : kept) {
            var answers = evaluation.answers(r);
            Button remove = new Button("Remove", e -> {
                evaluation.removeResponse(CurrentUser.require(), projectId, r.getId());
                focusAfterShow = Section.RESPONSES;
                show();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel("Remove the response matrix of " + r.getBidder());
            String against = "Revision " + r.getRevision() + (answers.answeredRevision() > 0
                    && answers.answeredRevision() != r.getRevision() ? " (made for revision "
                            + answers.answeredRevision() + "; changed since: " + String.join(", ", answers.changed())
                            + ")" : "");
            NativeTableRow row = new NativeTableRow(Tables.rowHeader(new Span(r.getBidder())),
                    new NativeTableCell(answers.answers().size() + " of " + requirements + (answers.unanswered()
                            .isEmpty() ? "" : "; unanswered: " + String.join(", ", answers.unanswered()))),
                    new NativeTableCell(against), new NativeTableCell(r.getSource()),
                    new NativeTableCell(Formats.WHEN.format(r.getImportedAt()) + " by " + r.getImportedBy()),
                    new NativeTableCell(remove));
            row.getElement().setAttribute("data-bidder", r.getBidder());
            Tables.body(list).add(row);
        }
        add(list);
        return heading;
    }

    private void importForm(AccountPrincipal user) {
        long projectId = state.projectId();
        TextField bidder = new TextField("Bidder");
        bidder.setId("bidder-name");
        bidder.setMaxLength(FieldLimits.NAME);
        MultiSelectComboBox<SystemType> systems = new MultiSelectComboBox<>("Bids for");
        systems.setItems(state.draft().spec().systems().stream().map(ProcuredSystem::systemType)
                .flatMap(id -> catalog.systemType(id).stream()).toList());
        systems.setItemLabelGenerator(SystemType::name);
        systems.setPlaceholder("All systems");
        systems.setHelperText("Empty: every system of the tender");
        systems.setWidth("20rem");
        systems.setId("bidder-systems");
        Paragraph result = new Paragraph();
        result.setId("bidder-status");
        result.getElement().setAttribute("role", "status");
        // The name is sent as it is typed, so a file dropped right after typing finds it on the server.
        bidder.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        Button importPending = new Button("Import the file");
        importPending.setId("bidder-import-pending");
        importPending.setVisible(false);
        Upload[] uploadRef = new Upload[1];
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                var statement = products.read(bytes);
                if (bidder.getValue().isBlank()) {
                    // Keep the file rather than refuse it: it is imported once the bidder is named.
                    importPending.setText("Import " + metadata.fileName());
                    importPending.setVisible(true);
                    importPending.getElement().setProperty("title", metadata.fileName());
                    pendingFile = metadata.fileName();
                    pendingStatement = statement;
                    result.setText("Name the bidder who submitted " + metadata.fileName() + ", then import it.");
                    bidder.focus();
                    return;
                }
                bidders.add(CurrentUser.require(), projectId, bidder.getValue(), statement, metadata.fileName(),
                        ids(systems));
                show();
            } catch (IllegalArgumentException e) {
                uploadRef[0].clearFileList();
                result.setText("Not imported. " + e.getMessage());
            }
        }));
        uploadRef[0] = upload;
        importPending.addClickListener(e -> {
            if (pendingStatement == null) {
                return;
            }
            try {
                bidders.add(CurrentUser.require(), projectId, bidder.getValue(), pendingStatement, pendingFile,
                        ids(systems));
                pendingStatement = null;
                show();
            } catch (IllegalArgumentException ex) {
                result.setText("Not imported. " + ex.getMessage());
            }
        });
        upload.setId("bidder-upload");
        upload.setAcceptedFileTypes("application/json", ".json", "application/pdf", ".pdf");
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button("Import a statement file…"));
        upload.addFileRejectedListener(e -> result.setText("Refused: " + e.getErrorMessage()));
        ComboBox<Product> published = new ComboBox<>("or a published product");
        published.setItems(products.list(user).stream().filter(Product::isPublished).toList());
        published.setItemLabelGenerator(p -> p.getName() + " " + p.getProductVersion() + " ("
                + p.getOrganization().getName() + ")");
        published.setWidth("24rem");
        published.setId("bidder-product");
        Button take = new Button("Add", e -> {
            if (published.getValue() == null) {
                result.setText("Choose a published product.");
                return;
            }
            try {
                Product p = published.getValue();
                bidders.add(CurrentUser.require(), projectId, bidder.getValue(), products.statement(p),
                        "product " + p.getId() + " (" + p.getName() + " " + p.getProductVersion() + ")", ids(systems));
                show();
            } catch (IllegalArgumentException ex) {
                result.setText("Not added. " + ex.getMessage());
            }
        });
        take.setId("add-bidder-product");
        Div form = new Div(bidder, systems, upload, importPending, published, take);
        form.addClassName("rsp-form-row");
        add(form, result);
    }

    private Component statementList(AccountPrincipal user, List<RfpBidderStatement> statements) {
        long projectId = state.projectId();
        NativeTable list = Tables.table("bidder-statements", "Statements imported",
                List.of("Bidder", "Product", "Offered for", "From", "Imported", "Actions"));
        for (RfpBidderStatement s : statements) {
            IntegrationStatement statement = bidders.statement(s);
            Button remove = new Button("Remove", e -> {
                bidders.remove(CurrentUser.require(), projectId, s.getId());
                focusAfterShow = Section.STATEMENTS;
                show();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel("Remove " + s.getBidder() + " " + statement.productName());
            Tables.body(list).add(new NativeTableRow(Tables.rowHeader(new Span(s.getBidder())),
                    new NativeTableCell(statement.vendor() + " — " + statement.productName() + " " + statement.version()),
                    new NativeTableCell(s.getSystems().isEmpty() ? "All systems" : String.join(", ", s.getSystems()
                            .stream().map(id -> catalog.systemType(id).map(SystemType::name).orElse(id)).toList())),
                    new NativeTableCell(s.getSource()),
                    new NativeTableCell(Formats.WHEN.format(s.getImportedAt()) + " by " + s.getImportedBy()),
                    new NativeTableCell(Downloads.link("gaps-" + s.getId(), "Gap analysis (PDF)",
                            bidders.gapReport(user, projectId, s.getId())), remove)));
        }
        return list;
    }

    /** The bidder's answer under the fit its statements show, marked where the two disagree. */
    private static void answerBeside(NativeTableCell cell, Evaluation.Line line) {
        line.answer().ifPresent(a -> {
            Span answer = new Span("Answer: " + a.answer().label());
            answer.addClassName("rsp-answer");
            cell.add(answer);
        });
        line.check().flag().ifPresent(flag -> {
            Span mark = new Span("\u26a0 " + flag.label());
            mark.addClassName("rsp-evidence-flag");
            mark.getElement().setAttribute("title", line.check().message());
            cell.add(mark);
            cell.getElement().setAttribute("data-flag", flag.slug());
        });
    }

    private static List<String> ids(MultiSelectComboBox<SystemType> systems) {
        return systems.getValue().stream().map(SystemType::id).toList();
    }

    private void matrix(AccountPrincipal user) {
        long projectId = state.projectId();
        BidderMatrix matrix = bidders.matrix(user, projectId);
        Evaluation answered = evaluation.evaluation(user, projectId);
        add(new H2("Evidence matrix"));
        // Each bidder's coverage in the sentences the CSV, the PDF and the API give (BidderMatrix).
        UnorderedList summaries = new UnorderedList();
        summaries.setId("bidder-summaries");
        for (int j = 0; j < matrix.bidders().size(); j++) {
            ListItem item = new ListItem(new Span(matrix.bidders().get(j)), new Span(" (bids for "
                    + matrix.bidsForText(j) + "): " + matrix.shallSummary(j) + " " + matrix.allSummary(j)));
            item.getElement().setAttribute("data-bidder", matrix.bidders().get(j));
            summaries.add(item);
        }
        Paragraph percentages = new Paragraph("Percentages are of all the requirements counted, those not assessed "
                + "included, rounded down. A bidder is not scored on the requirements of systems it does not bid for.");
        percentages.addClassName("rsp-muted");
        List<String> headings = new ArrayList<>(List.of("No.", "Level", "Requirement"));
        headings.addAll(matrix.bidders());
        NativeTable table = Tables.table("bidder-matrix", "Requirements and what each bidder's statements claim",
                headings);
        NativeTableBody body = Tables.body(table);
        for (BidderMatrix.SystemRows system : matrix.systems()) {
            NativeTableHeaderCell heading = new NativeTableHeaderCell(system.name());
            heading.getElement().setAttribute("colspan", String.valueOf(3 + matrix.bidders().size()));
            heading.getElement().setAttribute("scope", "colgroup");
            heading.addClassName("rsp-group-row");
            NativeTableRow headingRow = new NativeTableRow(heading);
            headingRow.getElement().setAttribute("data-system", system.system());
            body.add(headingRow);
            for (int i : system.rows()) {
                Requirement r = matrix.requirements().get(i);
                NativeTableRow row = new NativeTableRow(Tables.rowHeader(new Span(r.number())),
                        new NativeTableCell(r.level().label()), new NativeTableCell(r.text()));
                row.getElement().setAttribute("data-number", r.number());
                row.getElement().setAttribute("data-system", system.system());
                int index = i;
                for (int j = 0; j < matrix.bidders().size(); j++) {
                    GapRow cell = matrix.rows().get(i).get(j);
                    Span fit = new Span(cell.fit().label());
                    fit.addClassName("rsp-fit-" + cell.fit().slug());
                    fit.getElement().setAttribute("title", cell.explanation());
                    NativeTableCell td = new NativeTableCell(fit);
                    answered.bidder(matrix.bidders().get(j)).map(b -> b.lines().get(index))
                            .ifPresent(line -> answerBeside(td, line));
                    row.add(td);
                }
                body.add(row);
            }
        }
        NativeTableRow shall = new NativeTableRow(Tables.rowHeader(new Span("SHALL requirements met")),
                new NativeTableCell(), new NativeTableCell());
        shall.setId("bidder-shall-totals");
        matrix.shallTotals().forEach(c -> shall.add(new NativeTableCell(c.metOfAll())));
        NativeTableRow all = new NativeTableRow(Tables.rowHeader(new Span("All requirements met")),
                new NativeTableCell(), new NativeTableCell());
        all.setId("bidder-all-totals");
        matrix.allTotals().forEach(c -> all.add(new NativeTableCell(c.metOfAll())));
        body.add(shall, all);
        Div downloads = new Div(
                Downloads.link("download-matrix-csv", "Evidence matrix (CSV)", bidders.matrixCsv(user, projectId)),
                Downloads.link("download-matrix-pdf", "Evidence matrix (PDF)", bidders.matrixPdf(user, projectId)));
        downloads.addClassName("rsp-actions");
        add(summaries, percentages, downloads, table);
    }
}
