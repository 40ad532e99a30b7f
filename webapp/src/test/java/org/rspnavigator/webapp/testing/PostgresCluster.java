package org.rspnavigator.webapp.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PostgreSQL server of the tests, stopped and started to make an outage: the server the tests
 * started themselves ({@link EmbeddedPostgresServer}, with {@code pg_ctl}, on the same port and data
 * directory, so that the application's pool reconnects) unless {@code RSP_TEST_DB_URL} names one.
 * Then it must be the local Debian cluster ({@code .ci/postgres} starts one), controlled with
 * {@code pg_ctlcluster}; that needs root or the postgres user on the machine running the tests,
 * and without them the test fails and says so, rather than passing without having tried.
 */
public final class PostgresCluster {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final EmbeddedPostgresServer embedded;
    private final String version;
    private final String name;
    private final Thread restartOnExit;
    private volatile boolean stopped;

    private PostgresCluster(EmbeddedPostgresServer embedded) {
        this.embedded = embedded;
        this.version = null;
        this.name = null;
        this.restartOnExit = null;
    }

    private PostgresCluster(String version, String name) {
        this.embedded = null;
        this.version = version;
        this.name = name;
        this.restartOnExit = new Thread(() -> {
            if (stopped) {
                run(Duration.ofSeconds(30), "pg_ctlcluster", version, name, "start");
            }
        }, "restart-postgresql");
    }

    /**
     * The embedded server, or with {@code RSP_TEST_DB_URL} the newest installed version's cluster
     * {@code main}, as {@code .ci/postgres} picks it; fails if that is not controllable.
     */
    public static PostgresCluster local() {
        if (PostgresRequired.embedded()) {
            return new PostgresCluster(EmbeddedPostgresServer.get());
        }
        String url = PostgresRequired.url();
        if (!url.startsWith("jdbc:postgresql://localhost") && !url.startsWith("jdbc:postgresql://127.0.0.1")) {
            throw new IllegalStateException("This test stops and starts the PostgreSQL server, so it needs the local "
                    + "cluster that .ci/postgres starts, not " + url + ".");
        }
        Path installed = Path.of("/usr/lib/postgresql");
        String version;
        try (Stream<Path> versions = Files.list(installed)) {
            version = versions.map(p -> p.getFileName().toString()).filter(v -> v.matches("\\d+(\\.\\d+)?"))
                    .max(Comparator.comparing(Double::valueOf)).orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("This test stops and starts the local PostgreSQL server with pg_ctlcluster, "
                    + "but found no PostgreSQL under " + installed + " (Debian's postgresql package; see .ci/postgres).", e);
        }
        String user = System.getProperty("user.name");
        if (!user.equals("root") && !user.equals("postgres")) {
            throw new IllegalStateException("This test stops and starts the local PostgreSQL server (pg_ctlcluster "
                    + version + " main stop/start), which only root or the postgres user may do; the tests run as '"
                    + user + "'. Run them as root, or leave the PostgreSQL tests out with -DskipPostgresTests=true.");
        }
        PostgresCluster cluster = new PostgresCluster(version, "main");
        Result status = run(Duration.ofSeconds(20), "pg_ctlcluster", version, "main", "status");
        if (status.exit() != 0 && status.exit() != 3) { // 3: installed but not running
            throw new IllegalStateException("This test needs to control the PostgreSQL cluster " + version
                    + " main with pg_ctlcluster, and 'pg_ctlcluster " + version + " main status' answered: "
                    + status.output());
        }
        return cluster;
    }

    /** Stops the server the fast way: open connections are cut, as in a crash or a restart by an operator. */
    public void stop() {
        if (embedded != null) {
            embedded.stop();
            return;
        }
        Runtime.getRuntime().addShutdownHook(restartOnExit);
        stopped = true;
        Result result = run(Duration.ofSeconds(60), "pg_ctlcluster", version, name, "stop", "-m", "fast");
        if (result.exit() != 0) {
            throw new IllegalStateException("Could not stop PostgreSQL " + version + " " + name + ": " + result.output());
        }
    }

    /** Starts the server and waits until it accepts connections. */
    public void start() {
        if (embedded != null) {
            embedded.start();
            return;
        }
        Result result = run(Duration.ofSeconds(60), "pg_ctlcluster", version, name, "start");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!isReady()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL " + version + " " + name + " did not come back within "
                        + START_TIMEOUT.toSeconds() + " s; pg_ctlcluster start said: " + result.output());
            }
            sleep(200);
        }
        stopped = false;
        try {
            Runtime.getRuntime().removeShutdownHook(restartOnExit);
        } catch (IllegalStateException | IllegalArgumentException alreadyGoneOrExiting) {
            // nothing to undo
        }
    }

    boolean isReady() {
        return run(Duration.ofSeconds(10), "pg_isready", "-q", "-h", "localhost", "-p", "5432").exit() == 0;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Duration timeout, String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(-1, String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
            }
            return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return new Result(-1, String.join(" ", command) + " could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
