package io.votewire.gateway;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.votewire.testkit.EmbeddedPg;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's own connections (its configured login) read every table of the tally and change none (issue 17, item 11). */
@QuarkusTest
@WithTestResource(value = TallySchemaTestResource.class)
class GatewayReadRoleTest {
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    AgroalDataSource gateway;

    @BeforeEach
    void oneResolution() throws Exception {
        try (Connection c = TallySchemaTestResource.owner()) {
            TallyRows.clear(c);
            TallyRows.resolution(c, "r-1", "2025-05-01", "{\"id\":\"r-1\"}");
        }
    }

    @Test
    void theGatewayConnectsAsItsReadOnlyLogin() throws Exception {
        try (Connection c = gateway.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select current_user")) {
            rs.next();
            assertEquals(EmbeddedPg.READER, rs.getString(1));
        }
    }

    /** Every table, including those a later migration adds: the grant covers the schema, not a list kept here. */
    @Test
    void readsEveryTableOfTheTally() throws Exception {
        List<String> tables = tables();
        assertTrue(tables.containsAll(List.of("resolution", "claim", "article", "resolution_merge")), tables.toString());
        try (Connection c = gateway.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                s.executeQuery("select * from tally." + table + " limit 1").close();
            }
            ResultSet rs = s.executeQuery("select id from tally.resolution");
            assertTrue(rs.next());
            assertEquals("r-1", rs.getString(1));
        }
    }

    @Test
    void changesNothing() throws Exception {
        for (String sql : List.of(
                "insert into tally.resolution (id, body, kind, doc, ident, revision, change_seq, updated_at) "
                        + "values ('forged', 'GA', 'resolution', '{}'::jsonb, '{}', 1, 1, now())",
                "update tally.resolution set revision = revision + 1",
                "delete from tally.resolution",
                "truncate tally.claim, tally.resolution, tally.article cascade",
                "select nextval('tally.resolution_change_seq')",
                "create table tally.forged (id int)",
                "drop table tally.resolution cascade")) {
            try (Connection c = gateway.getConnection(); Statement s = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), sql + ": " + refused.getMessage());
            }
        }
        try (Connection c = TallySchemaTestResource.owner(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), max(revision) from tally.resolution")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
            assertEquals(1, rs.getInt(2));
        }
    }

    private static List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = TallySchemaTestResource.owner(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'tally' order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertFalse(tables.isEmpty());
        return tables;
    }
}
