package io.votewire.gateway;

import io.votewire.testkit.EmbeddedPg;
import io.votewire.testkit.PostgresTestResource;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A real PostgreSQL with the tally's schema, migrated by the tally service's own Flyway scripts. The gateway reads it
 * with its read-only login, as deployed; tests write the tally's rows through {@link #owner()}.
 */
public class TallySchemaTestResource extends PostgresTestResource {
    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        Flyway.configure()
                .dataSource(config.get("quarkus.datasource.jdbc.url"), EmbeddedPg.USER, PostgresTestResource.password())
                .schemas("tally")
                .locations("filesystem:../tally-service/src/main/resources/db/migration")
                .load()
                .migrate();
        config.put("quarkus.datasource.username", EmbeddedPg.READER);
        config.put("quarkus.datasource.password", PostgresTestResource.readerPassword());
        return config;
    }

    /** A connection of the tally's owner role, which may write what the gateway only reads. */
    static Connection owner() throws SQLException {
        return DriverManager.getConnection(database().jdbcUrl(), EmbeddedPg.USER, PostgresTestResource.password());
    }
}
