package org.rspnavigator.webapp.api;

/** A request named something the catalog does not hold; answered with 404 and a problem document. */
class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotFoundException(String message) {
        super(message);
    }
}
