package org.rspnavigator.webapp.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A schema of its own in the tests' PostgreSQL database, for a test that runs the application as
 * a separate process: the application's tables start empty there and leave nothing behind, because
 * the schema is dropped at the end. (The test role may not create databases; it owns its database,
 * so it may create schemas.)
 */
public final class TestSchema implements AutoCloseable {

    private final String name;

    private TestSchema(String name) {
        this.name = name;
    }

    public static TestSchema create() {
        String name = "rsp_fault_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try (Connection c = DriverManager.getConnection(PostgresRequired.url(), user(), password());
                Statement s = c.createStatement()) {
            s.execute("create schema " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the schema " + name + " in " + PostgresRequired.url()
                    + ": " + e.getMessage(), e);
        }
        return new TestSchema(name);
    }

    public String name() {
        return name;
    }

    /** The JDBC address of the test database with this schema as the current one. */
    public String url() {
        String base = PostgresRequired.url();
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    public static String user() {
        return PostgresRequired.user();
    }

    public static String password() {
        return PostgresRequired.password();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(PostgresRequired.url(), user(), password());
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + name + " cascade");
        }
    }
}
