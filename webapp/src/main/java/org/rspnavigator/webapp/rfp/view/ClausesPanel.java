package org.rspnavigator.webapp.rfp.view;

import java.util.List;

import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.rfp.CustomClause;
import org.rspnavigator.procurement.rfp.LocalMandate;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Standard;
import org.rspnavigator.webapp.widgets.ListEditor;
import org.rspnavigator.webapp.widgets.MarkdownRenderer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * The local mandates and exceptions (ISO 21860 clause 5.1 asks for them to be written down) and
 * the planner's custom clauses in Markdown, with a preview. Edits go into the {@link DraftState}
 * and raise {@link DraftChanged}.
 */
public final class ClausesPanel extends Div {

    private static final long serialVersionUID = 1L;

    private final DraftState state;
    private final Catalog catalog;
    private final MarkdownRenderer markdown;
    private final ListEditor<LocalMandate> mandates;
    private final ListEditor<CustomClause> clauses;

    public ClausesPanel(DraftState state, Catalog catalog, MarkdownRenderer markdown) {
        this.state = state;
        this.catalog = catalog;
        this.markdown = markdown;
        setId("mandates-panel");
        mandates = new ListEditor<>("Local mandate", "Add a local mandate", "add-mandate", "Remove this mandate",
                () -> new LocalMandate("", "", ""), this::mandateFields);
        mandates.addChangeListener(e -> {
            state.setDraft(state.draft().withMandates(e.items()));
            fireEvent(new DraftChanged(this));
        });
        clauses = new ListEditor<>("Custom clause", "Add a custom clause", "add-clause", "Remove this clause",
                () -> new CustomClause("", ""), this::clauseFields);
        clauses.addChangeListener(e -> {
            state.setDraft(state.draft().withClauses(e.items()));
            fireEvent(new DraftChanged(this));
        });

        Paragraph why = new Paragraph("Where a national or local rule asks for something other than the portfolio, "
                + "or you make an exception to it, ISO 21860 clause 5.1 asks for it to be documented. Each mandate is "
                + "printed in a section of its own.");
        why.addClassName("rsp-intro");
        Paragraph clausesIntro = new Paragraph("Clauses of your own, in Markdown (headings, lists, tables, links), "
                + "printed after the requirements: service levels, acceptance tests, training.");
        clausesIntro.addClassName("rsp-intro");
        add(new H2("Local mandates and exceptions"), why, mandates, new H2("Custom clauses"), clausesIntro, clauses);
    }

    /** Shows the mandates and clauses of the draft as it is now. */
    public void show() {
        mandates.setItems(state.draft().mandates());
        clauses.setItems(state.draft().clauses());
    }

    private List<Component> mandateFields(int index, LocalMandate mandate, SerializableConsumer<LocalMandate> edited) {
        TextField title = new TextField("Title");
        title.setMaxLength(FieldLimits.TITLE);
        title.setWidthFull();
        title.setId("mandate-title-" + index);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        ComboBox<Standard> standard = new ComboBox<>("Portfolio standard it replaces or excepts (optional)");
        standard.setItems(catalog.standards());
        standard.setItemLabelGenerator(s -> s.briefName() + " — " + s.formalName());
        standard.setClearButtonVisible(true);
        standard.setWidthFull();
        TextArea text = new TextArea("The mandate and its reason (Markdown)");
        text.setMaxLength(FieldLimits.MARKDOWN);
        text.setWidthFull();
        text.setId("mandate-text-" + index);
        text.setValueChangeMode(ValueChangeMode.LAZY);

        Binder<LocalMandate> binder = binder(LocalMandate.class);
        binder.forField(title).bind("title");
        binder.forField(standard).withConverter(s -> s == null ? "" : s.id(), id -> catalog.standard(id).orElse(null))
                .bind("standard");
        binder.forField(text).bind("text");
        binder.readBean(mandate);
        binder.addValueChangeListener(e -> edited.accept(written(binder)));
        return List.of(title, standard, text);
    }

    private List<Component> clauseFields(int index, CustomClause clause, SerializableConsumer<CustomClause> edited) {
        TextField title = new TextField("Title");
        title.setMaxLength(FieldLimits.TITLE);
        title.setWidthFull();
        title.setId("clause-title-" + index);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        TextArea text = new TextArea("Text (Markdown)");
        text.setMaxLength(FieldLimits.MARKDOWN);
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setId("clause-text-" + index);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        Div preview = new Div();
        preview.addClassName("rsp-preview");
        preview.setId("clause-preview-" + index);

        Binder<CustomClause> binder = binder(CustomClause.class);
        binder.forField(title).bind("title");
        binder.forField(text).bind("markdown");
        binder.readBean(clause);
        showPreview(preview, clause.markdown());
        binder.addValueChangeListener(e -> edited.accept(written(binder)));
        text.addValueChangeListener(e -> showPreview(preview, e.getValue()));
        return List.of(title, text, new Span("Preview"), preview);
    }

    private void showPreview(Div preview, String text) {
        preview.removeAll();
        preview.add(text.isBlank() ? new Paragraph("(empty)") : markdown.render(text));
    }

    /** A binder that only carries values: the draft's validation words the problems when it is saved. */
    private static <T> Binder<T> binder(Class<T> type) {
        Binder<T> binder = new Binder<>(type);
        binder.setDefaultValidatorsEnabled(false);
        return binder;
    }

    private static <T> T written(Binder<T> binder) {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("A binder without validators failed to validate", e);
        }
    }
}
