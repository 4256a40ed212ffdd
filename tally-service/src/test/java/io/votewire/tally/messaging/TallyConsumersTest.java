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
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

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
        send("vote-events", id, Json.write(x));
        send("vote-events", id, Json.write(x));
        awaitStatus(id, "tallied");
        // a marker after the duplicate on the same partition (same key): once it is tallied, the duplicate was consumed
        String marker = "art-" + UUID.randomUUID();
        send("vote-events", id, Json.write(x));
        send("vote-events", id, Json.write(extraction(marker, "A/RES/77/9999", null)));
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
        send("vote-events", id, Json.write(extraction(id, null, "the extraction engine failed: boom")));
        awaitStatus(id, "failed");
    }

    @Test
    void aMessageThatIsNotOursGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
        send("vote-events", "poison", "{not json");
        String id = "art-" + UUID.randomUUID();
        send("vote-events", id, Json.write(extraction(id, "A/RES/78/1", null)));
        awaitStatus(id, "tallied");
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        AtomicReference<String> reason = new AtomicReference<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of("vote-events-dlq"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                c.poll(Duration.ofMillis(200)).forEach(r -> {
                    if ("poison".equals(r.key())) {
                        reason.set(new String(r.headers().lastHeader("dead-letter-reason").value()));
                    }
                });
                return reason.get() != null;
            });
        }
        assertTrue(reason.get().contains("malformed"), reason.get());
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

    private static void send(String topic, String key, String value) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers());
        try (KafkaProducer<String, String> p = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            p.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
