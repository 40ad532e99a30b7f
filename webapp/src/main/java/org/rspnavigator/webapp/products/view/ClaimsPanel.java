package org.rspnavigator.webapp.products.view;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rspnavigator.procurement.statement.ActorClaim;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.ProfileClaim;
import org.rspnavigator.documents.statement.StatementCsv;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.webapp.widgets.Tables;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The profile actors a statement claims, with their options; for its vendor, each to edit or
 * remove, one to add, and all to replace from a CSV file. Changes raise {@link ClaimsChanged}.
 * Every change shows the claims anew, so the button that was used is gone: focus moves to the
 * claim just edited, or to "Claim a profile actor" after a claim is added or removed, rather than
 * falling back to the top of the page.
 */
public final class ClaimsPanel extends Div {

    private static final long serialVersionUID = 1L;

    /** The key of {@link #focusTargets} for "Claim a profile actor". */
    private static final String ADD = "";

    private final Catalog catalog;
    /** The Edit button of each claim on screen by "profile/actor", and the add button by {@link #ADD}. */
    private final Map<String, Button> focusTargets = new HashMap<>();
    /** What gets focus once the claims are shown again, or null to leave focus where it is. */
    private String focusAfterShow;

    public ClaimsPanel(Catalog catalog) {
        this.catalog = catalog;
        setId("claims-panel");
    }

    /** Shows the claims of {@code statement}, to change if {@code editable}. */
    public void show(IntegrationStatement statement, boolean editable) {
        removeAll();
        focusTargets.clear();
        if (statement.profiles().isEmpty()) {
            add(new Paragraph("No profile claimed yet."));
        } else {
            add(table(statement, editable));
        }
        if (editable) {
            Button addOne = new Button("Claim a profile actor", VaadinIcon.PLUS.create(),
                    e -> new ClaimDialog(catalog, null, null, claimed(statement, ADD)).open());
            addOne.setId("add-claim");
            focusTargets.put(ADD, addOne);
            Upload rows = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
                try {
                    List<ProfileClaim> read = StatementCsv.read(new String(bytes, StandardCharsets.UTF_8), catalog);
                    fireEvent(new ClaimsChanged(this, read));
                    fireEvent(new StatusChanged(this, "Read " + read.stream().mapToInt(p -> p.actors().size()).sum()
                            + " claimed actors from " + metadata.fileName() + ". Save to keep them."));
                } catch (IllegalArgumentException ex) {
                    fireEvent(new StatusChanged(this, "The rows were not read, and the claims are unchanged. "
                            + ex.getMessage()));
                }
            }));
            rows.setId("import-rows");
            rows.setAcceptedFileTypes("text/csv", ".csv");
            rows.setMaxFileSize(1024 * 1024);
            rows.setMaxFiles(1);
            rows.setUploadButton(new Button("Replace the rows from a CSV file…"));
            rows.addFileRejectedListener(e -> fireEvent(new StatusChanged(this, "Refused: " + e.getErrorMessage())));
            Div actions = new Div(addOne, rows);
            actions.addClassName("rsp-actions");
            add(actions);
        }
        Button target = focusAfterShow == null ? null : focusTargets.get(focusAfterShow);
        focusAfterShow = null;
        if (target != null) {
            target.focus();
        }
    }

    private NativeTable table(IntegrationStatement statement, boolean editable) {
        NativeTable table = Tables.table("claims", "Profiles, actors and options implemented",
                editable ? List.of("Profile", "Actor", "Options", "Change") : List.of("Profile", "Actor", "Options"));
        NativeTableBody body = Tables.body(table);
        for (ProfileClaim pc : statement.profiles()) {
            String profileTitle = catalog.profile(pc.profile()).map(Profile::title).orElse(pc.profile());
            for (ActorClaim ac : pc.actors()) {
                NativeTableRow row = new NativeTableRow(Tables.rowHeader(new Span(profileTitle)),
                        new NativeTableCell(ac.actor()),
                        new NativeTableCell(ac.options().isEmpty() ? "None" : String.join("; ", ac.options())));
                row.getElement().setAttribute("data-claim", pc.profile() + "/" + ac.actor());
                if (editable) {
                    String key = pc.profile() + "/" + ac.actor();
                    Button edit = new Button("Edit",
                            e -> new ClaimDialog(catalog, pc.profile(), ac, claimed(statement, key)).open());
                    focusTargets.put(key, edit);
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    edit.setAriaLabel("Edit " + pc.profile() + " " + ac.actor());
                    Button remove = new Button("Remove", e -> {
                        focusAfterShow = ADD;
                        fireEvent(new ClaimsChanged(this, statement.without(pc.profile(), ac.actor()).profiles()));
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR,
                            ButtonVariant.LUMO_SMALL);
                    remove.setAriaLabel("Remove " + pc.profile() + " " + ac.actor());
                    row.add(new NativeTableCell(edit, remove));
                }
                body.add(row);
            }
        }
        return table;
    }

    /** Takes a claim from the dialog, then focuses {@code focusKey}'s button once the claims are shown again. */
    private ClaimDialog.Claimed claimed(IntegrationStatement statement, String focusKey) {
        return (profile, actor, options) -> {
            focusAfterShow = focusKey;
            fireEvent(new ClaimsChanged(this, statement.withClaim(profile, actor, options).profiles()));
        };
    }
}
