package org.rspnavigator.webapp.shortlists;

import org.rspnavigator.webapp.widgets.Focus;
import org.rspnavigator.webapp.widgets.Formats;
import org.rspnavigator.webapp.catalog.CatalogView;
import org.rspnavigator.webapp.catalog.StandardView;
import org.rspnavigator.webapp.widgets.Badges;
import org.rspnavigator.webapp.widgets.MarkdownRenderer;
import org.rspnavigator.webapp.widgets.StaleEditDialog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Standard;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.platform.StaleEditException;
import org.rspnavigator.webapp.platform.WorkNotFoundException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * Editing one shortlist: its name, notes in Markdown with a preview, and its standards. A save
 * carries the version the user opened; if a colleague saved in between, the save is refused and
 * the user is offered to reload, with their own text kept on screen until they do.
 */
@Route("shortlists")
@PermitAll
public class ShortlistView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String NEW = "new";
    public static final String FILTER = "filter";

    private final ShortlistService shortlists;
    private final Catalog catalog;
    private final MarkdownRenderer markdown;
    private final TextField name = new TextField("Name");
    private final TextArea notes = new TextArea("Notes (Markdown)");
    private final Div preview = new Div();
    private final UnorderedList standardList = new UnorderedList();
    private final ComboBox<Standard> add = new ComboBox<>("Add a standard");
    /** The remove button of each standard listed, in order. */
    private final List<Button> removeButtons = new ArrayList<>();
    private final Paragraph status = new Paragraph();
    private final List<String> standardIds = new ArrayList<>();
    private Long id;
    private long version;
    private String filter = "";
    private String title = "Shortlist | RSP Navigator";

    public ShortlistView(ShortlistService shortlists, Catalog catalog, MarkdownRenderer markdown) {
        this.shortlists = shortlists;
        this.catalog = catalog;
        this.markdown = markdown;
        addClassNames("rsp-view", "rsp-shortlist");
        name.setMaxLength(ShortlistContent.MAX_NAME);
        name.setWidthFull();
        name.setRequired(true);
        notes.setMaxLength(ShortlistContent.MAX_DESCRIPTION);
        notes.setWidthFull();
        notes.setMinHeight("8rem");
        notes.setValueChangeMode(ValueChangeMode.LAZY);
        notes.addValueChangeListener(e -> showPreview());
        preview.addClassName("rsp-preview");
        preview.setId("notes-preview");
        add.setItems(catalog.standards());
        add.setItemLabelGenerator(s -> s.briefName() + " — " + s.formalName());
        add.setWidth("28rem");
        add.addValueChangeListener(e -> {
            if (e.getValue() != null && !standardIds.contains(e.getValue().id())) {
                standardIds.add(e.getValue().id());
                showStandards();
            }
            add.clear();
        });
        status.setId("shortlist-status");
        status.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        AccountPrincipal user = CurrentUser.require();
        if (NEW.equals(parameter)) {
            // From a catalog view: start with the standards it shows; otherwise start empty.
            filter = event.getLocation().getQueryParameters().getSingleParameter(FILTER).orElse("").strip();
            try {
                if (!filter.isEmpty()) {
                    standardIds.addAll(ShortlistContent.selectedBy(catalog, filter));
                }
            } catch (IllegalArgumentException e) {
                filter = "";
            }
            id = null;
            title = "New shortlist | RSP Navigator";
            layout(Optional.empty());
            return;
        }
        try {
            show(shortlists.get(user, Long.parseLong(parameter)));
        } catch (NumberFormatException | WorkNotFoundException e) {
            event.rerouteToError(NotFoundException.class, "Your organization has no shortlist " + parameter + ".");
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Shortlist s) {
        id = s.getId();
        version = s.getVersion();
        filter = s.getFilter();
        standardIds.clear();
        standardIds.addAll(s.getStandardIds());
        name.setValue(s.getName());
        notes.setValue(s.getDescription());
        title = s.getName() + " | RSP Navigator";
        layout(Optional.of(s));
    }

    private void layout(Optional<Shortlist> saved) {
        removeAll();
        RouterLink back = new RouterLink("← Shortlists", ShortlistsView.class);
        back.addClassName("rsp-back");
        add(back, new H1(saved.map(Shortlist::getName).orElse("New shortlist")));
        saved.ifPresent(s -> add(new Paragraph("Created by " + s.getCreatedBy() + " on "
                + Formats.WHEN.format(s.getCreatedAt()) + "; last changed by " + s.getUpdatedBy() + " on "
                + Formats.WHEN.format(s.getUpdatedAt()) + ".")));
        if (!filter.isEmpty()) {
            add(new Paragraph(new Span("Made from the catalog view "),
                    new com.vaadin.flow.component.html.Anchor(CatalogView.PATH + "?" + filter, "catalog?" + filter)));
        }
        Button save = new Button("Save", VaadinIcon.CHECK.create(), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-shortlist");
        Div actions = new Div(save);
        actions.addClassName("rsp-actions");
        if (saved.isPresent()) {
            Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(delete);
        }
        add(name, notes, new H2("Preview of the notes"), preview, new H2("Standards"), add, standardList, actions, status);
        showPreview();
        showStandards();
    }

    private void showPreview() {
        preview.removeAll();
        preview.add(notes.getValue().isBlank() ? new Paragraph("(no notes)") : markdown.render(notes.getValue()));
    }

    private void showStandards() {
        standardList.removeAll();
        removeButtons.clear();
        standardList.setId("shortlist-standards");
        if (standardIds.isEmpty()) {
            standardList.add(new ListItem("No standard yet: add some below the notes, or start from a catalog view."));
        }
        for (String sid : List.copyOf(standardIds)) {
            catalog.standard(sid).ifPresent(s -> {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    int at = removeButtons.indexOf(e.getSource());
                    standardIds.remove(sid);
                    showStandards();
                    Focus.afterRemoval(removeButtons, at, add);
                });
                removeButtons.add(remove);
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel("Remove " + s.briefName());
                standardList.add(new ListItem(new RouterLink(s.briefName(), StandardView.class, s.id()), new Span(" "),
                        Badges.group(s.group()), remove));
            });
        }
    }

    private void save() {
        AccountPrincipal user = CurrentUser.require();
        ShortlistContent content = new ShortlistContent(name.getValue(), notes.getValue(), filter, standardIds);
        try {
            Shortlist saved = id == null ? shortlists.create(user, content)
                    : shortlists.update(user, id, version, content);
            Notification n = Notification.show("Saved.", 3000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (id == null) {
                getUI().ifPresent(ui -> ui.navigate(ShortlistView.class, String.valueOf(saved.getId())));
            } else {
                show(saved);
            }
        } catch (StaleEditException e) {
            offerReload(e.getMessage());
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
    }

    /** A stale save: nothing is overwritten; the user's text stays on screen until they choose to reload. */
    private void offerReload(String message) {
        status.setText(message);
        new StaleEditDialog(message, () -> show(shortlists.get(CurrentUser.require(), id))).open();
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog("Delete this shortlist?", "“" + name.getValue() + "” will be deleted for "
                + "everyone in your organization.", "Delete", e -> {
                    try {
                        shortlists.delete(CurrentUser.require(), id, version);
                        getUI().ifPresent(ui -> ui.navigate(ShortlistsView.class));
                    } catch (StaleEditException ex) {
                        offerReload(ex.getMessage());
                    }
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
