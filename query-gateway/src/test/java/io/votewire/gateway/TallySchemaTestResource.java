package io.votewire.gateway;

import io.votewire.testkit.EmbeddedPg;
import io.votewire.testkit.PostgresTestResource;
import org.flywaydb.core.Flyway;

import java.util.Map;

/** A real PostgreSQL with the tally's schema, migrated by the tally service's own Flyway scripts. */
public class TallySchemaTestResource extends PostgresTestResource {
    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        Flyway.configure()
                .dataSource(config.get("quarkus.datasource.jdbc.url"), EmbeddedPg.USER, PostgresTestResource.password())
                .schemas("tally")
                .locations("filesystem:../tally-service/src/main/resources/db/migration")
                .load()
                .migrate();
        return config;
    }
}
