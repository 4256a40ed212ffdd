package io.votewire.ingest.service;

import io.votewire.contract.Article;
import io.votewire.ingest.messaging.ArticlePublisher;
import io.votewire.ingest.persistence.ArticleReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Accepts an article exactly once. The receipt row and the Kafka send share one database transaction: the row is
 * committed only after the broker acknowledged the record, so a failed send leaves no receipt (the client's retry is
 * accepted) and a crash after the send at worst re-publishes an id that every consumer already deduplicates.
 */
@ApplicationScoped
public class ArticleIntake {
    public enum Result { ACCEPTED, DUPLICATE }

    private final ArticlePublisher publisher;

    public ArticleIntake(ArticlePublisher publisher) {
        this.publisher = publisher;
    }

    @Transactional
    public Result accept(Submission s) {
        ArticleReceipt existing = ArticleReceipt.findById(s.id());
        if (existing != null) {
            if (!existing.contentHash.equals(s.contentHash())) {
                throw new InvalidArticle(409, "article '" + s.id() + "' was already accepted with different content");
            }
            return Result.DUPLICATE;
        }
        ArticleReceipt receipt = new ArticleReceipt();
        receipt.id = s.id();
        receipt.contentHash = s.contentHash();
        receipt.receivedAt = Instant.now();
        receipt.persistAndFlush(); // a concurrent POST of the same id waits here on the primary key
        publisher.publish(new Article(Article.VERSION, s.id(), s.url(), s.published(), s.headline(), s.body(),
                receipt.receivedAt));
        return Result.ACCEPTED;
    }
}
