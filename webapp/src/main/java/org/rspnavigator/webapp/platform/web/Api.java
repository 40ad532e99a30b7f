package org.rspnavigator.webapp.platform.web;

/** Where the JSON API lives; every controller's mapping and every link in its answers starts here. */
public final class Api {

    /** The base path of version 1 of the API. */
    public static final String V1 = "/api/v1";

    private Api() {
    }
}
