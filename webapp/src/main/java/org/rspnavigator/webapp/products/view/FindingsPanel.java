package org.rspnavigator.webapp.products.view;

import java.util.ArrayList;
import java.util.List;

import org.rspnavigator.procurement.conformance.Vocabulary;
import org.rspnavigator.procurement.statement.Finding;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.webapp.products.ProductService;
import org.rspnavigator.webapp.widgets.Focus;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What the catalog finds wrong or missing in a statement's claims: errors, which keep it from being
 * saved, and warnings; for its vendor, a missing grouping is claimed with one click
 * ({@link ClaimsChanged}), and a SOP class role an IHE claim implies is declared with one click
 * ({@link ConformanceChanged}).
 */
public final class FindingsPanel extends Div {

    private static final long serialVersionUID = 1L;

    private final ProductService products;
    private final Catalog catalog;
    private final Vocabulary vocabulary;
    /**
     * Whether focus goes to the first fix left when the findings are shown again: a fix changes
     * the claims, and its button is gone with the finding it fixed.
     */
    private boolean focusFixAfterShow;

    public FindingsPanel(ProductService products, Catalog catalog, Vocabulary vocabulary) {
        this.products = products;
        this.catalog = catalog;
        this.vocabulary = vocabulary;
        setId("findings");
    }

    /** Shows the findings of {@code statement}, with fixes if {@code editable}. */
    public void show(IntegrationStatement statement, boolean editable) {
        removeAll();
        boolean refocus = focusFixAfterShow;
        focusFixAfterShow = false;
        List<Finding> findings = products.findings(statement);
        if (findings.isEmpty()) {
            Paragraph fine = new Paragraph("The catalog finds nothing wrong or missing in these claims and declarations.");
            fine.addClassName("rsp-muted");
            fine.setId("findings-none");
            add(fine);
            if (refocus) {
                Focus.onText(fine); // the last fix was made: focus lands on the sentence that says so
            }
            return;
        }
        List<Button> fixes = new ArrayList<>();
        H2 heading = new H2("What the catalog finds");
        add(heading);
        UnorderedList list = new UnorderedList();
        for (Finding f : findings) {
            Span kind = new Span(f.severity().label());
            kind.addClassName("rsp-" + f.severity().slug());
            ListItem item = new ListItem(kind, new Span(": " + f.message()));
            item.getElement().setAttribute("data-severity", f.severity().name());
            if (editable) {
                f.proposal().ifPresent(p -> {
                    String label = catalog.profile(p.profile()).map(Profile::acronym).orElse(p.profile()) + " "
                            + p.actor();
                    Button claim = new Button("Claim " + label, e -> fix(new ClaimsChanged(this,
                            statement.withClaim(p.profile(), p.actor(), List.of()).profiles())));
                    claim.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    item.add(claim);
                    fixes.add(claim);
                });
                if (!f.declaration().isEmpty()) {
                    String label = f.declaration().dicom().stream().map(d -> vocabulary.sopClass(d.sopClass())
                            .map(Vocabulary.SopClass::name).orElse(d.sopClass()) + " as " + d.rolesText())
                            .collect(java.util.stream.Collectors.joining(" and "));
                    Button declare = new Button("Declare " + label, e -> fix(new ConformanceChanged(this,
                            statement.conformance().with(f.declaration()))));
                    declare.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    item.add(declare);
                    fixes.add(declare);
                }
            }
            list.add(item);
        }
        add(list);
        if (editable && findings.stream().anyMatch(f -> f.proposal().isPresent())) {
            Button all = new Button("Claim every missing grouping", e -> fix(new ClaimsChanged(this,
                    products.withGroupings(statement).profiles())));
            all.setId("add-groupings");
            add(all);
        }
        if (refocus && !fixes.isEmpty()) {
            fixes.get(0).focus();
        } else if (refocus) {
            Focus.onText(heading); // what is left has no fix to offer
        }
    }

    /** Raises the change a fix makes; the findings shown next put focus on the next fix. */
    private void fix(ComponentEvent<?> change) {
        focusFixAfterShow = true;
        fireEvent(change);
    }
}
