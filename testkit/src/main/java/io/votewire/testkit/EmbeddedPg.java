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
 * Creates the application role and database on first start, and the gateway's read-only login in the group role the
 * tally's migrations grant reads to (as a deployment's database setup does); the passwords are chosen by the caller.
 */
public final class EmbeddedPg implements AutoCloseable {
    public static final String DB = "votewire";
    public static final String USER = "votewire";
    /** The gateway's login: a member of {@link #READ_ROLE}, nothing more. */
    public static final String READER = "votewire_gateway";
    /** The group the tally's migrations grant SELECT on its tables to. */
    public static final String READ_ROLE = "tally_reader";
    private final EmbeddedPostgres pg;

    private EmbeddedPg(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    /**
     * @param port    0 = a free port
     * @param dataDir null = a fresh temporary cluster deleted on close
     * @param password       the application role's
     * @param readerPassword the gateway's read-only login's
     */
    public static EmbeddedPg start(int port, Path dataDir, String password, String readerPassword) throws Exception {
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
            if (!s.executeQuery("select 1 from pg_roles where rolname='" + READ_ROLE + "'").next()) {
                s.execute("create role " + READ_ROLE + " nologin");
                s.execute("create role " + READER + " login in role " + READ_ROLE);
            }
            // set every start, so the passwords always follow the environment
            setPassword(c, USER, password);
            setPassword(c, READER, readerPassword);
        }
        EmbeddedPg result = new EmbeddedPg(pg);
        System.out.printf("[embedded-pg] %s up in %d ms%n", result.jdbcUrl(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        return result;
    }

    private static void setPassword(Connection c, String role, String password) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("select format('alter role %I password %L', ?, ?)");
             Statement s = c.createStatement()) {
            ps.setString(1, role);
            ps.setString(2, password);
            var q = ps.executeQuery();
            q.next();
            s.execute(q.getString(1));
        }
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
