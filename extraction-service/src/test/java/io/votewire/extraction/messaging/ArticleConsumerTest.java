package io.votewire.extraction.messaging;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.votewire.contract.Article;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Evidence;
import io.votewire.contract.Json;
import io.votewire.contract.MessageRejected;
import io.votewire.contract.VoteEvent;
import io.votewire.extraction.engine.VoteExtractor;
import io.votewire.testkit.KafkaTestResource;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import static io.votewire.testkit.Topics.firstWithKey;
import static io.votewire.testkit.Topics.send;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
class ArticleConsumerTest {
    @Inject
    ExtractionPublisher publisher;

    @Test
    void anArticleBecomesOneVoteEventsMessageKeyedByItsId() {
        String id = "x-" + UUID.randomUUID();
        send("articles", id, Json.write(new Article(Article.VERSION, id, null, "2031-05-03", null,
                "The Security Council on Friday adopted resolution 2999 (2031) by 13 votes to none, with 2 abstentions.",
                Instant.now())));
        ArticleExtraction x = Json.read(firstWithKey("vote-events", id).value(), ArticleExtraction.class);
        assertNull(x.error());
        assertEquals(1, x.events().size());
        assertEquals("SC", x.events().get(0).body());
        assertEquals(13, x.events().get(0).counts().yes());
        assertEquals(id + "#1", x.events().get(0).eventId());
    }

    @Test
    void aMessageThatIsNotAnArticleIsDeadLetteredAndReportedFailed() {
        String id = "bad-" + UUID.randomUUID();
        send("articles", id, "{\"version\": 99}");
        ConsumerRecord<String, String> dead = firstWithKey("articles-dlq", id);
        assertTrue(new String(dead.headers().lastHeader("dead-letter-reason").value()).contains("version 99"));
        ArticleExtraction x = Json.read(firstWithKey("vote-events", id).value(), ArticleExtraction.class);
        assertTrue(x.error().contains("version 99"), x.error());
    }

    @Test
    void anArticleTheEngineThrowsOnIsDeadLetteredAndReportedFailedWhileTheStreamGoesOn() {
        String poison = "huge-" + UUID.randomUUID();
        send("articles", poison, Json.write(new Article(Article.VERSION, poison, null, "2031-05-03", null,
                "The General Assembly voted. ".repeat(1000), Instant.now())));
        String next = "next-" + UUID.randomUUID();
        send("articles", next, Json.write(new Article(Article.VERSION, next, null, "2031-05-03", null,
                "The Security Council on Friday adopted resolution 2998 (2031) unanimously.", Instant.now())));
        ConsumerRecord<String, String> dead = firstWithKey("articles-dlq", poison);
        assertTrue(new String(dead.headers().lastHeader("dead-letter-reason").value()).contains("over the engine's limit"));
        assertTrue(Json.read(firstWithKey("vote-events", poison).value(), ArticleExtraction.class).error().contains("limit"));
        assertNull(Json.read(firstWithKey("vote-events", next).value(), ArticleExtraction.class).error());
    }

    @Test
    void anErrorFromTheEngineIsARejectionAndTheArticleEndsFailedWithTheReason() {
        ArticleConsumer consumer = new ArticleConsumer(publisher, article -> {
            throw new StackOverflowError("an expression recursed too deep");
        });
        String id = "error-" + UUID.randomUUID();
        ConsumerRecord<String, String> record = new ConsumerRecord<>("articles", 0, 0, id, Json.write(new Article(
                Article.VERSION, id, null, "2031-05-03", null, "The General Assembly voted.", Instant.now())));
        // a MessageRejected is what the dead-letter strategy takes, as the test above shows for a RuntimeException
        MessageRejected rejected = assertThrows(MessageRejected.class, () -> consumer.onArticle(record));
        assertTrue(rejected.getMessage().contains("StackOverflowError"), rejected.getMessage());
        ArticleExtraction x = Json.read(firstWithKey("vote-events", id).value(), ArticleExtraction.class);
        assertNull(x.events());
        assertTrue(x.error().contains("StackOverflowError: an expression recursed too deep"), x.error());
    }

    @Test
    void anExtractionAnswersTheAttemptOfItsArticleWhetherItSucceedsOrFails() {
        // an article an operator had processed again for the third time (the tally's POST /admin/reprocess)
        String read = "again-" + UUID.randomUUID();
        new ArticleConsumer(publisher, article -> events(read, 1, "The General Assembly voted."))
                .onArticle(thirdAttempt(read));
        assertEquals(3, Json.read(firstWithKey("vote-events", read).value(), ArticleExtraction.class).attempt());
        String failed = "again-failed-" + UUID.randomUUID();
        ArticleConsumer failing = new ArticleConsumer(publisher, article -> {
            throw new IllegalStateException("still broken");
        });
        assertThrows(MessageRejected.class, () -> failing.onArticle(thirdAttempt(failed)));
        ArticleExtraction x = Json.read(firstWithKey("vote-events", failed).value(), ArticleExtraction.class);
        assertNotNull(x.error());
        assertEquals(3, x.attempt());
    }

    private static ConsumerRecord<String, String> thirdAttempt(String id) {
        return new ConsumerRecord<>("articles", 0, 0, id, Json.write(new Article(Article.VERSION, id, null, "2031-05-03",
                null, "The General Assembly voted.", Instant.now(), 3)));
    }

    @Test
    void anArticlePastTheEnginesDeadlineIsRejectedAndEndsFailedWithTheReason() {
        // the real engine with a deadline already past at its first sentence: how an article built to be slow ends
        ArticleConsumer consumer = new ArticleConsumer(publisher,
                new VoteExtractor(VoteExtractor.DEFAULT_MAX_CHARS, Duration.ZERO)::extract);
        String id = "slow-" + UUID.randomUUID();
        MessageRejected rejected = assertThrows(MessageRejected.class, () -> consumer.onArticle(article(id, null)));
        assertTrue(rejected.getMessage().contains("extraction exceeded its deadline of 0 ms"), rejected.getMessage());
        ArticleExtraction x = Json.read(firstWithKey("vote-events", id).value(), ArticleExtraction.class);
        assertNull(x.events());
        assertTrue(x.error().contains("extraction exceeded its deadline of 0 ms"), x.error());
    }

    @Test
    void anArticleFullOfVotesIsPublishedWithinTheMessageCaps() {
        // 150 events with three 3,000-byte sentences each: 1.4 MB, over Kafka's 1 MiB, before the caps
        String id = "votes-" + UUID.randomUUID();
        ArticleConsumer consumer = new ArticleConsumer(publisher, article -> events(id, 150, "é".repeat(1_500)));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> consumer.onArticle(article(id, null)));
        ArticleExtraction x = Json.read(firstWithKey("vote-events", id).value(), ArticleExtraction.class);
        assertNull(x.error());
        assertEquals(100, x.events().size());
        assertEquals(id + "#100", x.events().get(99).eventId());
        for (VoteEvent e : x.events()) {
            assertEquals(1, e.evidence().size()); // the second sentence would take it over 4,096 bytes
            assertEquals(new Evidence("é".repeat(1_500), 0, 1_500), e.evidence().get(0));
        }
        // a first sentence longer than the cap is cut to it, whole characters, offsets to match
        String longer = "long-" + UUID.randomUUID();
        new ArticleConsumer(publisher, article -> events(longer, 1, "é".repeat(3_000))).onArticle(article(longer, null));
        Evidence cut = Json.read(firstWithKey("vote-events", longer).value(), ArticleExtraction.class)
                .events().get(0).evidence().get(0);
        assertEquals(new Evidence("é".repeat(2_048), 0, 2_048), cut);
    }

    @Test
    void anExtractionTheBrokerRefusesAsTooLargeIsRejectedAndReportedFailedNotRetriedForEver() {
        // within the caps (about 320 KB of events), but with an 800 KB headline the message is over 1 MiB
        String id = "headline-" + UUID.randomUUID();
        ArticleConsumer consumer = new ArticleConsumer(publisher, article -> events(id, 100, "x".repeat(3_000)));
        MessageRejected rejected = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(MessageRejected.class, () -> consumer.onArticle(article(id, "h".repeat(800_000)))));
        assertTrue(rejected.getMessage().contains("RecordTooLargeException"), rejected.getMessage());
        ArticleExtraction x = Json.read(firstWithKey("vote-events", id).value(), ArticleExtraction.class);
        assertNull(x.events());
        assertTrue(x.error().contains("RecordTooLargeException"), x.error());
    }

    private static ConsumerRecord<String, String> article(String id, String headline) {
        return new ConsumerRecord<>("articles", 0, 0, id, Json.write(new Article(Article.VERSION, id, null, "2031-05-03",
                headline, "The General Assembly voted.", Instant.now())));
    }

    /** {@code n} events, each with three evidence sentences of {@code sentence}. */
    private static List<VoteEvent> events(String articleId, int n, String sentence) {
        List<VoteEvent> events = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Evidence e = new Evidence(sentence, 0, sentence.length());
            events.add(new VoteEvent(articleId + "#" + i, "GA", "resolution", "2031-05-03", null, null, List.of(),
                    null, "adopted", Map.of(), List.of(e, e, e), 0.9));
        }
        return events;
    }
}
