package io.votewire.ingest.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.votewire.ingest.persistence.ArticleOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes accepted articles to topic {@code articles}, keyed by their id (acks=all, idempotent producer), with the
 * accepting request's {@code traceparent} header when it had one: the trace goes on from the POST, not from the relay.
 */
@ApplicationScoped
public class ArticlePublisher {
    private final MutinyEmitter<String> articles;

    public ArticlePublisher(@Channel("articles") MutinyEmitter<String> articles) {
        this.articles = articles;
    }

    /** Completes when the broker acknowledged the record, or fails with the producer's error. */
    public CompletableFuture<Void> send(ArticleOutbox.Pending article) {
        RecordHeaders headers = new RecordHeaders();
        if (article.traceparent() != null) {
            headers.add("traceparent", article.traceparent().getBytes(StandardCharsets.US_ASCII));
        }
        Message<String> message = Message.of(article.payload()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(article.articleId()).withHeaders(headers).build());
        return articles.sendMessage(message).subscribeAsCompletionStage();
    }
}
