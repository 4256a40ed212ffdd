package io.votewire.ingest.service;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.votewire.contract.Article;
import io.votewire.contract.Json;
import io.votewire.ingest.messaging.OutboxRelay;
import io.votewire.ingest.persistence.ArticleOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Accepts an article exactly once (a transactional outbox). The receipt row and the record to publish are written in
 * one database transaction: once it commits the article is kept, and the relay publishes it; if it fails, nothing is
 * kept and nothing will be published, so the client's retry (with any content) starts afresh. With tracing on, the
 * request's span goes with the outbox row, so the record's trace continues the POST's.
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
        Optional<String> acceptedBefore;
        try {
            acceptedBefore = outbox.keep(s.id(), s.contentHash(), receivedAt, payload, traceparent());
        } catch (SQLException e) {
            throw new KeepFailed(e);
        }
        if (acceptedBefore.isEmpty()) {
            relay.wake();
            return Result.ACCEPTED;
        }
        if (!acceptedBefore.get().equals(s.contentHash())) {
            throw new InvalidArticle(409, "article '" + s.id() + "' was already accepted with different content");
        }
        return Result.DUPLICATE;
    }

    /** The W3C traceparent of the request's span; null without one (tracing off), at the cost of a thread local. */
    private static String traceparent() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid()
                ? "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex()
                : null;
    }

    /** The article could not be kept (the database refused or could not be reached): nothing was. */
    static final class KeepFailed extends RuntimeException {
        KeepFailed(SQLException cause) {
            super("the article could not be kept: " + cause.getMessage(), cause);
        }
    }
}
