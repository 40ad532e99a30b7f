package org.rspnavigator.webapp.products.view;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rspnavigator.documents.statement.ConformanceCsv;
import org.rspnavigator.documents.statement.StatementFormatException;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Standard;
import org.rspnavigator.procurement.conformance.CodeSystemClaim;
import org.rspnavigator.procurement.conformance.ConformanceClaims;
import org.rspnavigator.procurement.conformance.DicomClaim;
import org.rspnavigator.procurement.conformance.DicomWebClaim;
import org.rspnavigator.procurement.conformance.DicomWebRole;
import org.rspnavigator.procurement.conformance.Hl7Claim;
import org.rspnavigator.procurement.conformance.Vocabulary;
import org.rspnavigator.webapp.widgets.Tables;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The DICOM, DICOMweb, HL7 v2 and terminology parts beside the IHE claims, each as a table; for the
 * vendor, a SOP class to declare from the catalog's vocabulary, any row to remove, and all of them to
 * replace from a CSV file or by pasting rows (ConformanceCsv's format, as a spreadsheet copies them). Changes raise
 * {@link ConformanceChanged}; pasted rows with problems change nothing and name each bad line.
 */
public final class ConformancePanel extends Div {

    private static final long serialVersionUID = 1L;

    private static final String HEADER = "part,item,roles,version,transferSyntaxes";

    private final Vocabulary vocabulary;
    private final Catalog catalog;
    /**
     * Whether "Declare a SOP class" gets focus when the parts are shown again: after a row is
     * declared or removed, the button that was used is gone with the old table.
     */
    private boolean focusDeclareAfterShow;

    public ConformancePanel(Vocabulary vocabulary, Catalog catalog) {
        this.vocabulary = vocabulary;
        this.catalog = catalog;
        setId("conformance-panel");
    }

    /** Shows {@code c}, to change if {@code editable}. */
    public void show(ConformanceClaims c, boolean editable) {
        removeAll();
        if (c.isEmpty()) {
            add(new Paragraph("Nothing declared yet: requirements on DICOM, HL7 and terminology standards are then "
                    + "not assessed in a gap analysis."));
        }
        if (!c.dicom().isEmpty()) {
            add(new H3("DICOM SOP classes"), table("conformance-dicom", "DICOM SOP classes and roles",
                    List.of("SOP class", "UID", "Roles", "Transfer syntaxes"), c.dicom(), d -> List.of(
                            vocabulary.sopClass(d.sopClass()).map(Vocabulary.SopClass::name).orElse("Not in the catalog"),
                            d.sopClass(), d.rolesText(), d.transferSyntaxes().isEmpty() ? "Not listed"
                                    : d.transferSyntaxes().stream().map(t -> vocabulary.transferSyntax(t).orElse(t))
                                            .collect(Collectors.joining("; "))),
                    d -> without(c, d), editable, d -> vocabulary.sopClass(d.sopClass())
                            .map(Vocabulary.SopClass::name).orElse(d.sopClass())));
        }
        if (!c.dicomweb().isEmpty()) {
            add(new H3("DICOMweb services"), table("conformance-dicomweb", "DICOMweb services and roles",
                    List.of("Service", "Roles"), c.dicomweb(), d -> List.of(d.service(), d.roles().stream()
                            .map(DicomWebRole::label).collect(Collectors.joining(" and "))),
                    d -> without(c, d), editable, DicomWebClaim::service));
        }
        if (!c.hl7().isEmpty()) {
            add(new H3("HL7 v2 messages"), table("conformance-hl7", "HL7 v2 messages", List.of("Message", "Event",
                    "Direction", "Version"), c.hl7(), h -> List.of(h.message(), vocabulary.message(h.message())
                            .map(Vocabulary.Message::name).orElse("Not in the catalog"), h.direction().label(),
                            h.version()), h -> without(c, h), editable, Hl7Claim::message));
        }
        if (!c.terminology().isEmpty()) {
            add(new H3("Code systems"), table("conformance-terminology", "Code systems used", List.of("Code system",
                    "Release"), c.terminology(), t -> List.of(catalog.standard(t.codeSystem()).map(Standard::briefName)
                            .orElse(t.codeSystem()), t.version().isBlank() ? "Not stated" : t.version()),
                    t -> without(c, t), editable, CodeSystemClaim::codeSystem));
        }
        if (editable) {
            Button declare = new Button("Declare a SOP class", VaadinIcon.PLUS.create(), e -> new SopClassDialog(
                    vocabulary, row -> {
                        focusDeclareAfterShow = true;
                        fireEvent(new ConformanceChanged(this, c.with(new ConformanceClaims(List.of(row), List.of(),
                                List.of(), List.of()))));
                    }).open());
            declare.setId("declare-sop-class");
            Upload file = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
                try {
                    ConformanceClaims read = ConformanceCsv.read(new String(bytes, StandardCharsets.UTF_8));
                    fireEvent(new ConformanceChanged(this, read));
                    fireEvent(new StatusChanged(this, "Read " + rows(read) + " rows from " + metadata.fileName()
                            + ". Save to keep them."));
                } catch (IllegalArgumentException ex) {
                    fireEvent(new StatusChanged(this, "The rows were not read, and nothing changed. " + ex.getMessage()));
                }
            }));
            file.setId("import-conformance");
            file.setAcceptedFileTypes("text/csv", ".csv");
            file.setMaxFileSize(1024 * 1024);
            file.setMaxFiles(1);
            file.setUploadButton(new Button("Replace every part from a CSV file…"));
            file.addFileRejectedListener(e -> fireEvent(new StatusChanged(this, "Refused: " + e.getErrorMessage())));
            Div actions = new Div(declare, file);
            actions.addClassName("rsp-actions");
            add(actions, paste(c));
            if (focusDeclareAfterShow) {
                declare.focus();
            }
        }
        focusDeclareAfterShow = false;
    }

    /** "Paste rows": replaces every part with the rows pasted, or says what is wrong with them. */
    private Details paste(ConformanceClaims c) {
        TextArea rows = new TextArea("Rows: " + HEADER);
        rows.setId("conformance-rows");
        rows.setWidthFull();
        rows.setMaxLength(200_000);
        rows.setValue(c.isEmpty() ? "" : ConformanceCsv.write(c).replace("\uFEFF", "").replace("\r\n", "\n"));
        rows.setHelperText("One row per SOP class (dicom), DICOMweb service (dicomweb), HL7 message (hl7) or code system "
                + "(terminology), as a spreadsheet copies them; several roles separated by ';'. For example: "
                + "dicom,1.2.840.10008.5.1.4.1.1.88.67,SCU,, — hl7,ORU^R01,send,2.5.1, — terminology,loinc,,2.78,");
        Paragraph problems = new Paragraph();
        problems.setId("conformance-problems");
        problems.addClassName("rsp-error");
        Button replace = new Button("Replace every part with these rows", e -> {
            String text = rows.getValue().replace("\uFEFF", "");
            // Rows pasted without the header line are read as if it were there; lines are numbered as pasted.
            boolean header = text.strip().toLowerCase(java.util.Locale.ROOT).startsWith("part,");
            try {
                ConformanceClaims read = text.isBlank() ? ConformanceClaims.NONE
                        : ConformanceCsv.read(header ? text : HEADER + "\n" + text);
                fireEvent(new ConformanceChanged(this, read));
                fireEvent(new StatusChanged(this, "Read " + rows(read) + " rows. Save to keep them."));
            } catch (StatementFormatException ex) {
                problems.setText("The rows were not read, and nothing changed. " + ex.problems().stream()
                        .map(p -> "Line " + (header ? p.line() : Math.max(1, p.line() - 1)) + ": " + p.message())
                        .collect(Collectors.joining(" ")));
            }
        });
        replace.setId("replace-conformance");
        Details details = new Details("Paste rows from a spreadsheet or a DICOM Conformance Statement",
                new Div(rows, problems, replace));
        details.setId("paste-conformance");
        return details;
    }

    private static int rows(ConformanceClaims c) {
        return c.dicom().size() + c.dicomweb().size() + c.hl7().size() + c.terminology().size();
    }

    private <T> NativeTable table(String id, String caption, List<String> headings, List<T> rows,
            Function<T, List<String>> cells, Function<T, ConformanceClaims> removed, boolean editable,
            Function<T, String> name) {
        List<String> all = new ArrayList<>(headings);
        if (editable) {
            all.add("Change");
        }
        NativeTable table = Tables.table(id, caption, all);
        NativeTableBody body = Tables.body(table);
        for (T row : rows) {
            List<String> values = cells.apply(row);
            List<Component> tds = new ArrayList<>();
            tds.add(Tables.rowHeader(values.get(0)));
            values.subList(1, values.size()).forEach(v -> tds.add(new NativeTableCell(v)));
            if (editable) {
                Button remove = new Button("Remove", e -> {
                    focusDeclareAfterShow = true;
                    fireEvent(new ConformanceChanged(this, removed.apply(row)));
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel("Remove " + name.apply(row));
                tds.add(new NativeTableCell(remove));
            }
            body.add(new NativeTableRow(tds.toArray(Component[]::new)));
        }
        return table;
    }

    private static ConformanceClaims without(ConformanceClaims c, Object row) {
        return new ConformanceClaims(c.dicom().stream().filter(d -> d != row).toList(),
                c.dicomweb().stream().filter(d -> d != row).toList(), c.hl7().stream().filter(h -> h != row).toList(),
                c.terminology().stream().filter(t -> t != row).toList());
    }
}
