/**
 * Shortlists: named selections of portfolio standards with notes, kept per organization and seen
 * only by its members. Every save checks the version the user started from, so a stale save is
 * refused instead of overwriting a colleague's change. Views and the API.
 */
package org.rspnavigator.webapp.shortlists;
