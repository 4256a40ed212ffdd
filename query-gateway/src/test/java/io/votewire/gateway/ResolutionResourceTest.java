package io.votewire.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = TallySchemaTestResource.class)
class ResolutionResourceTest {
    @BeforeEach
    void fiveResolutionsAndOneArticle() throws Exception {
        try (Connection c = TallySchemaTestResource.owner(); Statement s = c.createStatement()) {
            TallyRows.clear(c);
            for (int i = 1; i <= 5; i++) {
                TallyRows.resolution(c, "r-" + i, "2025-02-2" + i, "{\"id\":\"r-" + i + "\",\"body\":\"GA\",\"sources\":1,\"counts\":{\"yes\":9" + i
                        + ",\"no\":1,\"abstain\":2},\"positions\":{\"FRA\":\"" + (i % 2 == 0 ? "yes" : "no") + "\"}}");
            }
            s.execute("insert into tally.article (id, status, updated_at, outlet) values ('a-1', 'tallied', now(), 'press.un.org')");
            s.execute("insert into tally.source_trust (outlet, agreed, disagreed, weight, updated_at) values ('press.un.org', 4, 1, 1.8, now())"
                    + " on conflict (outlet) do nothing");
            s.execute("insert into tally.claim (event_id, extractor_version, article_id, source, resolution_id, event, superseded, created_at) "
                    + "values ('a-1#1', 'v1', 'a-1', 's', 'r-2', '{\"event_id\":\"a-1#1\",\"body\":\"GA\",\"counts\":{\"yes\":92}}', false, now()), "
                    + "('a-1#1', 'v0', 'a-1', 's', 'r-1', '{\"event_id\":\"a-1#1\",\"body\":\"GA\"}', true, now())");
        }
    }

    @Test
    void pagesWalkEveryResolutionNewestFirstOnce() {
        assertEquals(List.of("r-5", "r-4", "r-3", "r-2", "r-1"), Pages.all("/resolutions", 2, "items.id"));
    }

    @Test
    void aResolutionIsItsDocumentWithAValidator() {
        String etag = given().get("/resolutions/r-3").then().statusCode(200)
                .body("counts.yes", equalTo(93)).extract().header("ETag");
        given().header("If-None-Match", etag).get("/resolutions/r-3").then().statusCode(304);
        given().get("/resolutions/nope").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("nope"));
    }

    /** Pollers' copies are checked against the change feed's memory; a change reaches it within a poll of the feed. */
    @Test
    void aChangeMakesTheOldTagsStaleAndTheNewOnesCurrent() throws Exception {
        String detail = currentTag("/resolutions/r-4");
        String list = currentTag("/resolutions?limit=2"); // the records were just written: a tag holds once the feed has them
        given().header("If-None-Match", detail).get("/resolutions/r-4").then().statusCode(304).header("ETag", detail);
        given().header("If-None-Match", list).get("/resolutions?limit=3").then().statusCode(200);
        try (Connection c = TallySchemaTestResource.owner(); Statement s = c.createStatement()) {
            s.execute("update tally.resolution set revision = 2, doc = jsonb_set(doc, '{counts,yes}', '100'), "
                    + "change_seq = nextval('tally.resolution_change_seq'), updated_at = now() where id = 'r-4'");
        }
        await().atMost(Duration.ofSeconds(10)).until(() ->
                given().header("If-None-Match", detail).get("/resolutions/r-4").statusCode() == 200);
        String changed = given().header("If-None-Match", detail).get("/resolutions/r-4").then().statusCode(200)
                .body("counts.yes", equalTo(100)).extract().header("ETag");
        given().header("If-None-Match", changed).get("/resolutions/r-4").then().statusCode(304);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                given().header("If-None-Match", list).get("/resolutions?limit=2").statusCode() == 200);
    }

    private static String currentTag(String path) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            String tag = given().get(path).then().statusCode(200).extract().header("ETag");
            return given().header("If-None-Match", tag).get(path).statusCode() == 304 ? tag : null;
        }, java.util.Objects::nonNull);
    }

    @Test
    void everyOtherReadHasAStrongTagOfItsBody() {
        for (String path : List.of("/articles/a-1", "/countries/FRA/votes", "/resolutions/r-2/sources", "/changes?since=0")) {
            String tag = given().get(path).then().statusCode(200).extract().header("ETag");
            assertTrue(tag != null && tag.startsWith("\"b"), path + ": " + tag);
            given().header("If-None-Match", tag).get(path).then().statusCode(304);
            given().header("If-None-Match", "\"b0\"").get(path).then().statusCode(200);
        }
    }

    @Test
    void anArticleShowsItsCurrentEventsWithTheirResolution() {
        given().get("/articles/a-1").then().statusCode(200).body("status", equalTo("tallied"))
                .body("events", hasSize(1)).body("events[0].resolution_id", equalTo("r-2"))
                .body("error", nullValue());
        given().get("/articles/unknown").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void filtersNarrowTheListing() {
        given().queryParam("country", "fra").queryParam("vote", "yes").get("/resolutions").then().statusCode(200)
                .body("items.id", equalTo(List.of("r-4", "r-2")));
        given().queryParam("from", "2025-02-23").queryParam("to", "2025-02-24").get("/resolutions").then().statusCode(200)
                .body("items.id", equalTo(List.of("r-4", "r-3")));
        given().queryParam("sort", "updated").queryParam("limit", 1).get("/resolutions").then().statusCode(200)
                .body("items.id", equalTo(List.of("r-5")));
    }

    @Test
    void aCountryHasItsVotingRecord() {
        given().get("/countries/FRA/votes").then().statusCode(200).body("votes", hasSize(5))
                .body("votes[0].resolution_id", equalTo("r-5")).body("votes[0].vote", equalTo("no"));
        given().get("/countries/FRANCE/votes").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theChangesFeedGivesWhatMovedAfterACursor() {
        var all = given().get("/changes").then().statusCode(200).extract().jsonPath();
        assertEquals(5, all.getList("items").size());
        given().queryParam("since", all.getString("next")).get("/changes").then().statusCode(200).body("items", hasSize(0));
        given().queryParam("since", "x").get("/changes").then().statusCode(400);
    }

    @Test
    void aResolutionShowsTheClaimsBehindIt() {
        given().get("/resolutions/r-2/sources").then().statusCode(200)
                .body("claims", hasSize(1)).body("claims[0].article_id", equalTo("a-1"))
                .body("claims[0].outlet", equalTo("press.un.org")).body("claims[0].weight", equalTo(1.8f))
                .body("claims[0].event.counts.yes", equalTo(92));
    }

    @Test
    void badQueriesGetAReason() {
        given().queryParam("body", "UNGA").get("/resolutions").then().statusCode(400).body("detail", containsString("body"));
        given().queryParam("from", "24/02/2025").get("/resolutions").then().statusCode(400).body("detail", containsString("from"));
        given().queryParam("limit", 0).get("/resolutions").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("limit"));
        given().queryParam("cursor", "!!").get("/resolutions").then().statusCode(400)
                .body("detail", containsString("cursor"));
    }

    /** A cursor in the right shape is still client input: each part is checked, none reaches the database unchecked. */
    @Test
    void everyPartOfACursorIsChecked() {
        Map<String, String> hostile = Map.of(
                "d\n2025-02-23\nr-3\u0000", "id part",
                "d\n2025-02-2\u00003\nr-3", "date part",
                "d\n2025-02-23' or '1'='1\nr-3", "date part",
                "d\n9999-99-99\nr-3", "date part",
                "d\n2025-02-23\nr-3'; drop table tally.resolution; --", "id part",
                "u\n-1\nr-3", "change part",
                "u\n12\u0000\nr-3", "change part",
                "u\n12\n", "id part");
        hostile.forEach((raw, part) -> given().queryParam("cursor", cursor(raw)).queryParam("sort", raw.startsWith("u") ? "updated" : "date")
                .get("/resolutions").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString(part)).body("detail", not(containsString("ERROR"))));
        given().queryParam("cursor", cursor("d\n2025-02-23\nr-3")).get("/resolutions").then().statusCode(200)
                .body("items.id", equalTo(List.of("r-2", "r-1")));
    }

    private static String cursor(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
