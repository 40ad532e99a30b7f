package org.rspnavigator.webapp.rfp.view;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Adds a requirement of the planner's own for one system bought: support for a standard, or an
 * IHE profile actor (the one the system usually plays chosen first) with options.
 */
final class AddRequirementDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final String STANDARD = "A standard";
    private static final String PROFILE_ACTOR = "An IHE profile actor";

    /** Takes the requirement into the draft, or refuses it with an {@link IllegalArgumentException} saying why. */
    @FunctionalInterface
    interface Added extends Serializable {
        void add(RequirementLevel level, RequirementSubject subject, Optional<Category> category, String reason);
    }

    /** What the dialog opens with: a profile to choose an actor of, at a level, with a reason. */
    record Preset(Profile profile, RequirementLevel level, String reason) implements Serializable {
    }

    AddRequirementDialog(Catalog catalog, SystemType type, Added added) {
        this(catalog, type, added, Optional.empty());
    }

    AddRequirementDialog(Catalog catalog, SystemType type, Added added, Optional<Preset> preset) {
        setHeaderTitle("Add a requirement for " + type.name());
        setId("add-requirement");
        setWidth("40rem");
        RadioButtonGroup<String> kind = new RadioButtonGroup<>("It asks for");
        kind.setItems(STANDARD, PROFILE_ACTOR);
        kind.setValue(STANDARD);
        ComboBox<Standard> standard = new ComboBox<>("Standard");
        standard.setItems(catalog.standards());
        standard.setItemLabelGenerator(s -> s.briefName() + " — " + s.formalName());
        standard.setWidthFull();
        standard.setId("add-standard");
        ComboBox<Profile> profile = new ComboBox<>("IHE profile");
        profile.setItems(catalog.profiles().stream().sorted(Comparator.comparing(Profile::acronym)).toList());
        profile.setItemLabelGenerator(p -> p.acronym() + " — " + p.name());
        profile.setWidthFull();
        profile.setId("add-profile");
        Select<ProfileActor> actor = new Select<>();
        actor.setLabel("Actor");
        actor.setItemLabelGenerator(ProfileActor::name);
        actor.setWidthFull();
        actor.setId("add-actor");
        CheckboxGroup<String> options = new CheckboxGroup<>("Options");
        options.setId("add-options");
        Select<Category> category = new Select<>();
        category.setLabel("Listed under");
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> c == null ? "" : c.label());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("The category of the standard or profile");
        category.setWidthFull();
        Select<RequirementLevel> level = new Select<>();
        level.setLabel("Level");
        level.setItems(RequirementLevel.values());
        level.setValue(RequirementLevel.SHALL);
        level.setId("add-level");
        TextField reason = new TextField("Why (printed as the rationale)");
        reason.setMaxLength(FieldLimits.TEXT);
        reason.setWidthFull();
        reason.setId("add-reason");
        Paragraph error = new Paragraph();
        error.addClassName("rsp-error");
        error.setId("add-error");
        Div profileFields = new Div(profile, actor, options);
        profileFields.setVisible(false);
        kind.addValueChangeListener(e -> {
            boolean isProfile = PROFILE_ACTOR.equals(e.getValue());
            standard.setVisible(!isProfile);
            profileFields.setVisible(isProfile);
        });
        profile.addValueChangeListener(e -> {
            actor.setItems(e.getValue() == null ? List.of() : e.getValue().actors());
            // the actor this system usually plays in the profile, if any
            if (e.getValue() != null) {
                type.plays().stream().filter(p -> p.profile().equals(e.getValue().id())).findFirst()
                        .flatMap(p -> e.getValue().actor(p.actor())).ifPresent(actor::setValue);
            }
        });
        actor.addValueChangeListener(e -> options.setItems(e.getValue() == null ? List.of()
                : e.getValue().options().stream().map(o -> o.name()).toList()));
        add(new Div(kind, standard, profileFields, level, category, reason, error));
        Button confirm = new Button("Add", e -> {
            try {
                RequirementSubject subject;
                if (profileFields.isVisible()) {
                    if (profile.getValue() == null || actor.getValue() == null) {
                        throw new IllegalArgumentException("Choose the profile and the actor.");
                    }
                    subject = new RequirementSubject.ProfileActor(profile.getValue().id(), actor.getValue().name(),
                            List.copyOf(options.getValue().stream().sorted().toList()));
                } else {
                    if (standard.getValue() == null) {
                        throw new IllegalArgumentException("Choose the standard.");
                    }
                    subject = new RequirementSubject.StandardSupport(standard.getValue().id());
                }
                added.add(level.getValue(), subject, Optional.ofNullable(category.getValue()), reason.getValue());
                close();
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("add-requirement-confirm");
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        preset.ifPresent(p -> {
            kind.setValue(PROFILE_ACTOR);
            profile.setValue(p.profile());
            level.setValue(p.level());
            reason.setValue(p.reason().length() > FieldLimits.TEXT ? p.reason().substring(0, FieldLimits.TEXT)
                    : p.reason());
        });
    }
}
