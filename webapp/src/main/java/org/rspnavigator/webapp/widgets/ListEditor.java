package org.rspnavigator.webapp.widgets;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.shared.Registration;

/**
 * A list of items edited in place: each item in a card of its own, numbered, with its fields and a
 * button that removes it, and a button under the cards that adds a blank item. What the fields of
 * a card are is the caller's ({@link Form}); the editor raises a {@link ChangeEvent} with the whole
 * list whenever an item is added, removed or edited.
 *
 * @param <T> an item, an immutable value
 */
public final class ListEditor<T> extends Div {

    private static final long serialVersionUID = 1L;

    /** The fields of one item's card. */
    @FunctionalInterface
    public interface Form<T> extends Serializable {
        /**
         * @param index  the item's place in the list, from 0, for the fields' ids
         * @param edited to call with the item as the fields now say it, whenever one changes
         */
        List<Component> fields(int index, T item, SerializableConsumer<T> edited);
    }

    /** The list changed: an item was added, removed or edited. */
    public static final class ChangeEvent<T> extends ComponentEvent<ListEditor<T>> {

        private static final long serialVersionUID = 1L;

        private final List<T> items;

        ChangeEvent(ListEditor<T> source, List<T> items) {
            super(source, false);
            this.items = List.copyOf(items);
        }

        /** The whole list as it is now. */
        public List<T> items() {
            return items;
        }
    }

    private final String itemTitle;
    private final String removeText;
    private final Form<T> form;
    private final Div cards = new Div();
    private final List<T> items = new ArrayList<>();
    private final Button add;
    /** The first field of the last card on screen, where focus goes when a card is added. */
    private Component lastCardField;

    /**
     * @param itemTitle  heads each card, followed by its number: "Local mandate" → "Local mandate 2"
     * @param addText    the add button's text
     * @param addId      the add button's id
     * @param removeText each card's remove button's text
     * @param blank      the item a click on the add button adds
     */
    public ListEditor(String itemTitle, String addText, String addId, String removeText, SerializableSupplier<T> blank,
            Form<T> form) {
        this.itemTitle = itemTitle;
        this.removeText = removeText;
        this.form = form;
        // The cards are drawn anew on every addition and removal: focus goes to the new card's first
        // field, or after a removal to this button, rather than to the top of the page.
        add = new Button(addText, VaadinIcon.PLUS.create(), e -> {
            items.add(blank.get());
            changed(true);
            if (lastCardField instanceof Focusable<?> field) {
                field.focus();
            }
        });
        add.setId(addId);
        add(cards, add);
    }

    /** Shows {@code list}, without raising a change. */
    public void setItems(List<T> list) {
        items.clear();
        items.addAll(list);
        render();
    }

    public List<T> getItems() {
        return List.copyOf(items);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addChangeListener(ComponentEventListener<ChangeEvent<T>> listener) {
        return addListener(ChangeEvent.class, (ComponentEventListener) listener);
    }

    private void render() {
        cards.removeAll();
        lastCardField = null;
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            Div card = new Div(new H3(itemTitle + " " + (index + 1)));
            List<Component> fields = form.fields(index, items.get(index), edited -> {
                items.set(index, edited);
                changed(false);
            });
            fields.forEach(card::add);
            lastCardField = fields.isEmpty() ? null : fields.get(0);
            Button remove = new Button(removeText, VaadinIcon.TRASH.create(), e -> {
                items.remove(index);
                changed(true);
                add.focus();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            card.add(remove);
            card.addClassName("rsp-card");
            cards.add(card);
        }
    }

    private void changed(boolean renumbered) {
        if (renumbered) {
            render();
        }
        fireEvent(new ChangeEvent<>(this, items));
    }
}
