package io.votewire.ingest.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.votewire.contract.Article;
import io.votewire.contract.Json;
import io.votewire.contract.Retry;
import io.votewire.ingest.service.IntakeLimits;
import io.votewire.ingest.service.InvalidArticle;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
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

    /**
     * @throws BrokerUnavailable when the broker did not acknowledge in time or cannot be reached
     * @throws InvalidArticle 413 when the record is over the producer's or the topic's size limit, which the parser's
     *                        record limit should have caught: the limits are not aligned (README, "Limits")
     */
    public void publish(Article article) {
        Message<String> message = Message.of(Json.write(article))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build());
        try {
            articles.sendMessage(message).await().atMost(ackTimeout);
        } catch (RuntimeException e) {
            if (Retry.isOutage(e)) {
                throw new BrokerUnavailable(e);
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RecordTooLargeException || t instanceof RecordBatchTooLargeException) {
                    throw new InvalidArticle(413, "the article is larger than the message broker takes: " + t.getMessage());
                }
            }
            throw e; // the broker refuses for good (a denied topic): a server error, not "retry later"
        }
    }

    /** Kafka could not take the article now, but will once it is back; the client should retry. */
    public static class BrokerUnavailable extends RuntimeException {
        BrokerUnavailable(Throwable cause) {
            super("the message broker did not acknowledge the article: " + cause.getMessage(), cause);
        }
    }
}
