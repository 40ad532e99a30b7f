package org.rspnavigator.webapp.accounts;

import java.util.ArrayList;
import java.util.List;

/**
 * Published while an administrator deletes an organization, inside that transaction, before its
 * members and the organization itself go. Each feature that keeps work of an organization listens,
 * removes that work, and says what it removed, for the audit trail. Accounts thereby need not
 * know the features built on them.
 */
public final class OrganizationDeletion {

    private final long organizationId;
    private final List<String> removed = new ArrayList<>();

    OrganizationDeletion(long organizationId) {
        this.organizationId = organizationId;
    }

    public long organizationId() {
        return organizationId;
    }

    /** Records that {@code count} items of a kind ("shortlists") were removed. */
    public void removed(int count, String what) {
        removed.add(count + " " + what);
    }

    List<String> removed() {
        return List.copyOf(removed);
    }
}
