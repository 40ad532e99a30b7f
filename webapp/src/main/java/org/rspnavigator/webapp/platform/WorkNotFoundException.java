package org.rspnavigator.webapp.platform;

/**
 * Nothing with this id exists for the user. Items of other organizations are reported the same
 * way, so that nobody learns what another organization has.
 */
public class WorkNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WorkNotFoundException(String kind, Object id) {
        super("No " + kind + " with id " + id + ".");
    }
}
