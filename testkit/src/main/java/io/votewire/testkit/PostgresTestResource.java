package io.votewire.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.UUID;

/** {@code @WithTestResource(PostgresTestResource.class)}: one real PostgreSQL per test JVM, shared by its tests. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final String READER_PASSWORD = UUID.randomUUID().toString();
    private static EmbeddedPg pg;

    public static synchronized EmbeddedPg database() {
        if (pg == null) {
            try {
                pg = EmbeddedPg.start(0, null, PASSWORD, READER_PASSWORD);
            } catch (Exception e) {
                throw new IllegalStateException("could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (Exception ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return pg;
    }

    public static String password() {
        return PASSWORD;
    }

    /** The password of {@link EmbeddedPg#READER}, the gateway's read-only login. */
    public static String readerPassword() {
        return READER_PASSWORD;
    }

    @Override
    public Map<String, String> start() {
        EmbeddedPg db = database();
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedPg.USER,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM; the shutdown hook stops it
    }
}
