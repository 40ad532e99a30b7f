package org.rspnavigator.webapp.widgets;

import java.util.List;
import java.util.Map;

import org.rspnavigator.model.StandardQuery;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Location;

/** A view's filter state lives in its URL, so that any view can be linked to and reloaded. */
public final class QueryUrl {

    private QueryUrl() {
    }

    /** The query in {@code location}; a bad value is explained to the person and the filter left out. */
    public static StandardQuery read(Location location) {
        Map<String, List<String>> parameters = location.getQueryParameters().getParameters();
        try {
            return StandardQuery.fromParameters(parameters);
        } catch (IllegalArgumentException e) {
            Notification n = Notification.show("The address has a filter that was left out: " + e.getMessage(), 8000,
                    Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_WARNING);
            return StandardQuery.ALL;
        }
    }

    /** Replaces the address with {@code path?query}, without reloading or adding a history entry. */
    public static void write(String path, StandardQuery query) {
        replace(href(path, query));
    }

    /** Replaces the address with {@code address} ({@code path?query}), without reloading or adding a history entry. */
    public static void replace(String address) {
        UI.getCurrent().getPage().getHistory().replaceState(null, address);
    }

    public static String href(String path, StandardQuery query) {
        String qs = query.toQueryString();
        return qs.isEmpty() ? path : path + "?" + qs;
    }
}
