package io.votewire.tally.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.votewire.contract.Article;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Counts;
import io.votewire.contract.Evidence;
import io.votewire.contract.Json;
import io.votewire.contract.VoteEvent;
import io.votewire.tally.domain.ResolutionRecord;
import io.votewire.tally.persistence.Documents;
import io.votewire.tally.persistence.KeptArticle;
import io.votewire.tally.persistence.StoredArticle;
import io.votewire.tally.persistence.StoredClaim;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.PostgresTestResource;
import io.votewire.testkit.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A failed article processed again once its cause is fixed, on the real broker and database; the test reads what the
 * tally republishes on "articles" and answers on "vote-events" as the extraction service does (which echoes the
 * attempt: ArticleConsumerTest).
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class ReprocessTest {
    private static final String VERSION = "test-1";

    @Test
    void aFailedArticleReprocessedEndsTalliedOnceAndReprocessingAgainCountsNothingTwice() {
        String id = "failed-" + UUID.randomUUID();
        String symbol = "A/RES/83/" + Math.abs(id.hashCode() % 1000);
        Topics.send("articles", id, Json.write(new Article(Article.VERSION, id, null, "2031-01-02", null,
                "The Assembly adopted the text.", Instant.now())));
        Topics.send("vote-events", id, Json.write(answer(id, symbol, 0, "extraction exceeded its deadline of 2000 ms")));
        awaitFailedWithItsText(id);

        // the same engine reads it again (the cause was the deadline on a loaded machine): before, the tally took its
        // answer for a redelivery and the article stayed failed for ever
        admin().body(Map.of("ids", List.of(id, "never-seen"))).post("/admin/reprocess").then().statusCode(202)
                .body("republished", equalTo(1)).body("not_kept", equalTo(List.of("never-seen")));
        assertEquals(1, lastAttemptPublished(id));
        Topics.send("vote-events", id, Json.write(answer(id, symbol, 1, null)));
        awaitStatus(id, "tallied");
        assertCountedOnce(id);

        // again: the article is tallied, so neither the answer to the new attempt nor the old failure changes it
        admin().body(Map.of("ids", List.of(id))).post("/admin/reprocess").then().statusCode(202).body("republished", equalTo(1));
        assertEquals(2, lastAttemptPublished(id));
        Topics.send("vote-events", id, Json.write(answer(id, symbol, 2, null)));
        Topics.send("vote-events", id, Json.write(answer(id, symbol, 1, null)));
        Topics.send("vote-events", id, Json.write(answer(id, symbol, 0, "extraction exceeded its deadline of 2000 ms")));
        String marker = "marker-" + UUID.randomUUID(); // same key, same partition: once it is tallied, all before it was read
        Topics.send("vote-events", id, Json.write(answer(marker, "A/RES/83/9999", 0, null)));
        awaitStatus(marker, "tallied");
        assertEquals("tallied", status(id));
        assertCountedOnce(id);
    }

    @Test
    void withoutABodyEveryFailedArticleGoesAgainAndAStaleAnswerDoesNotRevive() {
        String id = "failed-" + UUID.randomUUID();
        Topics.send("articles", id, Json.write(new Article(Article.VERSION, id, null, "2031-01-02", null,
                "The Council voted.", Instant.now())));
        Topics.send("vote-events", id, Json.write(answer(id, null, 0, "the extraction engine failed: boom")));
        awaitFailedWithItsText(id);
        // the old failure delivered again and a success of that same first attempt (a stale answer): still failed
        Topics.send("vote-events", id, Json.write(answer(id, "A/RES/84/1", 0, null)));
        String marker = "marker-" + UUID.randomUUID();
        Topics.send("vote-events", id, Json.write(answer(marker, "A/RES/84/9999", 0, null)));
        awaitStatus(marker, "tallied");
        assertEquals("failed", status(id));

        admin().post("/admin/reprocess").then().statusCode(202);
        assertEquals(1, lastAttemptPublished(id));
        // still broken: the newer attempt fails too, and a later reprocessing tries once more
        Topics.send("vote-events", id, Json.write(answer(id, null, 1, "the extraction engine failed: boom")));
        await().atMost(Duration.ofSeconds(30)).until(() -> attempt(id) == 1);
        admin().post("/admin/reprocess").then().statusCode(202);
        assertEquals(2, lastAttemptPublished(id));
        Topics.send("vote-events", id, Json.write(answer(id, "A/RES/84/" + Math.abs(id.hashCode() % 1000), 2, null)));
        awaitStatus(id, "tallied");
        assertCountedOnce(id);
    }

    @Test
    void reprocessingIsForOperatorsAndRefusesAMalformedRequestWithTheReason() {
        operators().header("Authorization", "Bearer wrong").post("/admin/reprocess").then().statusCode(401)
                .contentType("application/problem+json");
        operators().post("/admin/reprocess").then().statusCode(401);
        admin().body("{\"ids\": [1]}").post("/admin/reprocess").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'ids' must hold strings"));
        admin().body("{\"ids\": []}").post("/admin/reprocess").then().statusCode(400)
                .body("detail", containsString("with 1 to 1000 ids"));
        admin().body("{\"ids\":").post("/admin/reprocess").then().statusCode(400).body("detail", containsString("malformed JSON"));
    }

    private static RequestSpecification admin() {
        return operators().header("Authorization", "Bearer test-admin-token").contentType(ContentType.JSON);
    }

    /** Operators' endpoints: on the management interface where it is enabled (issue 17, item 11), else the API's port. */
    private static RequestSpecification operators() {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue("quarkus.management.enabled", Boolean.class).orElse(false)
                ? given().port(config.getValue("quarkus.management.test-port", Integer.class)) : given();
    }

    /** The attempt of the newest record with this key on "articles", as the tally republished it. */
    private static int lastAttemptPublished(String id) {
        List<ConsumerRecord<String, String>> published = Topics.allWithKey("articles", id);
        return Json.read(published.get(published.size() - 1).value(), Article.class).attempt();
    }

    private static ArticleExtraction answer(String id, String symbol, int attempt, String error) {
        VoteEvent e = new VoteEvent(id + "#1", "GA", "resolution", "2031-01-01", "a resolution on reprocessing", symbol,
                List.of(), new Counts(101, 3, 9), "adopted", Map.of("PER", "yes"),
                List.of(new Evidence("It was adopted.", 0, 16)), 0.9);
        return new ArticleExtraction(ArticleExtraction.VERSION, id, VERSION, "2031-01-02", null, null, "fp-" + id,
                error == null ? List.of(e) : null, error, Instant.now(), attempt);
    }

    /** One current claim, in a record that lists the article once and counts it as one source. */
    private static void assertCountedOnce(String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<StoredClaim> claims = StoredClaim.currentOfArticle(id);
            assertEquals(1, claims.size(), "claims of " + id);
            ResolutionRecord r = Documents.record(claims.get(0).resolutionId);
            assertEquals(List.of(id), r.articles());
            assertEquals(1, r.sources());
        });
    }

    private static String status(String id) {
        return QuarkusTransaction.requiringNew().call(() -> StoredArticle.<StoredArticle>findById(id).status);
    }

    private static int attempt(String id) {
        return QuarkusTransaction.requiringNew().call(() -> StoredArticle.<StoredArticle>findById(id).attempt);
    }

    /**
     * Failed, and its text kept: the answer on "vote-events" and the article on "articles" come on two topics, so
     * the failure can be recorded before the text that reprocessing sends again.
     */
    private static void awaitFailedWithItsText(String id) {
        await(id + " failed with its text").atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            StoredArticle a = StoredArticle.findById(id);
            return a != null && StoredArticle.FAILED.equals(a.status) && !KeptArticle.of(List.of(id)).isEmpty();
        }));
    }

    private static void awaitStatus(String id, String status) {
        await(id + " " + status).atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            StoredArticle a = StoredArticle.findById(id);
            return a != null && status.equals(a.status);
        }));
    }
}
