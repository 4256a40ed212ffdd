package io.votewire.tally.messaging;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Counts;
import io.votewire.contract.Evidence;
import io.votewire.contract.Json;
import io.votewire.contract.VoteEvent;
import io.votewire.tally.domain.ResolutionRecord;
import io.votewire.tally.persistence.StoredArticle;
import io.votewire.tally.persistence.StoredClaim;
import io.votewire.tally.persistence.StoredResolution;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.PostgresTestResource;
import io.votewire.testkit.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class TallyConsumersTest {

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

    private static ArticleExtraction extraction(String id, String symbol, String error) {
        VoteEvent e = new VoteEvent(id + "#1", "GA", "resolution", "2031-01-01", "a resolution on cooperation", symbol,
                List.of(), new Counts(120, 3, 40), "adopted", Map.of("FRA", "yes"),
                List.of(new Evidence("It was adopted.", 0, 16)), 0.9);
        return new ArticleExtraction(ArticleExtraction.VERSION, id, "test-1", "2031-01-02", null, null, "fp-" + id,
                error == null ? List.of(e) : null, error, Instant.now());
    }

    private static void awaitStatus(String id, String status) {
        await(id + " " + status).atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            StoredArticle a = StoredArticle.findById(id);
            return a != null && status.equals(a.status);
        }));
    }

}
