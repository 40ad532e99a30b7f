package org.rspnavigator.webapp.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Before the first PostgreSQL test of a run: checks that the test server answers (failing with
 * instructions if not) and empties its schema, so that every run starts from the migrations.
 */
public class PostgresRequired implements BeforeAllCallback {

    private static volatile boolean prepared;

    public static String url() {
        return System.getenv().getOrDefault("RSP_TEST_DB_URL", "jdbc:postgresql://localhost:5432/rsp_test");
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (prepared) {
            return;
        }
        String user = System.getenv().getOrDefault("RSP_TEST_DB_USER", "rsp");
        String password = System.getenv().getOrDefault("RSP_TEST_DB_PASSWORD", "rsp");
        try (Connection c = DriverManager.getConnection(url(), user, password); Statement s = c.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL tests need a server at " + url() + " (role " + user
                    + "). Start one with '.ci/postgres' (Debian, as root or with sudo), point RSP_TEST_DB_URL, "
                    + "RSP_TEST_DB_USER and RSP_TEST_DB_PASSWORD at another, or leave these tests out with "
                    + "-DskipPostgresTests=true. Cause: " + e.getMessage(), e);
        }
        prepared = true;
    }
}
