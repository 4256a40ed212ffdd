package io.votewire.ingest.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.votewire.contract.Article;
import io.votewire.contract.Json;
import io.votewire.ingest.service.IntakeLimits;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Duration;

/** Publishes an article to topic {@code articles}, keyed by its id, and returns only once the broker has it. */
@ApplicationScoped
public class ArticlePublisher {
    private final MutinyEmitter<String> articles;
    private final Duration ackTimeout;

    public ArticlePublisher(@Channel("articles") MutinyEmitter<String> articles, IntakeLimits limits) {
        this.articles = articles;
        this.ackTimeout = limits.ackTimeout();
    }

    /** @throws BrokerUnavailable when the broker did not acknowledge in time */
    public void publish(Article article) {
        Message<String> message = Message.of(Json.write(article))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build());
        try {
            articles.sendMessage(message).await().atMost(ackTimeout);
        } catch (RuntimeException e) {
            throw new BrokerUnavailable(e);
        }
    }

    /** Kafka could not take the article now; the client should retry. */
    public static class BrokerUnavailable extends RuntimeException {
        BrokerUnavailable(Throwable cause) {
            super("the message broker did not acknowledge the article: " + cause.getMessage(), cause);
        }
    }
}
