package io.votewire.tally.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Counts;
import io.votewire.contract.VoteEvent;
import io.votewire.tally.persistence.StoredArticle;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.PostgresTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article's text (topic "articles") and its status (topic "vote-events") are written by two consumers at once:
 * one that read the row before the other committed must not put back what the other had replaced.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class ArticleRowRaceTest {
    private static final String ID = "row-race-1";

    @Inject
    ExtractionTally tally;

    @Test
    void theTextWrittenAfterTheTallyKeepsTheArticleTallied() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> StoredArticle.findOrCreate(ID)); // the row as either consumer first makes it
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch tallied = new CountDownLatch(1);
        // the text's writer reads the row while it is still accepted, and writes after the tally committed
        CompletableFuture<Void> textWriter = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            StoredArticle row = StoredArticle.findById(ID);
            read.countDown();
            await(tallied);
            row.body = "The assembly adopted the lake text on Tuesday.";
            row.headline = "Lake text adopted";
            row.url = "https://row-race.example/lake";
        }));
        assertTrue(read.await(30, TimeUnit.SECONDS));
        tally.apply(extraction());
        tallied.countDown();
        textWriter.get(60, TimeUnit.SECONDS);

        QuarkusTransaction.requiringNew().run(() -> {
            StoredArticle row = StoredArticle.findById(ID);
            assertEquals(StoredArticle.TALLIED, row.status, "the status the tally wrote");
            assertEquals("rules-1.5", row.extractorVersion);
            assertEquals("The assembly adopted the lake text on Tuesday.", row.body, "the text the other consumer wrote");
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArticleExtraction extraction() {
        // a vote of its own (body, day, counts), so it joins no other test's record in the shared database
        VoteEvent e = new VoteEvent(ID + "#1", "HRC", "resolution", "2033-09-20", "Lake text", null, List.of(),
                new Counts(31, 9, 7), "adopted", Map.of(), List.of(), 0.9);
        return new ArticleExtraction(ArticleExtraction.VERSION, ID, "rules-1.5", "2033-09-21", "https://row-race.example/lake",
                null, null, List.of(e), null, null);
    }
}
