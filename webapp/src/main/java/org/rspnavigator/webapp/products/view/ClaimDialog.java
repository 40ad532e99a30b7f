package org.rspnavigator.webapp.products.view;

import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import org.rspnavigator.procurement.statement.ActorClaim;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

/** Claims a profile actor with the options implemented, or changes the options of a claim. */
final class ClaimDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** Takes the claim: the profile's id, the actor's name and the options, in the catalog's order. */
    @FunctionalInterface
    interface Claimed extends Serializable {
        void claim(String profile, String actor, List<String> options);
    }

    /**
     * @param profileId the profile of the claim to change, or null for a new claim
     * @param existing  the claim to change, or null
     */
    ClaimDialog(Catalog catalog, String profileId, ActorClaim existing, Claimed claimed) {
        setHeaderTitle(existing == null ? "Claim a profile actor" : "Edit the claim");
        setId("claim-dialog");
        setWidth("40rem");
        ComboBox<Profile> profile = new ComboBox<>("IHE profile");
        profile.setItems(catalog.profiles().stream().sorted(Comparator.comparing(Profile::acronym)).toList());
        profile.setItemLabelGenerator(p -> p.acronym() + " — " + p.name());
        profile.setWidthFull();
        profile.setId("claim-profile");
        Select<ProfileActor> actor = new Select<>();
        actor.setLabel("Actor");
        actor.setItemLabelGenerator(a -> a == null ? "" : a.name());
        actor.setWidthFull();
        actor.setId("claim-actor");
        CheckboxGroup<String> options = new CheckboxGroup<>("Options implemented");
        options.setId("claim-options");
        profile.addValueChangeListener(e -> actor.setItems(e.getValue() == null ? List.of() : e.getValue().actors()));
        actor.addValueChangeListener(e -> options.setItems(e.getValue() == null ? List.of()
                : e.getValue().options().stream().map(o -> o.name()).toList()));
        if (profileId != null) {
            catalog.profile(profileId).ifPresent(p -> {
                profile.setValue(p);
                profile.setReadOnly(true);
                p.actor(existing.actor()).ifPresent(a -> {
                    actor.setValue(a);
                    actor.setReadOnly(true);
                    options.setValue(new LinkedHashSet<>(existing.options()));
                });
            });
        }
        Paragraph error = new Paragraph();
        error.addClassName("rsp-error");
        error.setId("claim-error");
        add(new Div(profile, actor, options, error));
        Button ok = new Button(existing == null ? "Claim" : "Apply", e -> {
            if (profile.getValue() == null || actor.getValue() == null) {
                error.setText("Choose the profile and the actor.");
                return;
            }
            List<String> chosen = actor.getValue().options().stream().map(o -> o.name())
                    .filter(options.getValue()::contains).toList();
            claimed.claim(profile.getValue().id(), actor.getValue().name(), chosen);
            close();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("claim-confirm");
        getFooter().add(new Button("Cancel", e -> close()), ok);
    }
}
