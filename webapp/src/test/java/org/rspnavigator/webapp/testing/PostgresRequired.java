package org.rspnavigator.webapp.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Before the first PostgreSQL test of a run: finds the test server, checks that it answers (failing
 * with instructions if not) and empties its schema, so that every run starts from the migrations.
 * The server is the one {@code RSP_TEST_DB_URL} names (with {@code RSP_TEST_DB_USER} and
 * {@code RSP_TEST_DB_PASSWORD}), or else the one this JVM starts itself ({@link EmbeddedPostgresServer}).
 *
 * <p>It also sets the system properties {@code rsp.test.db.url}, {@code .user} and {@code .password}
 * that {@code application-postgres.properties} reads: the embedded server's port is only known once
 * it runs, and JUnit calls this before Spring makes the test's application context.
 */
public class PostgresRequired implements BeforeAllCallback {

    private static volatile boolean prepared;

    /** Whether the tests use the server this JVM starts, because {@code RSP_TEST_DB_URL} names none. */
    public static boolean embedded() {
        String url = System.getenv("RSP_TEST_DB_URL");
        return url == null || url.isBlank();
    }

    /** The test database's JDBC address; starts the embedded server if that is the one. */
    public static String url() {
        return embedded() ? EmbeddedPostgresServer.get().url() : System.getenv("RSP_TEST_DB_URL");
    }

    public static String user() {
        return System.getenv().getOrDefault("RSP_TEST_DB_USER", "rsp");
    }

    public static String password() {
        return System.getenv().getOrDefault("RSP_TEST_DB_PASSWORD", "rsp");
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (prepared) {
            return;
        }
        String url = url();
        try (Connection c = DriverManager.getConnection(url, user(), password()); Statement s = c.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL tests need a server at " + url + " (role " + user()
                    + ")" + (embedded() ? ", which they started themselves" : ", from RSP_TEST_DB_URL") + ". "
                    + "Unset RSP_TEST_DB_URL to have the tests start their own, point RSP_TEST_DB_URL, "
                    + "RSP_TEST_DB_USER and RSP_TEST_DB_PASSWORD at another, or leave these tests out with "
                    + "-DskipPostgresTests=true. Cause: " + e.getMessage(), e);
        }
        System.setProperty("rsp.test.db.url", url);
        System.setProperty("rsp.test.db.user", user());
        System.setProperty("rsp.test.db.password", password());
        prepared = true;
    }
}
