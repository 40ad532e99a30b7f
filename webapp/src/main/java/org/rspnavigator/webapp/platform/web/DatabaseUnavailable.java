package org.rspnavigator.webapp.platform.web;

import org.rspnavigator.webapp.platform.web.ProblemResponses;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tells a database that cannot be reached (server stopped or restarting, network cut, no
 * connection free within the pool's timeout) from other errors, so that the API can answer
 * {@code 503} with {@code Retry-After} and the views can say "try again" instead of reporting an
 * internal error. The connection pool reconnects by itself once the server is back.
 *
 * <p>An outage makes every request fail the same way, so only the first failure in a minute is
 * logged as a warning, in one line; the others go to the debug log.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    /** What an API client reads in the problem document. */
    public static final String DETAIL = "The database is unavailable right now, so this request could not be "
            + "completed. Try again in a minute.";

    /** What a person in the views reads. */
    public static final String MESSAGE = "The database cannot be reached right now; nothing was saved. "
            + "Try again in a minute.";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);
    private static final Warnings WARNINGS = new Warnings(Duration.ofMinutes(1));

    private DatabaseUnavailable() {
    }

    /**
     * Whether {@code e}, or any of its causes, says the database could not be reached or used for now.
     *
     * <p>The outermost SQL error decides: a statement that the database refused (a constraint, a
     * syntax error) is not an outage even when the database reports a closed connection among its
     * causes, as H2 did for a check constraint whose creating session had ended. Such an error is a
     * fault of the application or the database engine, and health checks, which open a fresh
     * connection, report the database as up; answering "try again later" would be a lie.
     */
    public static boolean isCause(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            if (isUnreachable(t)) {
                return true;
            }
            if (t instanceof SQLException) {
                return false;
            }
        }
        return false;
    }

    private static boolean isUnreachable(Throwable t) {
        if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException) {
            return true;
        }
        // Transient failures other than a concurrent edit (which is a 409 of its own): a timeout, a resource
        // that is briefly gone. Trying again later is the right advice for them too.
        if (t instanceof TransientDataAccessException && !(t instanceof ConcurrencyFailureException)) {
            return true;
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage())) {
            // HikariCP's stand-in for a connection it evicted because the server dropped it. A query that fails on
            // such a connection within half a second of its last use (before the pool tests it again) is
            // followed by a rollback, which meets this; the rollback's failure is what reaches the caller.
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // 08: connection exception; 57P01-57P03: the server is shutting down, crashed, or not yet accepting.
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        return t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException");
    }

    /**
     * Logs that a request failed because the database cannot be reached: a one-line warning for the
     * first failure in a minute (with the number of failures since the last warning), debug after that.
     */
    public static void log(Logger log, String what, Throwable e) {
        WARNINGS.log(log, what, e);
    }

    /** The warnings of one application: at most one a minute, each in one line. */
    static final class Warnings {

        private final long quietNanos;
        private final AtomicLong lastWarning = new AtomicLong();
        private final AtomicLong suppressed = new AtomicLong();
        private volatile boolean warned;

        Warnings(Duration quiet) {
            this.quietNanos = quiet.toNanos();
        }

        void log(Logger log, String what, Throwable e) {
            long now = System.nanoTime();
            long last = lastWarning.get();
            if ((!warned || now - last >= quietNanos) && lastWarning.compareAndSet(last, now)) {
                warned = true;
                long before = suppressed.getAndSet(0);
                log.warn("The database cannot be reached; {} failed and was answered with 'try again later' ({}){}",
                        what, deepest(e), before > 0 ? "; " + before + " more such failures since the last warning" : "");
            } else {
                suppressed.incrementAndGet();
                log.debug("The database cannot be reached; {} failed ({})", what, deepest(e));
            }
        }
    }

    /**
     * Logs and answers an API request that failed outside the controllers (signing in needs the
     * database too): 503, Retry-After and a problem document, as {@code ApiErrors} answers.
     */
    public static void answer(HttpServletRequest request, HttpServletResponse response, Throwable e)
            throws IOException {
        log(LOG, request.getMethod() + " " + request.getRequestURI(), e);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        ProblemResponses.write(response, HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable", DETAIL);
    }

    /** The innermost cause in one line, which usually names the real problem ("Connection refused"). */
    static String deepest(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t.getCause() != null && t.getCause() != t && depth < 32; depth++) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + message;
    }
}
