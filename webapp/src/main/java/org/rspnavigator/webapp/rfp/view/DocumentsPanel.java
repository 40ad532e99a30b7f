package org.rspnavigator.webapp.rfp.view;

import java.util.concurrent.CompletionException;

import org.rspnavigator.documents.RenderBudget;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.platform.DocumentsBusyException;
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
 * progress (and how many are waiting ahead), then offered for download.
 */
public final class DocumentsPanel extends Div {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(DocumentsPanel.class);

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
                + "Integration Statements.");
        intro.addClassName("rsp-intro");
        add(intro);
        for (RfpFormat format : RfpFormat.values()) {
            add(documentRow(format));
        }
    }

    private Component documentRow(RfpFormat format) {
        Div row = new Div();
        row.addClassName("rsp-document-row");
        row.getElement().setAttribute("data-format", format.apiName());
        Button prepare = new Button("Prepare " + format.label(), VaadinIcon.FILE_TEXT_O.create());
        prepare.setId("prepare-" + format.apiName().replace('.', '-'));
        Div result = new Div();
        result.addClassName("rsp-document-result");
        prepare.addClickListener(e -> prepare(format, prepare, result));
        row.add(prepare, result);
        return row;
    }

    /** Makes the document on the queue while the page shows progress, then offers the download. */
    private void prepare(RfpFormat format, Button prepare, Div result) {
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
        progress.getElement().setAttribute("aria-label", "Preparing " + format.label());
        int queued = documents.waiting();
        Span message = new Span(queued > 0 ? "Waiting for a free place: " + queued + " documents ahead of yours…"
                : "Preparing " + format.label() + "…");
        message.getElement().setAttribute("role", "status");
        result.removeAll();
        result.add(progress, message);
        ui.setPollInterval(400);
        documents.prepare(format, doc).whenComplete((file, error) -> ui.access(() -> {
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
                    log.error("Rendering {} failed", format, cause);
                }
                return;
            }
            result.add(Downloads.link("download-" + format.apiName().replace('.', '-'), "Download " + file.fileName(),
                    file), new Span(" " + size(file.bytes().length)));
        }));
    }

    private static String size(int bytes) {
        return bytes < 10_000 ? bytes + " bytes" : (bytes / 1024) + " KB";
    }
}
