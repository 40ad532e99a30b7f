package org.rspnavigator.webapp.testing;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.router.QueryParameters;

/**
 * The browser's address bar in browserless view tests: an address is opened as following a link
 * would, and what a view writes into it (history.replaceState, as {@code QueryUrl.replace} does) is
 * read back from the JavaScript the view asked the browser to run.
 */
public final class AddressBar {

    private AddressBar() {
    }

    /** Opens {@code address} ({@code path?query}) in the current UI. */
    public static void open(String address) {
        String[] parts = address.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
    }

    /**
     * The address the view last wrote since this was last asked (null if none): the JavaScript
     * waiting for the browser is taken, as sending it to a browser would.
     */
    public static String lastWritten() {
        List<PendingJavaScriptInvocation> pending = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        String last = null;
        for (PendingJavaScriptInvocation js : pending) {
            String expression = js.getInvocation().getExpression();
            // Without React Router the history is replaced directly; with it, through its navigate event.
            if (expression.contains("history.replaceState")
                    || expression.contains("vaadin-navigate") && expression.contains("replace: true")) {
                last = String.valueOf(js.getInvocation().getParameters().get(1));
            }
        }
        return last;
    }

    /** Forgets what was written so far. */
    public static void clear() {
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
    }
}
