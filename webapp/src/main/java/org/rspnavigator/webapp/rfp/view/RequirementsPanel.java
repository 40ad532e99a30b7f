package org.rspnavigator.webapp.rfp.view;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rspnavigator.procurement.rfp.ExceptionToPortfolio;
import org.rspnavigator.procurement.rfp.LeftOut;
import org.rspnavigator.procurement.rfp.LeftOutReason;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementOrigin;
import org.rspnavigator.procurement.rfp.RequirementProposer;
import org.rspnavigator.procurement.rfp.ReasonRequiredException;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.ClinicalService;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.Term;
import org.rspnavigator.webapp.widgets.Tables;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The requirements of the draft, per system bought: a table each with the level, text, category
 * and why, the withdrawn ones to restore, what the proposer left out (out of the clinical scope,
 * not created by the system, no actor of the profile) with why and a button to add it back, a
 * dialog to change a level or withdraw, and one to add a requirement of the planner's own. Every
 * change goes into the {@link DraftState} and raises {@link DraftChanged}.
 */
public final class RequirementsPanel extends Div {

    /**
     * The Edit (or Restore) button of each requirement on screen, by number, and each section's
     * "Add a requirement" button (by {@link #addKey}), to return focus to.
     */
    private final java.util.Map<String, Button> focusTargets = new java.util.HashMap<>();

    private static final long serialVersionUID = 1L;

    private final DraftState state;
    private final Catalog catalog;
    private final RequirementProposer proposer;

    public RequirementsPanel(DraftState state, Catalog catalog, RequirementProposer proposer) {
        this.state = state;
        this.catalog = catalog;
        this.proposer = proposer;
        setId("requirements-panel");
    }

    /** Shows the requirements of the draft as it is now. */
    public void show() {
        removeAll();
        focusTargets.clear();
        RfpDraft draft = state.draft();
        long shall = draft.requirements().stream().filter(r -> r.level() == RequirementLevel.SHALL).count();
        Paragraph summary = new Paragraph(draft.requirements().size() + " requirements (" + shall + " SHALL), "
                + draft.withdrawn().size() + " withdrawn. Each is numbered per system; a number stays with its "
                + "requirement when you change the scope, and a withdrawn number is never given again.");
        summary.setId("requirements-summary");
        add(summary, scopeSummary(draft));
        if (draft.spec().useCases().isEmpty() || draft.spec().systems().isEmpty()) {
            add(new Paragraph("Choose at least one use case and one system under “Project and "
                    + "scope” to have requirements proposed."));
        }
        for (ProcuredSystem procured : draft.spec().systems()) {
            SystemType type = catalog.systemType(procured.systemType()).orElseThrow();
            H2 heading = new H2(type.name() + (procured.quantity() > 1 ? " × " + procured.quantity() : ""));
            heading.setId("system-" + type.id());
            add(heading);
            if (!procured.notes().isBlank()) {
                Paragraph notes = new Paragraph(procured.notes());
                notes.addClassName("rsp-muted");
                add(notes);
            }
            List<Requirement> mine = draft.requirements().stream().filter(r -> r.system().equals(type.id())).toList();
            if (mine.isEmpty()) {
                add(new Paragraph("The chosen use cases name no standard for this system."));
            } else {
                add(requirementTable(type, mine));
            }
            Button addOne = new Button("Add a requirement for " + type.name(), VaadinIcon.PLUS.create(),
                    e -> openAddDialog(type, Optional.empty()));
            addOne.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            addOne.setId("add-requirement-" + type.id());
            focusTargets.put(addKey(type), addOne);
            add(addOne);
            List<Requirement> out = draft.withdrawn().stream().filter(r -> r.system().equals(type.id())).toList();
            if (!out.isEmpty()) {
                add(withdrawnList(type, out));
            }
            List<LeftOut> left = draft.leftOut().stream().filter(o -> o.system().equals(type.id())).toList();
            if (!left.isEmpty()) {
                add(leftOutList(type, left));
            }
        }
    }

    /** The clinical services the draft was proposed for, or that none were given. */
    private Paragraph scopeSummary(RfpDraft draft) {
        Paragraph p = new Paragraph();
        p.setId("scope-summary");
        if (!draft.spec().scopeGiven()) {
            p.setText(draft.scopeNote() + " Choose them under “Project and scope”.");
            return p;
        }
        String names = String.join(", ", draft.spec().clinicalServices().stream()
                .map(id -> catalog.clinicalService(id).map(ClinicalService::name).orElse(id)).toList());
        long scope = draft.leftOut().stream().filter(o -> o.kind() == LeftOutReason.OUT_OF_SCOPE).count();
        p.setText("Clinical services in scope: " + names + ". " + scope + (scope == 1 ? " item" : " items")
                + " that belong only to other services " + (scope == 1 ? "is" : "are")
                + " left out; each system lists what it left out and why, with a button to add it back.");
        return p;
    }

    private Component leftOutList(SystemType type, List<LeftOut> left) {
        Div list = new Div();
        list.setId("left-out-" + type.id());
        for (int i = 0; i < left.size(); i++) {
            LeftOut o = left.get(i);
            Button add;
            if (o.kind() == LeftOutReason.NO_ACTOR) {
                add = new Button("Add with an actor…", VaadinIcon.PLUS.create(), e -> addWithActor(type, o));
            } else {
                add = new Button("Add back", VaadinIcon.PLUS.create(), e -> {
                    try {
                        editedAndFocus(state.draft().addBack(o, proposer), addKey(type));
                    } catch (IllegalArgumentException ex) {
                        Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE);
                    }
                });
            }
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add.setAriaLabel("Add back " + describe(o));
            add.setId("add-back-" + type.id() + "-" + i);
            Span kind = new Span(o.kind().label());
            kind.addClassNames("rsp-badge", "rsp-left-out-kind");
            Paragraph p = new Paragraph(new Span(describe(o) + " "), kind, new Span(" " + o.reason() + " "), add);
            p.addClassName("rsp-left-out");
            p.getElement().setAttribute("data-kind", o.kind().slug());
            list.add(p);
        }
        NativeDetails details = new NativeDetails("Left out, with why (" + left.size() + ")", list);
        details.setId("left-out-details-" + type.id());
        details.setOpen(true);
        return details;
    }

    /** "IHE MAMMO as Image Manager/Image Archive", "DICOM Echo SR", "the “Cardiac NM” option of IHE NMI Image Display". */
    private String describe(LeftOut o) {
        return switch (o.subject()) {
            case RequirementSubject.StandardSupport s -> catalog.standard(s.standard()).map(Standard::briefName)
                    .orElse(s.standard());
            case RequirementSubject.ProfileActor p -> {
                String acronym = catalog.profile(p.profile()).map(Profile::acronym).orElse(p.profile());
                yield o.optionOnly() ? "The “" + o.option() + "” option of IHE " + acronym + " " + p.actor()
                        : "IHE " + acronym + " as " + p.actor();
            }
        };
    }

    /** A profile the system plays no actor of: the planner chooses the actor in the add dialog. */
    private void addWithActor(SystemType type, LeftOut o) {
        String standard = ((RequirementSubject.StandardSupport) o.subject()).standard();
        Optional<Profile> profile = catalog.standard(standard).flatMap(catalog::profileOf)
                .or(() -> standard.equals("ihe-atna-radiology-option") ? catalog.profile("atna") : Optional.empty());
        Optional<AddRequirementDialog.Preset> preset = profile.map(p -> new AddRequirementDialog.Preset(p, o.level(),
                "Added by the planner, although the catalog names no actor of IHE " + p.acronym() + " for this kind of "
                        + "system."));
        openAddDialog(type, preset);
    }

    /**
     * The dialog that adds a requirement of the planner's own to {@code type}'s section. Focus then
     * goes to the new requirement's Edit button, or back to "Add a requirement" if nothing was added.
     */
    private void openAddDialog(SystemType type, Optional<AddRequirementDialog.Preset> preset) {
        String[] focusAfter = {addKey(type)};
        AddRequirementDialog dialog = new AddRequirementDialog(catalog, type, (level, subject, category, reason) -> {
            RfpDraft changed = state.draft().withAdded(type.id(), level, subject, category, reason, proposer);
            focusAfter[0] = changedNumber(state.draft(), changed).orElse(focusAfter[0]);
            edited(changed);
        }, preset);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refocus(focusAfter[0]);
            }
        });
        dialog.open();
    }

    private void edited(RfpDraft changed) {
        state.setDraft(changed);
        fireEvent(new DraftChanged(this));
        show();
    }

    /**
     * Takes {@code changed} as the draft and puts focus on the requirement the change added or
     * altered (its Edit button), else on {@code fallback}: the section is drawn anew, and the button
     * that was pressed may be gone with it.
     */
    private void editedAndFocus(RfpDraft changed, String fallback) {
        String target = changedNumber(state.draft(), changed).orElse(fallback);
        edited(changed);
        refocus(target);
    }

    /** The number of the first requirement in force in {@code after} that is new or differs from {@code before}. */
    static Optional<String> changedNumber(RfpDraft before, RfpDraft after) {
        java.util.Map<String, Requirement> earlier = new java.util.HashMap<>();
        before.requirements().forEach(r -> earlier.put(r.number(), r));
        return after.requirements().stream().filter(r -> !r.equals(earlier.get(r.number()))).map(Requirement::number)
                .findFirst();
    }

    /** The key of {@link #focusTargets} for the "Add a requirement" button of {@code type}'s section. */
    private static String addKey(SystemType type) {
        return "add:" + type.id();
    }

    /** "Role: Storage SCU of CT Image Storage", left out when the requirement states none. */
    private static void conformanceLine(Div into, String label, String value) {
        if (!value.isBlank()) {
            Span name = new Span(label + ": ");
            name.addClassName("rsp-label");
            into.add(new Paragraph(name, new Span(value)));
        }
    }

    private NativeTable requirementTable(SystemType type, List<Requirement> list) {
        NativeTable table = Tables.table("requirements-" + type.id(), "Requirements for " + type.name(),
                List.of("No.", "Level", "Requirement", "Category", "Change"));
        table.addClassName("rsp-requirements");
        NativeTableBody body = Tables.body(table);
        for (Requirement r : list) {
            Div reasons = new Div(new Paragraph(r.printedRationale()));
            conformanceLine(reasons, "Role", r.conformance().role());
            conformanceLine(reasons, "Binding version", r.conformance().version());
            conformanceLine(reasons, "Evidence asked", r.conformance().evidence());
            conformanceLine(reasons, "Licence", r.conformance().licence());
            NativeDetails why = new NativeDetails("Why, role and evidence", reasons);
            why.addClassName("rsp-why");
            Div text = new Div(new Span(r.text()));
            if (r.origin() != RequirementOrigin.PORTFOLIO) {
                Span origin = new Span(originLabel(r.origin()));
                origin.addClassNames("rsp-badge", "rsp-origin");
                text.add(new Span(" "), origin);
            }
            text.add(why);
            Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> openEditDialog(r));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel("Edit " + r.number());
            focusTargets.put(r.number(), edit);
            NativeTableRow row = new NativeTableRow(Tables.rowHeader(r.number()),
                    new NativeTableCell(levelBadge(r.level())), new NativeTableCell(text),
                    new NativeTableCell(categoryLabel(r.category())), new NativeTableCell(edit));
            row.getElement().setAttribute("data-number", r.number());
            body.add(row);
        }
        return table;
    }

    private Component withdrawnList(SystemType type, List<Requirement> out) {
        Div list = new Div();
        list.setId("withdrawn-" + type.id());
        for (Requirement r : out) {
            Button restore = new Button("Restore", VaadinIcon.ARROW_BACKWARD.create(),
                    e -> editedAndFocus(state.draft().restore(r.number()), r.number()));
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            restore.setAriaLabel("Restore " + r.number());
            focusTargets.put(r.number(), restore);
            String why = r.amendment().reason().isEmpty() ? "" : " Reason: " + r.amendment().reason();
            Paragraph p = new Paragraph(new Span(r.number() + " (withdrawn): " + r.text() + why + " "), restore);
            p.addClassName("rsp-withdrawn");
            list.add(p);
        }
        NativeDetails details = new NativeDetails("Withdrawn requirements (" + out.size() + ")", list);
        details.setOpen(true);
        return details;
    }

    /**
     * The Edit dialog of a requirement in force: its level, the options of its actor (to drop one
     * or ask for another), its wording, and the reason for the change, printed after the rationale
     * so that a level the buyer chose never stands beside a rationale written for another; or its
     * withdrawal, with the reason printed where the documents account for the numbers not used.
     * Lowering or withdrawing a SHALL the portfolio proposed requires the reason (clause 5.1): the
     * field says so, and a change without one is refused at the field with the dialog kept open.
     */
    private void openEditDialog(Requirement r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Requirement " + r.number());
        dialog.setId("edit-requirement");
        dialog.setWidth("min(46rem, 100vw)");
        RadioButtonGroup<RequirementLevel> level = new RadioButtonGroup<>("Level");
        level.setItems(RequirementLevel.values());
        level.setValue(r.level());
        level.setId("edit-level");
        Paragraph rationale = new Paragraph(r.printedRationale());
        rationale.addClassName("rsp-muted");
        rationale.setId("edit-rationale");
        dialog.add(rationale, level);
        Optional<CheckboxGroup<String>> options = optionsOf(r);
        options.ifPresent(dialog::add);
        TextArea text = new TextArea("Wording");
        text.setValue(r.text());
        text.setWidthFull();
        text.setMaxLength(org.rspnavigator.procurement.FieldLimits.TEXT);
        text.setHelperText("Keep the level's keyword (" + String.join(", ", java.util.Arrays.stream(
                RequirementLevel.values()).map(RequirementLevel::label).toList()) + ") in the sentence. Changing the "
                + "level or the options rewords it for you unless you have edited it.");
        text.setId("edit-text");
        TextField reason = new TextField("Reason for the change (printed with the rationale)");
        reason.setWidthFull();
        reason.setMaxLength(org.rspnavigator.procurement.FieldLimits.TEXT);
        reason.setValue(r.amendment().reason());
        reason.setId("edit-reason");
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        dialog.add(text, reason);
        // Comply or explain: lowering or withdrawing a SHALL the portfolio proposed asks for the reason.
        boolean portfolioShall = ExceptionToPortfolio.departs(r, Optional.empty());
        if (portfolioShall) {
            reason.setHelperText(r.number() + " was proposed from the portfolio at SHALL. To lower it or withdraw "
                    + "it, say why: ISO 21860 clause 5.1 asks for every exception to the portfolio to be documented. "
                    + "The reason is printed with the local mandates and listed in your organization's report of "
                    + "exceptions.");
        }
        Runnable markRequired = () -> reason.setRequiredIndicatorVisible(
                ExceptionToPortfolio.departs(r, Optional.ofNullable(level.getValue())));
        markRequired.run();
        level.addValueChangeListener(e -> markRequired.run());
        // The wording follows the level and options until the planner types their own.
        boolean[] typed = {false};
        text.addValueChangeListener(e -> typed[0] |= e.isFromClient());
        Runnable reword = () -> {
            if (!typed[0] && level.getValue() != null) {
                text.setValue(preview(r, level.getValue(), options.map(CheckboxGroup::getValue).orElse(null)));
            }
        };
        level.addValueChangeListener(e -> reword.run());
        options.ifPresent(o -> o.addValueChangeListener(e -> reword.run()));
        Button apply = new Button("Apply", e -> {
            try {
                RfpDraft.Edit edit = new RfpDraft.Edit(level.getValue(),
                        options.map(o -> (List<String>) List.copyOf(o.getValue())).orElse(null),
                        typed[0] ? text.getValue() : null, reason.getValue());
                RfpDraft changed = state.draft().amended(r.number(), edit, proposer);
                if (!changed.equals(state.draft())) {
                    edited(changed);
                }
                dialog.close();
                refocus(r.number());
            } catch (ReasonRequiredException ex) {
                askForReason(reason, ex);
            } catch (IllegalArgumentException ex) {
                text.setInvalid(true);
                text.setErrorMessage(ex.getMessage());
                text.focus();
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("apply-requirement");
        Button withdraw = new Button("Withdraw " + r.number(), VaadinIcon.TRASH.create(), e -> {
            try {
                edited(state.draft().withdraw(r.number(), reason.getValue()));
                dialog.close();
                refocus(r.number());
            } catch (ReasonRequiredException ex) {
                reason.setRequiredIndicatorVisible(true);
                askForReason(reason, ex);
            }
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.setId("withdraw-requirement");
        Button cancel = new Button("Cancel", e -> {
            dialog.close();
            refocus(r.number());
        });
        dialog.addDialogCloseActionListener(e -> {
            dialog.close();
            refocus(r.number());
        });
        dialog.getFooter().add(withdraw, cancel, apply);
        dialog.open();
    }

    /** The change was refused for want of a reason: say so at the reason field, the dialog open and all typed kept. */
    private static void askForReason(TextField reason, ReasonRequiredException refused) {
        reason.setErrorMessage(refused.getMessage());
        reason.setInvalid(true);
        reason.focus();
    }

    /** The options of the requirement's actor to tick, those it asks for ticked; none for a standard. */
    private Optional<CheckboxGroup<String>> optionsOf(Requirement r) {
        if (!(r.subject() instanceof RequirementSubject.ProfileActor pa)) {
            return Optional.empty();
        }
        List<String> all = catalog.profile(pa.profile()).flatMap(p -> p.actor(pa.actor()))
                .map(a -> a.options().stream().map(org.rspnavigator.model.ActorOption::name).toList())
                .orElse(List.of());
        if (all.isEmpty()) {
            return Optional.empty();
        }
        CheckboxGroup<String> group = new CheckboxGroup<>("Options asked of the " + pa.actor());
        group.setItems(all);
        group.setValue(new java.util.LinkedHashSet<>(pa.options().stream().filter(all::contains).toList()));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setWidthFull();
        group.addClassName("rsp-wrap-labels");
        group.setId("edit-options");
        return Optional.of(group);
    }

    /** The wording the requirement would have at {@code level} with {@code options}, as the draft would make it. */
    private String preview(Requirement r, RequirementLevel level, java.util.Set<String> options) {
        try {
            List<String> chosen = options == null ? null : List.copyOf(options);
            // A reason stands in for the planner's, so that a lowered SHALL previews too; nothing is kept.
            return state.draft().amended(r.number(), new RfpDraft.Edit(level, chosen, null, "preview"), proposer)
                    .requirements().stream().filter(x -> x.number().equals(r.number())).findFirst()
                    .map(Requirement::text).orElse(r.text());
        } catch (IllegalArgumentException e) {
            return r.text();
        }
    }

    /**
     * After an Edit dialog, focus returns to the requirement it was about: its Edit button, or its
     * Restore button once withdrawn, so that a keyboard user goes on from where they were.
     */
    private void refocus(String number) {
        Button target = focusTargets.get(number);
        if (target != null) {
            target.focus();
        }
    }

    static Span levelBadge(RequirementLevel level) {
        Span badge = new Span(level.label());
        badge.addClassNames("rsp-badge", "rsp-level-" + level.name().toLowerCase(Locale.ROOT) + "-req");
        return badge;
    }

    private static String originLabel(RequirementOrigin origin) {
        return switch (origin) {
            case PORTFOLIO -> "From the portfolio";
            case GROUPING -> "Required grouping";
            case SUCCESSOR -> "Successor of a legacy standard";
            case OPTED_IN -> "Opted in with a clinical service";
            case PLANNER -> "Added by you";
        };
    }

    private static String categoryLabel(String slug) {
        return Term.fromSlug(Category.class, slug).map(c -> c.label() + " (Table " + c.table() + ")").orElse(slug);
    }
}
