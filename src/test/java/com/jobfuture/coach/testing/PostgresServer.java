package com.jobfuture.coach.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests: Debian's server binaries ({@code apt-get install postgresql}, which
 * {@code scripts/test.sh} does when they are missing) run a new cluster in a temporary folder, on 127.0.0.1 and a
 * free port, with no Unix socket, a random password and durability switched off (tests need no fsync). One server
 * per test JVM ({@link #shared()}), started on first use and stopped (its folder deleted) when the JVM exits; every
 * {@link #newDatabase} is an empty database of its own, so tests never see each other's rows.
 *
 * <p>PostgreSQL refuses to run as root: under root (CI, containers) the server runs as the {@code postgres} user
 * that Debian's package creates.
 */
public final class PostgresServer {
    /** The role tests connect as (the cluster's superuser). */
    public static final String USER = "coach";
    private final Path folder;
    private final Path binaries;
    private final boolean asPostgresUser;
    private final int port;
    private final String password;
    private final AtomicInteger databases = new AtomicInteger();
    private String template;

    private static final class Shared {
        private static final PostgresServer SERVER = start(false);
    }

    private PostgresServer(Path folder, Path binaries, boolean asPostgresUser, int port, String password) {
        this.folder = folder;
        this.binaries = binaries;
        this.asPostgresUser = asPostgresUser;
        this.port = port;
        this.password = password;
    }

    /** The server of this JVM, started on first use. */
    public static PostgresServer shared() {
        return Shared.SERVER;
    }

    /** A new, empty database on the server; its JDBC URL (connect as {@link #USER} with {@link #password()}). */
    public String newDatabase() {
        return create("template1");
    }

    /**
     * A new database copied from one that {@code prepare} made once per JVM (given its URL): copying the migrated
     * schema is many times faster than migrating every test's database.
     */
    public synchronized String newDatabaseLike(Consumer<String> prepare) {
        if (template == null) {
            String url = newDatabase();
            prepare.accept(url);
            template = url.substring(url.lastIndexOf('/') + 1);
        }
        return create(template);
    }

    private String create(String from) {
        String name = "coach_" + databases.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, password);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE " + from + " STRATEGY FILE_COPY");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return url(name);
    }

    /** The password of {@link #USER}. */
    public String password() {
        return password;
    }

    /** The server's port on 127.0.0.1. */
    public int port() {
        return port;
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /**
     * A server of its own with PostgreSQL's default durability (every commit flushed to disk), for benchmarks that
     * compare it with SQLite's fsynced commits; stopped when the JVM exits.
     */
    public static PostgresServer startDurable() {
        return start(true);
    }

    private static PostgresServer start(boolean durable) {
        Path binaries = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path folder = Files.createTempDirectory("coach-pg",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            if (root) {
                ownedByPostgres(folder);
            }
            String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
            Path passwordFile = folder.resolve("password");
            Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
            if (root) {
                ownedByPostgres(passwordFile);
            }
            Path data = folder.resolve("data");
            run(root, folder, binaries.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                    "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync");
            IOException lastFailure = null;
            for (int attempt = 0; attempt < 5; attempt++) {
                int port = freePort();
                try {
                    run(root, folder, binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                            folder.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                            "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
                                    + (durable ? "" : "-c fsync=off -c synchronous_commit=off -c full_page_writes=off ")
                                    + "-c max_connections=300", "start");
                    PostgresServer server = new PostgresServer(folder, binaries, root, port, password);
                    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-test-server-stop"));
                    return server;
                } catch (IOException e) {
                    lastFailure = e; // the port was taken in between: try another
                }
            }
            throw new UncheckedIOException("PostgreSQL did not start; see " + folder.resolve("server.log"),
                    lastFailure);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a PostgreSQL server for the tests", e);
        }
    }

    private void stop() {
        try {
            run(asPostgresUser, folder, binaries.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(),
                    "-m", "immediate", "stop");
        } catch (IOException | UncheckedIOException e) {
            // the JVM is exiting; the folder is removed below either way
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }

    /** The newest installed server's binaries ({@code /usr/lib/postgresql/<version>/bin}, or PG_BIN). */
    private static Path binaries() {
        String configured = System.getenv("PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                List<Path> found = versions.map(v -> v.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("postgres")))
                        .sorted(Comparator.comparingInt(PostgresServer::majorVersion).reversed()).toList();
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no PostgreSQL server found under /usr/lib/postgresql: run the tests with "
                + "scripts/test.sh, which installs Debian's postgresql package, or set PG_BIN to its bin folder");
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void ownedByPostgres(Path path) throws IOException {
        UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        view.setOwner(lookup.lookupPrincipalByName("postgres"));
        GroupPrincipal group = lookup.lookupPrincipalByGroupName("postgres");
        view.setGroup(group);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(boolean asPostgresUser, Path folder, String... command) throws IOException {
        List<String> line = new ArrayList<>();
        if (asPostgresUser) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        Path output = Files.createTempFile("coach-pg-command", ".log");
        try {
            Process process = new ProcessBuilder(line).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", line) + " did not finish in 90 s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", line) + " failed (" + process.exitValue() + "):\n"
                        + Files.readString(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
