package org.rspnavigator.webapp.audit;

import java.util.Locale;

import org.rspnavigator.model.Term;

/** What happened. */
public enum AuditAction implements Term {
    CREATED, CHANGED, DELETED, EXPORTED, IMPORTED, SCORED, LOGIN, LOGIN_FAILED, ACCOUNT_LOCKED, PASSWORD_CHANGED;

    /** "login failed": as the audit trail reads. */
    @Override
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
