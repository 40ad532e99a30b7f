package org.rspnavigator.webapp.audit;

/** What happened. */
public enum AuditAction {
    CREATED, CHANGED, DELETED, EXPORTED, IMPORTED, LOGIN, LOGIN_FAILED, ACCOUNT_LOCKED, PASSWORD_CHANGED
}
