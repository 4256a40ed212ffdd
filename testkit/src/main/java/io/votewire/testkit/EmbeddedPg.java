package io.votewire.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server from zonky's binaries (they run as root too, wrapped in a user namespace).
 * Creates the application role and database on first start; the password is chosen by the caller.
 */
public final class EmbeddedPg implements AutoCloseable {
    public static final String DB = "votewire";
    public static final String USER = "votewire";
    private final EmbeddedPostgres pg;

    private EmbeddedPg(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    /**
     * @param port    0 = a free port
     * @param dataDir null = a fresh temporary cluster deleted on close
     */
    public static EmbeddedPg start(int port, Path dataDir, String password) throws Exception {
        long t0 = System.nanoTime();
        // binaries are unpacked once into <cache>/PG-<hash> and reused by later runs
        Path cache = Path.of(System.getProperty("votewire.pg.cache", System.getProperty("java.io.tmpdir") + "/embedded-pg"));
        Files.createDirectories(cache);
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(cache.toFile())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200");
        if (port != 0) {
            b.setPort(port);
        }
        if (dataDir != null) {
            // zonky trades durability for speed (synchronous_commit=off); state meant to survive restarts needs it on
            b.setServerConfig("synchronous_commit", "on");
            Files.createDirectories(dataDir);
            b.setDataDirectory(dataDir.toFile()).setCleanDataDirectory(false);
        } else {
            b.setDataDirectory(Files.createTempDirectory(cache.getParent(), "pg-data-").toFile()).setCleanDataDirectory(true);
        }
        EmbeddedPostgres pg = b.start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_roles where rolname='" + USER + "'");
            if (!rs.next()) {
                s.execute("create role " + USER + " login");
                s.execute("create database " + DB + " owner " + USER);
            }
            // set every start, so the password always follows the environment
            try (PreparedStatement ps = c.prepareStatement("select format('alter role %I password %L', ?, ?)")) {
                ps.setString(1, USER);
                ps.setString(2, password);
                var q = ps.executeQuery();
                q.next();
                s.execute(q.getString(1));
            }
        }
        EmbeddedPg result = new EmbeddedPg(pg);
        System.out.printf("[embedded-pg] %s up in %d ms%n", result.jdbcUrl(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        return result;
    }

    /** Another database of the application role, for a second deployment on the same server. */
    public String createDatabase(String name) throws java.sql.SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name + " owner " + USER);
        }
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + name;
    }

    public int port() {
        return pg.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + DB;
    }

    @Override
    public void close() throws Exception {
        pg.close();
    }
}
