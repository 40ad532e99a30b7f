/**
 * Users' saved work and the rules that protect it: every item belongs to one organization and is
 * seen and changed only by its members; every save is transactional and checks the version the
 * user started from, so a stale save is refused instead of overwriting a colleague's change.
 * Shortlists are the first kind of work: a named selection of portfolio standards with notes.
 */
package org.rspnavigator.webapp.work;
