package org.rspnavigator.webapp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/rsp-navigator.jar}, which the {@code package} phase makes
 * before the integration tests run) started as a separate Java process, the way operators run it:
 * for tests that kill it, or that watch it refuse to start. Its output goes to a file, shown when
 * something goes wrong.
 */
public final class ApplicationProcess implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path output;
    private final int port;

    private ApplicationProcess(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /** The application jar of this module, or a failure that says how to make it. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("basedir", ".")).resolve("target/rsp-navigator.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("This test runs the packaged application, " + jar + ", which the 'package' "
                    + "phase makes: run it with ./mvnw verify (not with 'test'), or run ./mvnw -pl webapp package first.");
        }
        return jar;
    }

    /** A small heap and a quick start: the machine running the tests is shared. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /**
     * Whether the application is started through {@code bin/start-with-aot-cache}, as operators
     * who want a quick start do: on a JDK 25 or later. The first start of a test run then makes the
     * cache (in {@code target/aot-cache}) and the others use it.
     */
    public static boolean withAotCache() {
        return Runtime.version().feature() >= 25;
    }

    /**
     * Starts the jar on a free port, in {@code directory} (where its output file goes too), with
     * {@code environment} added to a copy of this one without any settings of the application's own
     * ({@code SPRING_*}, {@code RSP_*}, {@code SERVER_*}, {@code PORT}), and {@code arguments} after the
     * jar; through {@code bin/start-with-aot-cache} when {@link #withAotCache()}.
     */
    public static ApplicationProcess start(Path directory, String name, Map<String, String> environment,
            String... arguments) {
        int port = freePort();
        String javaHome = System.getProperty("java.home");
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        List<String> command = new ArrayList<>();
        Map<String, String> launcher = Map.of();
        if (withAotCache()) {
            command.addAll(List.of("bash", module.resolveSibling("bin").resolve("start-with-aot-cache").toString()));
            launcher = Map.of("JAR", jar().toString(), "AOT_DIR", module.resolve("target/aot-cache").toString(),
                    "JAVA_HOME", javaHome, "JAVA_OPTS", String.join(" ", JVM_OPTIONS));
        } else {
            command.add(Path.of(javaHome, "bin", "java").toString());
            command.addAll(JVM_OPTIONS);
            command.addAll(List.of("-jar", jar().toString()));
        }
        command.add("--server.port=" + port);
        command.addAll(List.of(arguments));
        Path output = directory.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("RSP_")
                || key.startsWith("SERVER_") || key.equals("PORT"));
        builder.environment().putAll(environment);
        builder.environment().putAll(launcher);
        try {
            return new ApplicationProcess(builder.start(), output, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the application printed so far. */
    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(its output could not be read: " + e + ")";
        }
    }

    /** The last lines of the output, for a failure message. */
    public String outputTail() {
        List<String> lines = output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** Waits until the application answers {@code GET /api/v1/standards}; fails if it exits or takes too long. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/standards"))
                .timeout(Duration.ofSeconds(5)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("The application exited with " + process.exitValue()
                        + " before answering. Its output ends with:\n" + outputTail());
            }
            try {
                if (CLIENT.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The application did not answer within " + timeout.toSeconds()
                        + " s. Its output ends with:\n" + outputTail());
            }
            pause(250);
        }
    }

    /** Waits for the process to end by itself and gives its exit code; fails if it is still running after {@code timeout}. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new AssertionError("The application was still running after " + timeout.toSeconds()
                        + " s. Its output ends with:\n" + outputTail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Kills the process at once (SIGKILL on Linux): no shutdown hook, no graceful stop, as a crash or power cut. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Stops the process if it still runs: gracefully first, then forcibly. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        // A start that is still making its ahead-of-time cache runs the training JVM as a child.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
