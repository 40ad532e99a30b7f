package org.rspnavigator.webapp.rfp.view;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.procurement.rfp.RfpSpec;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.ClinicalService;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.webapp.widgets.Focus;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * What is being procured: the project, the buying organization, its region and the clinical
 * services in scope, the use cases in scope, and the systems bought with their quantities. Raises
 * {@link DraftChanged} when the planner changes any of it; {@link #spec} reads it back.
 */
public final class ScopeForm extends Div {

    private static final long serialVersionUID = 1L;

    /** The fields of the spec the binder carries; the systems are rows of their own. */
    public record Scope(String projectName, String organization, Region region, Set<ClinicalService> clinicalServices,
            Set<UseCase> useCases) {
    }

    private final Catalog catalog;
    private final TextField projectName = new TextField("Project name");
    private final TextField organization = new TextField("Buying organization");
    private final ComboBox<Region> region = new ComboBox<>("Region");
    private final MultiSelectComboBox<ClinicalService> clinicalServices = new MultiSelectComboBox<>(
            "Clinical services in scope");
    private final CheckboxGroup<UseCase> useCases = new CheckboxGroup<>("Use cases in scope");
    private final Binder<Scope> binder = new Binder<>(Scope.class);
    private final List<SystemRow> systems = new ArrayList<>();
    private final Div systemRows = new Div();
    private final ComboBox<SystemType> addSystem = new ComboBox<>("Add a system being procured");
    /** The remove button of each system row on screen, in order. */
    private final List<Button> removeButtons = new ArrayList<>();

    public ScopeForm(Catalog catalog) {
        this.catalog = catalog;
        addClassName("rsp-form");
        projectName.setRequired(true);
        projectName.setMaxLength(FieldLimits.NAME);
        projectName.setWidth("32rem");
        projectName.setMaxWidth("100%");
        projectName.setId("project-name");
        organization.setMaxLength(FieldLimits.NAME);
        organization.setWidth("32rem");
        organization.setMaxWidth("100%");
        organization.setId("project-organization");
        region.setItems(Region.values());
        region.setItemLabelGenerator(Region::label);
        region.setClearButtonVisible(true);
        region.setPlaceholder("Any region");
        region.setHelperText("Where ISO 21860 footnotes give a regional level, the proposal follows it (in the US, IHE "
                + "SWF.b with an accepted transition from SWF and PIR) and the documents quote that level.");
        region.setWidth("32rem");
        region.setMaxWidth("100%");
        region.setId("project-region");
        clinicalServices.setItems(catalog.clinicalServices());
        clinicalServices.setItemLabelGenerator(ClinicalService::name);
        clinicalServices.setPlaceholder("Not given: every service");
        clinicalServices.setHelperText("Standards, IHE profiles and options that belong only to services not chosen "
                + "(IHE MAMMO to breast imaging, IHE CATH to cardiology, ...) are left out, and listed with the "
                + "requirements so that you can add any back. Leave empty to have everything the portfolio rates "
                + "proposed. AI-assisted reading is an opt-in: choose it to be asked for AIR and AIW-I, which "
                + "ISO 21860 does not rate.");
        clinicalServices.setWidth("32rem");
        clinicalServices.setMaxWidth("100%");
        clinicalServices.setId("project-services");
        useCases.setItems(catalog.useCases());
        useCases.setItemLabelGenerator(u -> u.name() + " — " + u.provenance());
        useCases.setId("project-use-cases");
        useCases.addClassName("rsp-vertical");
        addSystem.setItems(catalog.systemTypes());
        addSystem.setItemLabelGenerator(SystemType::name);
        addSystem.setWidth("28rem");
        addSystem.setMaxWidth("100%");
        addSystem.setId("add-system");
        addSystem.addValueChangeListener(e -> {
            if (e.getValue() != null && systems.stream().noneMatch(r -> r.type.equals(e.getValue()))) {
                systems.add(new SystemRow(e.getValue(), 1, ""));
                showSystems();
                changed();
            }
            addSystem.clear();
        });
        systemRows.setId("project-systems");
        projectName.setValueChangeMode(ValueChangeMode.LAZY);
        organization.setValueChangeMode(ValueChangeMode.LAZY);

        // The service checks the spec and words its problems; the binder only carries the values.
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(projectName).bind("projectName");
        binder.forField(organization).bind("organization");
        binder.forField(region).bind("region");
        binder.forField(clinicalServices).bind("clinicalServices");
        binder.forField(useCases).bind("useCases");
        binder.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });

        add(new H2("1. The project"), projectName, organization, region, clinicalServices);
        add(new H2("2. Use cases"), useCases);
        add(new H2("3. Systems being procured"), new Paragraph("The system types of the catalog, each with the "
                + "actors it usually plays in the IHE profiles. Requirements are proposed per system type."),
                systemRows, addSystem);
        showSystems();
    }

    /** An empty scope for a new project of {@code buyer}. */
    public void fillNew(String buyer) {
        organization.setValue(buyer);
    }

    /** Shows the scope of {@code spec}. */
    public void fill(RfpSpec spec) {
        binder.readBean(new Scope(spec.projectName(), spec.organization(), spec.region().orElse(null),
                new LinkedHashSet<>(spec.clinicalServices().stream().flatMap(c -> catalog.clinicalService(c).stream())
                        .toList()),
                new LinkedHashSet<>(spec.useCases().stream().flatMap(u -> catalog.useCase(u).stream()).toList())));
        systems.clear();
        for (ProcuredSystem s : spec.systems()) {
            catalog.systemType(s.systemType()).ifPresent(t -> systems.add(new SystemRow(t, s.quantity(), s.notes())));
        }
        showSystems();
    }

    /**
     * The scope on screen.
     *
     * @throws IllegalArgumentException if a system has no quantity of at least 1
     */
    public RfpSpec spec() {
        Scope scope;
        try {
            scope = binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("The scope form has no validators to fail", e);
        }
        List<String> chosen = catalog.useCases().stream().filter(scope.useCases()::contains).map(UseCase::id).toList();
        List<String> services = catalog.clinicalServices().stream().filter(scope.clinicalServices()::contains)
                .map(ClinicalService::id).toList();
        List<ProcuredSystem> bought = new ArrayList<>();
        for (SystemRow row : systems) {
            bought.add(row.procured());
        }
        return new RfpSpec(scope.projectName().strip(), scope.organization().strip(),
                Optional.ofNullable(scope.region()), chosen, bought, services);
    }

    private void showSystems() {
        systemRows.removeAll();
        removeButtons.clear();
        if (systems.isEmpty()) {
            systemRows.add(new Paragraph("No system yet: add the kinds of system you are buying below."));
        }
        for (SystemRow row : List.copyOf(systems)) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                int at = systems.indexOf(row);
                systems.remove(row);
                showSystems();
                changed();
                Focus.afterRemoval(removeButtons, at, addSystem);
            });
            removeButtons.add(remove);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel("Remove " + row.type.name());
            Span name = new Span(row.type.name());
            name.addClassName("rsp-system-name");
            Div line = new Div(name, row.quantity, row.notes, remove);
            line.addClassName("rsp-system-row");
            line.getElement().setAttribute("data-system", row.type.id());
            systemRows.add(line);
        }
    }

    private void changed() {
        fireEvent(new DraftChanged(this));
    }

    /** A system being bought, as edited on screen. */
    private final class SystemRow {
        final SystemType type;
        final IntegerField quantity = new IntegerField("Quantity");
        final TextField notes = new TextField("Notes");

        SystemRow(SystemType type, int count, String text) {
            this.type = type;
            quantity.setMin(1);
            quantity.setMax(RfpDraft.MAX_QUANTITY);
            quantity.setStepButtonsVisible(true);
            quantity.setValue(count);
            quantity.setWidth("9rem");
            quantity.setAriaLabel("Quantity of " + type.name());
            notes.setValue(text);
            notes.setMaxLength(FieldLimits.TEXT);
            notes.setWidth("24rem");
            notes.setAriaLabel("Notes on " + type.name());
            notes.setPlaceholder("e.g. reading rooms, 2 sites");
            quantity.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    changed();
                }
            });
            notes.setValueChangeMode(ValueChangeMode.LAZY);
            notes.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    changed();
                }
            });
        }

        ProcuredSystem procured() {
            Integer q = quantity.getValue();
            if (q == null || q < 1) {
                throw new IllegalArgumentException("Give a quantity of at least 1 for " + type.name() + ".");
            }
            return new ProcuredSystem(type.id(), q, notes.getValue());
        }
    }
}
