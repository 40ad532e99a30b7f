/**
 * The audit trail: who created, changed, exported, imported or deleted what and when, who signed
 * in or failed to. Kept in the database, written in the same transaction as the change it records
 * so that a rolled-back change leaves no entry, and shown to administrators in their view and
 * through {@code /admin/audit}.
 */
package org.rspnavigator.webapp.audit;
