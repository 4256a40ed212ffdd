package io.votewire.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * A record too thin to list (no count, no symbol, one source: the tally marks it unlisted) is in no listing, no
 * change feed and no country's votes; its article shows the claim as an unplaced mention, and the record stays
 * readable by its id.
 */
@QuarkusTest
@WithTestResource(value = TallySchemaTestResource.class)
class UnplacedMentionsTest {
    @BeforeEach
    void aListedVoteAndAThinMentionFromOneArticle() throws Exception {
        try (Connection c = TallySchemaTestResource.owner(); Statement s = c.createStatement()) {
            TallyRows.clear(c);
            TallyRows.resolution(c, "r-counted", "2025-02-24", "{\"id\":\"r-counted\",\"body\":\"GA\",\"sources\":1,"
                    + "\"counts\":{\"yes\":93,\"no\":18,\"abstain\":65},\"positions\":{\"USA\":\"no\"},\"listed\":true}");
            TallyRows.resolution(c, "r-thin", null, "{\"id\":\"r-thin\",\"body\":\"GA\",\"sources\":1,"
                    + "\"counts\":{\"yes\":null,\"no\":null,\"abstain\":null},\"positions\":{\"HUN\":\"no\"},\"listed\":false}");
            s.execute("update tally.resolution set listed = false where id = 'r-thin'");
            s.execute("insert into tally.article (id, status, updated_at) values ('a-1', 'tallied', now())");
            s.execute("insert into tally.claim (event_id, extractor_version, article_id, source, resolution_id, event, superseded, created_at) values "
                    + "('a-1#1', 'v1', 'a-1', 's', 'r-counted', '{\"event_id\":\"a-1#1\",\"body\":\"GA\",\"counts\":{\"yes\":93}}', false, now()), "
                    + "('a-1#2', 'v1', 'a-1', 's', 'r-thin', '{\"event_id\":\"a-1#2\",\"body\":\"GA\",\"kind\":\"amendment\"}', false, now())");
        }
    }

    @Test
    void aThinRecordIsNotListedButItsArticleShowsTheMention() {
        given().get("/resolutions").then().statusCode(200).body("items.id", equalTo(List.of("r-counted")));
        given().get("/changes?since=0").then().statusCode(200).body("items.id", equalTo(List.of("r-counted")));
        given().get("/countries/HUN/votes").then().statusCode(200).body("votes", hasSize(0));
        given().get("/articles/a-1").then().statusCode(200)
                .body("events", hasSize(2))
                .body("unplaced_mentions", hasSize(1))
                .body("unplaced_mentions[0].event_id", equalTo("a-1#2"))
                .body("unplaced_mentions[0].resolution_id", equalTo("r-thin"));
        given().get("/resolutions/r-thin").then().statusCode(200).body("listed", equalTo(false));
    }

    /** Once it has a count (or a second source, or a symbol) the tally lists it: it enters the list and the feed. */
    @Test
    void aRecordThatBecomesListedEntersTheListAndTheFeed() throws Exception {
        String next = given().get("/changes?since=0").then().statusCode(200).extract().path("next");
        try (Connection c = TallySchemaTestResource.owner(); Statement s = c.createStatement()) {
            s.execute("update tally.resolution set listed = true, yes = 40, revision = 2, doc = jsonb_set(doc, '{listed}', 'true'), "
                    + "change_seq = nextval('tally.resolution_change_seq'), updated_at = now() where id = 'r-thin'");
        }
        given().get("/resolutions").then().statusCode(200).body("items.id", equalTo(List.of("r-counted", "r-thin")));
        given().get("/changes?since=" + next).then().statusCode(200).body("items.id", equalTo(List.of("r-thin")));
        given().get("/articles/a-1").then().statusCode(200).body("unplaced_mentions", hasSize(0));
    }
}
