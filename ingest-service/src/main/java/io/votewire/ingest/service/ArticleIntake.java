package io.votewire.ingest.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.votewire.contract.Article;
import io.votewire.contract.Json;
import io.votewire.ingest.messaging.OutboxRelay;
import io.votewire.ingest.persistence.ArticleOutbox;
import io.votewire.ingest.persistence.ArticleReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Accepts an article exactly once (a transactional outbox). The receipt row and the record to publish are written in
 * one database transaction: once it commits the article is kept, and the relay publishes it; if it fails, nothing is
 * kept and nothing will be published, so the client's retry (with any content) starts afresh.
 */
@ApplicationScoped
public class ArticleIntake {
    public enum Result { ACCEPTED, DUPLICATE }

    /** What the producer adds to key and value when it sizes a record: a batch's header and the record's framing. */
    private static final int RECORD_OVERHEAD = 100;

    private final ArticleOutbox outbox;
    private final OutboxRelay relay;
    private final int maxRequestSize;

    public ArticleIntake(ArticleOutbox outbox, OutboxRelay relay,
                         @ConfigProperty(name = "mp.messaging.outgoing.articles.max.request.size") int maxRequestSize) {
        this.outbox = outbox;
        this.relay = relay;
        this.maxRequestSize = maxRequestSize;
    }

    public Result accept(Submission s) {
        Instant receivedAt = Instant.now();
        String payload = Json.write(new Article(Article.VERSION, s.id(), s.url(), s.published(), s.headline(), s.body(),
                receivedAt));
        // the parser's record limit sits under the producer's; should they be misaligned, the client still hears it
        // now, as the relay could only fail on it later
        int size = payload.getBytes(StandardCharsets.UTF_8).length + s.id().getBytes(StandardCharsets.UTF_8).length;
        if (size + RECORD_OVERHEAD > maxRequestSize) {
            throw new InvalidArticle(413, "the article is larger than the message broker takes: a record of " + size
                    + " bytes, over max.request.size " + maxRequestSize);
        }
        Result result = QuarkusTransaction.requiringNew().call(() -> keep(s, receivedAt, payload));
        if (result == Result.ACCEPTED) {
            relay.wake();
        }
        return result;
    }

    private Result keep(Submission s, Instant receivedAt, String payload) {
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
        receipt.receivedAt = receivedAt;
        receipt.persistAndFlush(); // a concurrent POST of the same id waits here on the primary key
        outbox.add(s.id(), payload);
        return Result.ACCEPTED;
    }
}
