package org.rspnavigator.webapp.platform;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Someone saved the item after this user opened it. The save is refused so that nothing is
 * silently overwritten; the user reloads, sees the other change, and applies theirs again.
 */
public class StaleEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleEditException(String kind, String name) {
        super("The " + kind + " “" + name + "” was changed by someone else after you opened it. Reload it to see "
                + "their version, then apply your changes again.");
    }

    /** A colleague's save that the database noticed at the same moment as this one. */
    public StaleEditException(String kind, String name, Throwable cause) {
        super("Someone else saved the " + kind + " “" + name + "” at the same moment. Reload it to see their "
                + "version, then apply your changes again.", cause);
    }

    /**
     * Writes the changes of the current transaction now, so that a save by someone else in
     * between shows up here, as this exception, rather than at commit as the persistence layer's.
     * Services call it; views and controllers then know only this exception.
     */
    public static void flush(JpaRepository<?, ?> repository, String kind, String name) {
        try {
            repository.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException(kind, name, e);
        }
    }
}
