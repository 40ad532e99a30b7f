package org.rspnavigator.webapp.platform;

/** A request named something the catalog does not hold; answered with 404 and a problem document. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
