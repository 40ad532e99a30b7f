package org.rspnavigator.webapp.accounts;

import org.rspnavigator.model.Term;

/**
 * What a user may do. Everyone, signed in or not, may browse, search and export the catalog;
 * saving work needs one of these roles.
 */
public enum Role implements Term {
    /** Buyer side: hospital IT, project planners, policy makers. */
    PLANNER("Planner"),
    /** Supplier side: maps products to IHE profiles. */
    VENDOR("Vendor"),
    /** Manages organizations and users, sees the audit trail. */
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
