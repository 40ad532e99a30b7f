package org.rspnavigator.webapp.rfp.view;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.rspnavigator.documents.RenderBudget;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.platform.DocumentsBusyException;
import org.rspnavigator.webapp.platform.Download;
import org.rspnavigator.webapp.rfp.RfpDocumentService;
import org.rspnavigator.webapp.rfp.RfpFormat;
import org.rspnavigator.webapp.rfp.RfpProjectService;
import org.rspnavigator.webapp.widgets.Downloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * The documents of the saved revision: each made on the document queue while the page shows
 * progress (and how many are waiting ahead), then offered for download; or all of them at once
 * in one ZIP, made one after the other on the same queue.
 */
public final class DocumentsPanel extends Div {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(DocumentsPanel.class);
    /** The row of all documents in one ZIP, named as its API path ends. */
    static final String ALL = "documents.zip";
    private static final String ALL_LABEL = "All documents (ZIP)";

    private final DraftState state;
    private final RfpProjectService projects;
    private final RfpDocumentService documents;

    public DocumentsPanel(DraftState state, RfpProjectService projects, RfpDocumentService documents) {
        this.state = state;
        this.projects = projects;
        this.documents = documents;
        setId("documents-panel");
    }

    /** Shows the documents of the saved revision. */
    public void show() {
        removeAll();
        add(new H2("Documents"));
        Paragraph intro = new Paragraph("Made from the saved revision " + state.revision() + " of the project; save "
                + "first to include changes you have not saved. The RFP section is a tagged PDF with the requirements, "
                + "the local mandates, a response matrix and a glossary; the Word version is for editing into your own "
                + "tender; the checklist lists the profile, actor and option rows bidders confirm in their IHE "
                + "Integration Statements. The response matrix comes as a workbook for bidders to fill in (a drop-down per "
                + "answer, the requirements locked), and as CSV and JSON for tools. The ZIP holds all of them with a "
                + "README that lists them.");
        intro.addClassName("rsp-intro");
        add(intro);
        for (RfpFormat format : RfpFormat.values()) {
            add(documentRow(format.apiName(), format.label(), VaadinIcon.FILE_TEXT_O,
                    doc -> documents.prepare(format, doc)));
        }
        add(documentRow(ALL, ALL_LABEL, VaadinIcon.FILE_ZIP, documents::prepareAll));
    }

    private Component documentRow(String name, String label, VaadinIcon icon,
            Function<RfpDocument, CompletableFuture<Download>> make) {
        Div row = new Div();
        row.addClassName("rsp-document-row");
        row.getElement().setAttribute("data-format", name);
        Button prepare = new Button("Prepare " + label, icon.create());
        prepare.setId("prepare-" + name.replace('.', '-'));
        Div result = new Div();
        result.addClassName("rsp-document-result");
        prepare.addClickListener(e -> prepare(name, label, make, prepare, result));
        row.add(prepare, result);
        return row;
    }

    /** Makes the document on the queue while the page shows progress, then offers the download. */
    private void prepare(String name, String label, Function<RfpDocument, CompletableFuture<Download>> make,
            Button prepare, Div result) {
        if (state.dirty()) {
            result.removeAll();
            result.add(new Span("You have unsaved changes: save them first, or the document shows revision "
                    + state.revision() + " without them. "));
        }
        UI ui = UI.getCurrent();
        RfpDocument doc = projects.document(CurrentUser.require(), state.projectId(), null);
        prepare.setEnabled(false);
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.setWidth("12rem");
        progress.getElement().setAttribute("aria-label", "Preparing " + label);
        int queued = documents.waiting();
        Span message = new Span(queued > 0 ? "Waiting for a free place: " + queued + " documents ahead of yours…"
                : "Preparing " + label + "…");
        message.getElement().setAttribute("role", "status");
        result.removeAll();
        result.add(progress, message);
        ui.setPollInterval(400);
        make.apply(doc).whenComplete((file, error) -> ui.access(() -> {
            ui.setPollInterval(-1);
            prepare.setEnabled(true);
            result.removeAll();
            if (error != null) {
                Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                boolean told = cause instanceof DocumentsBusyException || cause instanceof RenderBudget.ExceededException;
                Span failed = new Span(told ? cause.getMessage()
                        : "The document could not be made; the error has been logged.");
                failed.addClassName("rsp-error");
                result.add(failed);
                if (!told) {
                    log.error("Rendering {} failed", name, cause);
                }
                return;
            }
            result.add(Downloads.link("download-" + name.replace('.', '-'), "Download " + file.fileName(),
                    file), new Span(" " + size(file.bytes().length)));
        }));
    }

    private static String size(int bytes) {
        return bytes < 10_000 ? bytes + " bytes" : (bytes / 1024) + " KB";
    }
}
