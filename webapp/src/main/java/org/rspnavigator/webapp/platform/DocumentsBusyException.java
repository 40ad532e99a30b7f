package org.rspnavigator.webapp.platform;

/** Every place in the {@link DocumentQueue} is taken, or none came free in time. */
public class DocumentsBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DocumentsBusyException() {
        super("Many documents are being generated right now. Please try again in a minute.");
    }
}
