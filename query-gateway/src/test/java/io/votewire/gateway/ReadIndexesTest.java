package io.votewire.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.votewire.gateway.service.ResolutionDocs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Over thousands of records, the filters read from indexes, a country's votes come in pages, and the cache is bounded. */
@QuarkusTest
@WithTestResource(value = TallySchemaTestResource.class)
class ReadIndexesTest {
    private static final int RECORDS = 3000;

    @Inject
    ResolutionDocs docs;

    /** Germany in every vote, France in three, "glaciers" in two titles; undated records among them. */
    @BeforeEach
    void manyResolutions() throws Exception {
        try (Connection c = TallySchemaTestResource.owner(); Statement s = c.createStatement()) {
            TallyRows.clear(c);
            s.execute("insert into tally.resolution (id, body, kind, vote_date, title, doc, ident, revision, change_seq, updated_at) "
                    + "select 'x-' || n, 'GA', 'resolution', case when n % 10 = 0 then null else to_char(date '2020-01-01' + n, 'YYYY-MM-DD') end, "
                    + "t, jsonb_build_object('id', 'x-' || n, 'title', t, 'positions', case when n % 1000 = 0 "
                    + "then '{\"DEU\":\"yes\",\"FRA\":\"no\"}'::jsonb else '{\"DEU\":\"yes\"}'::jsonb end), '{}', 1, "
                    + "nextval('tally.resolution_change_seq'), now() "
                    + "from generate_series(1, " + RECORDS + ") n, lateral (select case when n in (7, 1507) then 'On glaciers ' || n "
                    + "else 'On roads ' || n end as t) title");
            s.execute("analyze tally.resolution");
        }
    }

    @Test
    void countryAndTitleFiltersAnswerFromTheRecords() {
        given().queryParam("country", "FRA").get("/resolutions").then().statusCode(200)
                .body("items.id", equalTo(List.of("x-3000", "x-2000", "x-1000")));
        given().queryParam("country", "FRA").queryParam("vote", "no").get("/resolutions").then().statusCode(200)
                .body("items", hasSize(3));
        given().get("/countries/FRA/agreement").then().statusCode(200).body("agreement[0].iso3", equalTo("DEU"));
        given().queryParam("q", "glaciers").get("/resolutions").then().statusCode(200)
                .body("items.id", equalTo(List.of("x-1507", "x-7")));
        // LIKE's wildcards in q are letters like any other: no title holds "%"
        given().queryParam("q", "1%").get("/resolutions").then().statusCode(200).body("items", hasSize(0));
    }

    /** The conditions the gateway writes for these filters (TallyReader) are ones an index of the tally's schema serves. */
    @Test
    void theFiltersConditionsHaveIndexes() throws Exception {
        assertTrue(plan("doc->'positions' ? 'FRA'").contains("resolution_by_position"));
        assertTrue(plan("doc->'positions' @> jsonb_build_object('FRA', 'no')").contains("resolution_by_position"));
        assertTrue(plan("title ilike '%glaciers%'").contains("resolution_by_title_words"));
    }

    private String plan(String condition) throws Exception {
        try (Connection c = TallySchemaTestResource.owner(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("set local enable_seqscan = off"); // a table this small is read whole whatever its indexes
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery("explain select id from tally.resolution where " + condition)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            c.rollback();
            return plan.toString();
        }
    }

    @Test
    void aCountrysVotesComeInPages() {
        given().get("/countries/FRA/votes").then().statusCode(200).body("votes", hasSize(3)).body("next", nullValue());
        assertEquals(List.of("x-3000", "x-2000", "x-1000"), Pages.all("/countries/FRA/votes", 2, "votes.resolution_id"));
        given().queryParam("limit", 2).get("/countries/DEU/votes").then().statusCode(200).body("votes", hasSize(2))
                .body("votes[0].resolution_id", equalTo("x-2999"));
        given().queryParam("limit", 201).get("/countries/DEU/votes").then().statusCode(400).contentType("application/problem+json");
    }

    /** The test profile bounds the cache at 200,000 bytes; the documents of all records weigh several times that. */
    @Test
    void theDocumentCacheStaysWithinItsBytes() {
        assertEquals(RECORDS, Pages.all("/resolutions", 200, "items.id").size(), "every document is answered, held or not");
        long held = docs.heldBytes();
        assertTrue(held > 0 && held <= 200_000, "held " + held + " bytes");
    }
}
