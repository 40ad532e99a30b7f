package org.rspnavigator.webapp.platform;

/**
 * Someone saved the item after this user opened it. The save is refused so that nothing is
 * silently overwritten; the user reloads, sees the other change, and applies theirs again.
 */
public class StaleEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleEditException(String kind, String name) {
        super("The " + kind + " “" + name + "” was changed by someone else after you opened it. Reload it to see "
                + "their version, then apply your changes again.");
    }
}
