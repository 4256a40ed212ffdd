package io.votewire.tally.messaging;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.votewire.contract.Article;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Counts;
import io.votewire.contract.Evidence;
import io.votewire.contract.Fingerprint;
import io.votewire.contract.Json;
import io.votewire.contract.VoteEvent;
import io.votewire.tally.domain.ResolutionRecord;
import io.votewire.tally.persistence.StoredArticle;
import io.votewire.tally.persistence.StoredClaim;
import io.votewire.tally.persistence.Documents;
import io.votewire.tally.persistence.StoredResolution;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.ManagementPort;
import io.votewire.testkit.PostgresTestResource;
import io.votewire.testkit.Topics;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class TallyConsumersTest {
    @Inject
    TallyConsumers consumers;

    @Test
    void redeliveredExtractionsChangeNothing() throws Exception {
        String id = "art-" + UUID.randomUUID();
        String symbol = "A/RES/77/" + Math.abs(id.hashCode() % 1000);
        ArticleExtraction x = extraction(id, symbol, null);
        Topics.send("vote-events", id, Json.write(x));
        Topics.send("vote-events", id, Json.write(x));
        awaitStatus(id, "tallied");
        // a marker after the duplicate on the same partition (same key): once it is tallied, the duplicate was consumed
        String marker = "art-" + UUID.randomUUID();
        Topics.send("vote-events", id, Json.write(x));
        Topics.send("vote-events", id, Json.write(extraction(marker, "A/RES/77/9999", null)));
        awaitStatus(marker, "tallied");

        QuarkusTransaction.requiringNew().run(() -> {
            List<StoredClaim> claims = StoredClaim.currentOfArticle(id);
            assertEquals(1, claims.size());
            StoredResolution r = StoredResolution.findById(claims.get(0).resolutionId);
            assertEquals(1, r.revision);
            assertEquals(1, Json.read(r.doc, ResolutionRecord.class).sources());
        });
    }

    @Test
    void aFailedExtractionMarksTheArticleFailed() {
        String id = "art-" + UUID.randomUUID();
        Topics.send("vote-events", id, Json.write(extraction(id, null, "the extraction engine failed: boom")));
        awaitStatus(id, "failed");
    }

    @Test
    void aMessageThatIsNotOursGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
        Topics.send("vote-events", "poison", "{not json");
        String id = "art-" + UUID.randomUUID();
        Topics.send("vote-events", id, Json.write(extraction(id, "A/RES/78/1", null)));
        awaitStatus(id, "tallied");
        ConsumerRecord<String, String> dead = Topics.firstWithKey("vote-events-dlq", "poison");
        String reason = new String(dead.headers().lastHeader("dead-letter-reason").value());
        assertTrue(reason.contains("malformed"), reason);
    }

    @Test
    void aNewerExtractorReplacesTheOlderClaimsAndAnOlderOneNeverComesBack() {
        String id = "art-" + UUID.randomUUID();
        String symbol = "A/RES/79/" + Math.abs(id.hashCode() % 1000);
        Topics.send("vote-events", id, Json.write(extraction(id, symbol, null, "test-1", 120, "fp-" + id)));
        awaitStatus(id, "tallied");
        Topics.send("vote-events", id, Json.write(extraction(id, symbol, null, "test-2", 121, "fp-" + id)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "test-2".equals(extractorVersionOf(id)));
        // the old engine's message again, then a marker on the same partition: once the marker is in, it was read
        Topics.send("vote-events", id, Json.write(extraction(id, symbol, null, "test-1", 120, "fp-" + id)));
        String marker = "art-" + UUID.randomUUID();
        Topics.send("vote-events", id, Json.write(extraction(marker, "A/RES/79/9999", null)));
        awaitStatus(marker, "tallied");
        QuarkusTransaction.requiringNew().run(() -> {
            List<StoredClaim> claims = StoredClaim.currentOfArticle(id);
            assertEquals(1, claims.size());
            assertEquals("test-2", claims.get(0).key.extractorVersion());
            ResolutionRecord r = Json.read(StoredResolution.<StoredResolution>findById(claims.get(0).resolutionId).doc, ResolutionRecord.class);
            assertEquals(121, r.counts().yes());
        });
    }

    @Test
    void copiesOfOneStoryAreOneSource() {
        String story = "UNITED NATIONS - The General Assembly adopted resolution " + UUID.randomUUID()
                + " on ocean cooperation by 120 votes to 3, with 40 abstentions, after a debate in which small island"
                + " states pressed for faster action on rising seas and several delegations asked for more funding.";
        String symbol = "A/RES/80/" + Math.abs(story.hashCode() % 1000);
        String first = "art-" + UUID.randomUUID();
        String copy = "art-" + UUID.randomUUID();
        String other = "art-" + UUID.randomUUID();
        Topics.send("vote-events", first, Json.write(extraction(first, symbol, null, "test-1", 120, Fingerprint.of(story).toString())));
        Topics.send("vote-events", copy, Json.write(extraction(copy, symbol, null, "test-1", 120,
                Fingerprint.of("By a staff writer. " + story + " Read more on our site.").toString())));
        Topics.send("vote-events", other, Json.write(extraction(other, symbol, null, "test-1", 120,
                Fingerprint.of("Delegates backed the ocean text " + symbol + " on Tuesday, 120 to 3.").toString())));
        awaitStatus(first, "tallied");
        awaitStatus(copy, "tallied");
        awaitStatus(other, "tallied");
        QuarkusTransaction.requiringNew().run(() -> {
            ResolutionRecord record = Documents.record(StoredClaim.currentOfArticle(first).get(0).resolutionId);
            assertEquals(3, record.articles().size());
            assertEquals(2, record.sources(), "the copy is not an independent source");
        });
    }

    @Test
    void reExtractionRepublishesTheStoredArticlesForOperatorsOnly() {
        String id = "art-" + UUID.randomUUID();
        Topics.send("articles", id, Json.write(new Article(Article.VERSION, id, null, "2031-01-02", null, "Some text.", Instant.now())));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> StoredArticle.findById(id) != null));
        // not on the public port, even with the token: only on the management interface
        given().header("Authorization", "Bearer test-admin-token").post("/admin/reextract").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/q/openapi").then().statusCode(200).body(not(containsString("/admin")));
        given().port(ManagementPort.get()).post("/admin/reextract").then().statusCode(401).contentType("application/problem+json");
        given().port(ManagementPort.get()).header("Authorization", "Bearer wrong").post("/admin/reextract").then().statusCode(401);
        given().port(ManagementPort.get()).header("Authorization", "Bearer test-admin-token").post("/admin/reextract")
                .then().statusCode(202).body("republished", greaterThanOrEqualTo(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> Topics.allWithKey("articles", id).size() >= 2);
    }

    /**
     * One batch, one transaction: a message that is not ours is set aside before it, and a message the tally cannot
     * apply (an event without a body makes no record) fails the batch, which is then applied message by message:
     * every other message is applied exactly once, the two bad ones are dead-lettered with their reasons.
     */
    @Test
    void aBatchWithBadMessagesAppliesEveryOtherMessageOnce() {
        String a = "art-" + UUID.randomUUID();
        String b = "art-" + UUID.randomUUID();
        String bodyless = "art-" + UUID.randomUUID();
        VoteEvent noBody = new VoteEvent(bodyless + "#1", null, "resolution", "2031-01-01", "a text", null, List.of(),
                new Counts(1, 2, 3), null, Map.of(), List.of(), 0.5);
        List<ConsumerRecord<String, String>> batch = List.of(
                new ConsumerRecord<>("vote-events", 0, 0, a, Json.write(extraction(a, "A/RES/81/" + Math.abs(a.hashCode() % 1000), null))),
                new ConsumerRecord<>("vote-events", 0, 1, "poison-" + a, "{not json"),
                new ConsumerRecord<>("vote-events", 0, 2, bodyless, Json.write(new ArticleExtraction(ArticleExtraction.VERSION,
                        bodyless, "test-1", "2031-01-02", null, null, null, List.of(noBody), null, Instant.now()))),
                new ConsumerRecord<>("vote-events", 0, 3, b, Json.write(extraction(b, "A/RES/82/" + Math.abs(b.hashCode() % 1000), null))),
                new ConsumerRecord<>("vote-events", 0, 4, a, Json.write(extraction(a, "A/RES/81/" + Math.abs(a.hashCode() % 1000), null))));
        consumers.onExtractions(new ConsumerRecords<>(Map.of(new TopicPartition("vote-events", 0), batch)));

        QuarkusTransaction.requiringNew().run(() -> {
            for (String id : List.of(a, b)) {
                assertEquals("tallied", StoredArticle.<StoredArticle>findById(id).status);
                List<StoredClaim> claims = StoredClaim.currentOfArticle(id);
                assertEquals(1, claims.size());
                StoredResolution r = StoredResolution.findById(claims.get(0).resolutionId);
                assertEquals(1, r.revision);
                assertEquals(List.of(id), Documents.record(r.id).articles());
            }
            assertTrue(StoredClaim.currentOfArticle(bodyless).isEmpty());
        });
        String malformed = new String(Topics.firstWithKey("vote-events-dlq", "poison-" + a).headers().lastHeader("dead-letter-reason").value());
        assertTrue(malformed.contains("malformed"), malformed);
        String failed = new String(Topics.firstWithKey("vote-events-dlq", bodyless).headers().lastHeader("dead-letter-reason").value());
        assertTrue(failed.contains("failed 5 times"), failed);
    }

    private static String extractorVersionOf(String id) {
        return QuarkusTransaction.requiringNew().call(() -> StoredArticle.<StoredArticle>findById(id).extractorVersion);
    }

    private static ArticleExtraction extraction(String id, String symbol, String error) {
        return extraction(id, symbol, error, "test-1", 120, "fp-" + id);
    }

    private static ArticleExtraction extraction(String id, String symbol, String error, String version, int yes, String fingerprint) {
        VoteEvent e = new VoteEvent(id + "#1", "GA", "resolution", "2031-01-01", "a resolution on cooperation", symbol,
                List.of(), new Counts(yes, 3, 40), "adopted", Map.of("FRA", "yes"),
                List.of(new Evidence("It was adopted.", 0, 16)), 0.9);
        return new ArticleExtraction(ArticleExtraction.VERSION, id, version, "2031-01-02", null, null, fingerprint,
                error == null ? List.of(e) : null, error, Instant.now());
    }

    private static void awaitStatus(String id, String status) {
        await(id + " " + status).atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            StoredArticle a = StoredArticle.findById(id);
            return a != null && status.equals(a.status);
        }));
    }

}
