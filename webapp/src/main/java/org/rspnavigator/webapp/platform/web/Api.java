package org.rspnavigator.webapp.platform.web;

/** Where the JSON API lives; every controller's mapping and every link in its answers starts here. */
public final class Api {

    /** The base path of version 1 of the API. */
    public static final String V1 = "/api/v1";

    /**
     * The paths that hold users' work or administration and so need HTTP Basic sign-in; everything
     * else under /api is public catalog data. The security configuration enforces this list and the
     * OpenAPI document declares it, so that both always agree.
     */
    public static final String[] SIGNED_IN = {V1 + "/me", V1 + "/me/**", V1 + "/shortlists", V1 + "/shortlists/**",
        V1 + "/organization/**", V1 + "/admin/**", V1 + "/rfp/**", V1 + "/products", V1 + "/products/**"};

    /** The paths for administrators (ADMIN role) alone. */
    public static final String ADMIN = V1 + "/admin/**";

    private Api() {
    }
}
