package org.rspnavigator.webapp.platform.web;

import org.rspnavigator.webapp.platform.web.DatabaseUnavailable;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** What counts as "the database cannot be reached", and how little an outage writes to the log. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableTest {

    /** What HikariCP throws when no connection could be made within its timeout, as Spring wraps it. */
    private static RuntimeException poolTimeout() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused.", "08001",
                new ConnectException("Connection refused"));
        SQLTransientConnectionException timeout = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 3001ms", "08001", refused);
        return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new JDBCConnectionException("Unable to acquire JDBC Connection", timeout));
    }

    @Test
    void anOutageIsRecognisedHoweverItIsWrapped() {
        assertThat(DatabaseUnavailable.isCause(poolTimeout())).isTrue();
        // Signing in looks the account up: Spring Security wraps the failure.
        assertThat(DatabaseUnavailable.isCause(new InternalAuthenticationServiceException("x", poolTimeout()))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new DataAccessResourceFailureException("gone"))).isTrue();
        // A connection the server closed, found at commit time; and a server shutting down (57P01).
        assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("Could not commit",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        // A query on a connection the server had just dropped, then the rollback on the connection the pool
        // evicted: Spring reports the failed rollback, which is all the caller gets.
        assertThat(DatabaseUnavailable.isCause(new InternalAuthenticationServiceException("x",
                new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed")))))).isTrue();
    }

    /**
     * H2 2.4.240's failure once the session that created a check constraint had closed: the insert is
     * refused with "Check constraint invalid", caused by "The database has been closed". The database
     * is up (a fresh connection works, so health says UP); the API must not say "try again later".
     */
    @Test
    void aRefusedStatementIsNotAnOutageWhateverItsCauseSays() {
        SQLException closed = new java.sql.SQLNonTransientConnectionException("The database has been closed [90098-240]",
                "90098");
        SQLException check = new java.sql.SQLIntegrityConstraintViolationException(
                "Check constraint invalid: \"USER_ACCOUNT_ROLE_CHECK: \"", "23514", closed);
        assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("could not execute statement",
                new org.hibernate.exception.ConstraintViolationException("insert", check, "insert into user_account"))))
                .isFalse();
        // The same closed-database error on its own is an outage: the database really was shut.
        assertThat(DatabaseUnavailable.isCause(new JpaSystemException(new RuntimeException(closed)))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNotAnOutage() {
        assertThat(DatabaseUnavailable.isCause(new ObjectOptimisticLockingFailureException("Shortlist", 1L))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new CannotAcquireLockException("deadlock"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalArgumentException("bad input"))).isFalse();
    }

    @Test
    void anOutageIsLoggedOnceAMinuteInOneLine(CapturedOutput output) {
        var log = LoggerFactory.getLogger("outage-test");
        var warnings = new DatabaseUnavailable.Warnings(Duration.ofMinutes(1));
        for (int i = 0; i < 5; i++) {
            warnings.log(log, "GET /api/v1/shortlists", poolTimeout());
        }
        String logged = output.getAll();
        assertThat(logged.lines().filter(l -> l.contains("The database cannot be reached"))).hasSize(1);
        assertThat(logged).contains("GET /api/v1/shortlists failed and was answered with 'try again later' "
                + "(ConnectException: Connection refused)").doesNotContain("\tat ").doesNotContain("Caused by");

        var everyTime = new DatabaseUnavailable.Warnings(Duration.ZERO);
        everyTime.log(log, "first", poolTimeout());
        everyTime.log(log, "second", poolTimeout());
        assertThat(output.getAll()).contains("second failed");
    }
}
