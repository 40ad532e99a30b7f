package org.rspnavigator.webapp.platform;

/** The user is signed in but their role does not allow this. */
public class NotPermittedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotPermittedException(String message) {
        super(message);
    }
}
