package org.passerelle.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real, throwaway PostgreSQL server for tests: a new cluster made with the machine's own
 * PostgreSQL binaries (Debian's {@code postgresql} package, which {@code .ci/run} installs) in a
 * temporary folder, listening on a free loopback port, removed on close. As root, the cluster
 * runs as the {@code postgres} system user, because PostgreSQL refuses to run as root.
 */
public final class PostgresServer implements AutoCloseable {

    private final Path bin;
    private final Path directory;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path bin, Path directory, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.directory = directory;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The newest installed PostgreSQL's binaries, if any. */
    public static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static PostgresServer start() throws IOException, InterruptedException {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries under /usr/lib/postgresql"));
        boolean root = "root".equals(System.getProperty("user.name"));
        Path directory = Files.createTempDirectory("passerelle-pg");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin, directory, port, root);
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", directory.toString()));
        }
        server.run(bin.resolve("initdb"), "-D", directory.resolve("data").toString(), "-U", "postgres", "--auth=trust",
                "--no-sync", "-E", "UTF8");
        server.run(bin.resolve("pg_ctl"), "-D", directory.resolve("data").toString(), "-w", "-t", "60", "-l",
                directory.resolve("log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + directory + " -c fsync=off", "start");
        return server;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    private void run(Path program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(program.toString());
        command.addAll(List.of(arguments));
        run(command);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("command failed: " + String.join(" ", command) + "\n" + output);
        }
    }

    /** Stops the server, keeping its data (a database outage). */
    public void stop() throws IOException, InterruptedException {
        run(bin.resolve("pg_ctl"), "-D", directory.resolve("data").toString(), "-w", "-m", "immediate", "stop");
    }

    /** Starts it again after {@link #stop()}, on the same port and data. */
    public void restart() throws IOException, InterruptedException {
        run(bin.resolve("pg_ctl"), "-D", directory.resolve("data").toString(), "-w", "-t", "60", "-l",
                directory.resolve("log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + directory + " -c fsync=off", "start");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run(bin.resolve("pg_ctl"), "-D", directory.resolve("data").toString(), "-m", "immediate", "stop");
        } catch (IOException alreadyStopped) {
            // stopped by the test
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
