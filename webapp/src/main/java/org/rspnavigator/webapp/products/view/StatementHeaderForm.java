package org.rspnavigator.webapp.products.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.ProfileClaim;
import org.rspnavigator.procurement.statement.StatementLinks;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.SystemType;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * The header of an IHE Integration Statement: who makes the product, its name and version, the
 * statement's date and revision, the kinds of system the product is, and the links to the vendor's
 * IHE information and conformance statements.
 */
public final class StatementHeaderForm extends Div {

    private static final long serialVersionUID = 1L;

    /** What the binder carries: the statement's fields but its claims. */
    public record Header(String vendor, String productName, String version, LocalDate date, String revision,
            String iheLink, String dicomLink, String hl7Link) {
    }

    private final TextField vendor = new TextField("Vendor");
    private final TextField productName = new TextField("Product name");
    private final TextField productVersion = new TextField("Version");
    private final DatePicker date = new DatePicker("Date");
    private final TextField revision = new TextField("Statement revision (optional)");
    private final TextField iheLink = new TextField("Internet address for the vendor's IHE information");
    private final TextField dicomLink = new TextField("DICOM conformance statement (link)");
    private final TextField hl7Link = new TextField("HL7 conformance statement (link)");
    private final MultiSelectComboBox<SystemType> kinds = new MultiSelectComboBox<>("Kinds of system the product is");
    private final Binder<Header> binder = new Binder<>(Header.class);
    private final Catalog catalog;

    public StatementHeaderForm(Catalog catalog) {
        this.catalog = catalog;
        kinds.setItems(catalog.systemTypes());
        kinds.setItemLabelGenerator(SystemType::name);
        kinds.setId("product-kinds");
        kinds.setWidth("32rem");
        kinds.setHelperText("A buyer's requirements on other kinds of system are then not applicable to this product.");
        vendor.setId("product-vendor");
        productName.setId("product-name");
        productVersion.setId("product-version");
        date.setId("product-date");
        revision.setId("product-revision");
        iheLink.setId("product-ihe-link");
        dicomLink.setId("product-dicom-link");
        hl7Link.setId("product-hl7-link");
        for (TextField f : List.of(vendor, productName, iheLink, dicomLink, hl7Link)) {
            f.setWidth("32rem");
        }
        vendor.setMaxLength(FieldLimits.NAME);
        productName.setMaxLength(FieldLimits.NAME);
        productVersion.setMaxLength(FieldLimits.VERSION);
        revision.setMaxLength(FieldLimits.VERSION);
        for (TextField f : List.of(iheLink, dicomLink, hl7Link)) {
            f.setMaxLength(FieldLimits.LINK);
        }
        // The service checks the statement and words its problems; the binder only carries the values.
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(vendor).bind("vendor");
        binder.forField(productName).bind("productName");
        binder.forField(productVersion).bind("version");
        binder.forField(date).bind("date");
        binder.forField(revision).bind("revision");
        binder.forField(iheLink).bind("iheLink");
        binder.forField(dicomLink).bind("dicomLink");
        binder.forField(hl7Link).bind("hl7Link");

        Div header = new Div(vendor, productName, productVersion, date, revision);
        header.addClassName("rsp-form-row");
        Div links = new Div(kinds, iheLink, dicomLink, hl7Link);
        links.addClassName("rsp-form-column");
        add(new H2("Statement header"), header, links);
    }

    /** Shows the header of {@code statement}. */
    public void fill(IntegrationStatement s) {
        kinds.setValue(s.systemTypes().stream().flatMap(id -> catalog.systemType(id).stream())
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        binder.readBean(new Header(s.vendor(), s.productName(), s.version(), s.date(), s.revision(),
                s.links().vendorIheInformation(), s.links().dicomConformance(), s.links().hl7Conformance()));
    }

    /** Read only for those who may not change the product. */
    public void setEditable(boolean editable) {
        binder.getFields().forEach(f -> ((HasValue<?, ?>) f).setReadOnly(!editable));
        kinds.setReadOnly(!editable);
    }

    /** "Image Archive 7.2": the product and version as typed. */
    public String product() {
        return productName.getValue() + " " + productVersion.getValue();
    }

    /** The statement on screen: this header with {@code claims}; today when no date is given. */
    public IntegrationStatement statement(List<ProfileClaim> claims) {
        Header h;
        try {
            h = binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("The header form has no validators to fail", e);
        }
        return new IntegrationStatement(h.vendor().strip(), h.productName().strip(), h.version().strip(),
                Optional.ofNullable(h.date()).orElse(LocalDate.now()), h.revision().strip(),
                new StatementLinks(h.iheLink().strip(), h.dicomLink().strip(), h.hl7Link().strip()), List.copyOf(claims))
                .withSystemTypes(catalog.systemTypes().stream().filter(kinds.getValue()::contains).map(SystemType::id)
                        .toList());
    }
}
