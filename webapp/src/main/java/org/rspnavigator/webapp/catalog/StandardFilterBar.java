package org.rspnavigator.webapp.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.rspnavigator.model.AdoptionLevel;
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Maturity;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Sdo;
import org.rspnavigator.model.StandardQuery;
import org.rspnavigator.model.Term;
import org.rspnavigator.model.ToolingLevel;

import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The filters of the catalog and the portfolio views, kept in a {@link StandardQuery}. Values set
 * from the URL ({@link #setQuery}) do not fire; only changes made in the fields do, so views can
 * write the URL back without loops. Query parts the bar has no field for (exact adoption levels from the charts) are kept
 * until "Clear filters".
 */
class StandardFilterBar extends Div {

    private static final long serialVersionUID = 1L;

    private final TextField text = new TextField("Name or acronym");
    private final MultiSelectComboBox<Category> categories = new MultiSelectComboBox<>("Category");
    private final CheckboxGroup<AssessmentGroup> groups = new CheckboxGroup<>("Assessment group");
    private final MultiSelectComboBox<Maturity> maturities = new MultiSelectComboBox<>("Maturity");
    private final ComboBox<AdoptionLevel> adoption = new ComboBox<>("Product adoption at least");
    private final ComboBox<AdoptionLevel> deployment = new ComboBox<>("Site deployment at least");
    private final ComboBox<ToolingLevel> tooling = new ComboBox<>("Tooling at least");
    private final MultiSelectComboBox<Sdo> sdos = new MultiSelectComboBox<>("SDO");
    private final ComboBox<Region> region = new ComboBox<>("Levels for region");
    private final Checkbox noLevel = new Checkbox("Keep standards with no level for this region");
    private final Details moreFilters = new Details();
    private final List<Consumer<StandardQuery>> listeners = new ArrayList<>();

    private StandardQuery query = StandardQuery.ALL;
    private boolean settingValues;

    StandardFilterBar() {
        addClassName("rsp-filters");
        text.setPlaceholder("e.g. XDS-I, worklist");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(200);

        configure(categories, Category.values());
        groups.setItems(AssessmentGroup.values());
        groups.setItemLabelGenerator(AssessmentGroup::label);
        configure(maturities, Maturity.values());
        configure(sdos, Sdo.values());
        sdos.setItemLabelGenerator(Sdo::fullName);
        configure(adoption, AdoptionLevel.values());
        configure(deployment, AdoptionLevel.values());
        configure(tooling, ToolingLevel.values());
        configure(region, Region.values());
        region.setHelperText("Uses footnote levels where a region differs");
        noLevel.setId("no-level-filter");
        noLevel.setHelperText("Otherwise level filters leave them out, and say which");

        Button clear = new Button("Clear filters", VaadinIcon.CLOSE_SMALL.create(), e -> {
            setQuery(StandardQuery.ALL);
            fire();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        FormLayout main = form(text, categories, groups, maturities);
        FormLayout more = form(adoption, deployment, tooling, sdos, region, noLevel);
        moreFilters.setSummaryText("Ratings, SDO and region");
        moreFilters.add(more);
        moreFilters.addClassName("rsp-more-filters");
        add(main, moreFilters, clear);

        List<HasValue<? extends ComponentValueChangeEvent<?, ?>, ?>> fields = List.of(text, categories, groups,
                maturities, adoption, deployment, tooling, sdos, region, noLevel);
        fields.forEach(f -> f.addValueChangeListener(e -> {
            if (!settingValues) {
                query = fromFields();
                fire();
            }
        }));
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("56em", 4), new FormLayout.ResponsiveStep("70em", 5));
        return form;
    }

    private static <T extends Term> void configure(ComboBox<T> box, T[] values) {
        box.setItems(values);
        box.setItemLabelGenerator(Term::label);
        box.setClearButtonVisible(true);
    }

    private static <T extends Term> void configure(MultiSelectComboBox<T> box, T[] values) {
        box.setItems(values);
        box.setItemLabelGenerator(Term::label);
        box.setClearButtonVisible(true);
    }

    void addQueryChangeListener(Consumer<StandardQuery> listener) {
        listeners.add(listener);
    }

    StandardQuery getQuery() {
        return query;
    }

    /** Shows {@code newQuery} in the fields without telling the listeners. */
    void setQuery(StandardQuery newQuery) {
        query = newQuery;
        settingValues = true;
        try {
            text.setValue(newQuery.text());
            categories.setValue(newQuery.categories());
            groups.setValue(newQuery.groups());
            maturities.setValue(newQuery.maturities());
            adoption.setValue(newQuery.minProductAdoption().orElse(null));
            deployment.setValue(newQuery.minSiteDeployment().orElse(null));
            tooling.setValue(newQuery.minTooling().orElse(null));
            sdos.setValue(newQuery.sdos());
            region.setValue(newQuery.region().orElse(null));
            noLevel.setValue(newQuery.noLevel() == StandardQuery.NoLevel.INCLUDE);
            if (newQuery.minProductAdoption().isPresent() || newQuery.minSiteDeployment().isPresent()
                    || newQuery.minTooling().isPresent() || !newQuery.sdos().isEmpty() || newQuery.region().isPresent()) {
                moreFilters.setOpened(true);
            }
        } finally {
            settingValues = false;
        }
    }

    private StandardQuery fromFields() {
        return query.withText(text.getValue()).withCategories(categories.getValue()).withGroups(groups.getValue())
                .withMaturities(maturities.getValue()).withMinProductAdoption(adoption.getValue())
                .withMinSiteDeployment(deployment.getValue()).withMinTooling(tooling.getValue())
                .withSdos(sdos.getValue()).withRegion(region.getValue())
                .withNoLevel(noLevel.getValue() ? StandardQuery.NoLevel.INCLUDE : StandardQuery.NoLevel.EXCLUDE);
    }

    private void fire() {
        listeners.forEach(l -> l.accept(query));
    }

    /** The region chosen, if any, for views that show regional levels. */
    Optional<Region> region() {
        return query.region();
    }
}
