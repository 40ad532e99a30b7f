package org.rspnavigator.webapp.products.view;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

import org.rspnavigator.procurement.conformance.DicomClaim;
import org.rspnavigator.procurement.conformance.DicomRole;
import org.rspnavigator.procurement.conformance.Vocabulary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** Declares a SOP class of the catalog's vocabulary with the roles the product takes for it. */
final class SopClassDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** Takes the row declared. */
    @FunctionalInterface
    interface Declared extends Serializable {
        void declare(DicomClaim row);
    }

    SopClassDialog(Vocabulary vocabulary, Declared declared) {
        setHeaderTitle("Declare a SOP class");
        setId("sop-class-dialog");
        setWidth("40rem");
        ComboBox<Vocabulary.SopClass> sopClass = new ComboBox<>("SOP class (DICOM PS3.6)");
        sopClass.setItems(List.copyOf(vocabulary.sopClasses()));
        sopClass.setItemLabelGenerator(s -> s.name() + " — " + s.uid());
        sopClass.setWidthFull();
        sopClass.setId("sop-class");
        CheckboxGroup<DicomRole> roles = new CheckboxGroup<>("Roles");
        roles.setItems(DicomRole.values());
        roles.setItemLabelGenerator(r -> r == DicomRole.SCU ? "SCU: it invokes the service (sends, queries)"
                : "SCP: it provides the service (stores, answers)");
        roles.setId("sop-class-roles");
        Paragraph error = new Paragraph();
        error.addClassName("rsp-error");
        error.setId("sop-class-error");
        add(new Div(sopClass, roles, error));
        Button ok = new Button("Declare", e -> {
            if (sopClass.getValue() == null || roles.getValue().isEmpty()) {
                error.setText("Choose the SOP class and at least one role.");
                return;
            }
            declared.declare(new DicomClaim(sopClass.getValue().uid(), EnumSet.copyOf(roles.getValue()), List.of()));
            close();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("sop-class-confirm");
        getFooter().add(new Button("Cancel", e -> close()), ok);
    }
}
