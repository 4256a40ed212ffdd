package io.votewire.tally.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.votewire.contract.Article;
import io.votewire.tally.persistence.KeptArticle;
import io.votewire.tally.persistence.StoredArticle;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.PostgresTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article's text (topic "articles") and its status (topic "vote-events") are written by two consumers at once.
 * The text's writer must neither wait for a batch of vote-events holding the article's row (it did, row lock by row
 * lock, for as long as that batch ran: issue 15) nor put back anything that batch wrote.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class ArticleRowRaceTest {
    private static final String ID = "row-race-1";
    private static final String NEW_ID = "row-race-2";

    @Inject
    ExtractionTally tally;

    @Test
    void theTextIsKeptWithoutWaitingForABatchHoldingTheRowAndLeavesItsStatus() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> StoredArticle.createAll(List.of(ID))); // as either consumer first makes it
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch textKept = new CountDownLatch(1);
        // a batch of vote-events that has tallied the article and not committed yet
        CompletableFuture<Void> batch = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            StoredArticle.update("status = ?1, extractorVersion = ?2 where id = ?3", StoredArticle.TALLIED, "rules-1.5", ID);
            holding.countDown();
            await(textKept);
        }));
        assertTrue(holding.await(30, TimeUnit.SECONDS));
        CompletableFuture<Void> text = CompletableFuture.runAsync(() -> tally.recordArticles(List.of(
                article(ID, "The assembly adopted the lake text on Tuesday."), article(NEW_ID, "The council met on Monday."))));
        try {
            text.get(10, TimeUnit.SECONDS); // it waited for the batch's commit before, which waits for it here
        } finally {
            textKept.countDown();
        }
        batch.get(30, TimeUnit.SECONDS);

        QuarkusTransaction.requiringNew().run(() -> {
            StoredArticle row = StoredArticle.findById(ID);
            assertEquals(StoredArticle.TALLIED, row.status, "the status the batch wrote");
            assertEquals("rules-1.5", row.extractorVersion);
            assertEquals(StoredArticle.ACCEPTED, StoredArticle.<StoredArticle>findById(NEW_ID).status, "a new article's row");
            List<KeptArticle> kept = KeptArticle.of(List.of(ID, NEW_ID, "row-race-never-seen"));
            assertEquals(List.of(ID, NEW_ID), kept.stream().map(KeptArticle::id).toList());
            assertEquals("The assembly adopted the lake text on Tuesday.", kept.get(0).body());
            assertEquals("https://row-race.example/" + ID, kept.get(0).url());
            assertEquals(Instant.parse("2033-09-21T08:00:00Z"), kept.get(0).receivedAt());
            assertNull(row.url, "the row is the vote-events message's to fill");
        });
    }

    @Test
    void aLaterMessageOfAnArticleReplacesItsTextOnce() {
        String id = "row-race-3";
        tally.recordArticles(List.of(article(id, "First wording."), article(id, "Second wording.")));
        tally.recordArticles(List.of(article(id, "Third wording.")));
        QuarkusTransaction.requiringNew().run(() -> {
            List<KeptArticle> kept = KeptArticle.of(List.of(id));
            assertEquals(1, kept.size());
            assertEquals("Third wording.", kept.get(0).body());
        });
    }

    @Test
    void aBatchOfManyArticlesIsKeptWhole() {
        List<Article> batch = new ArrayList<>();
        for (int i = 0; i < 70; i++) { // more than one statement's worth
            batch.add(article(String.format("row-race-many-%03d", i), "Wording number " + i + "."));
        }
        tally.recordArticles(batch);
        QuarkusTransaction.requiringNew().run(() -> {
            List<KeptArticle> kept = KeptArticle.of(batch.stream().map(Article::id).toList());
            assertEquals(batch.stream().map(Article::id).toList(), kept.stream().map(KeptArticle::id).toList());
            assertEquals("Wording number 69.", kept.get(69).body());
        });
    }

    private static Article article(String id, String body) {
        return new Article(Article.VERSION, id, "https://row-race.example/" + id, "2033-09-21", "Lake text", body,
                Instant.parse("2033-09-21T08:00:00Z"));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
