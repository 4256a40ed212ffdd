package io.votewire.extraction.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Json;
import io.votewire.contract.Retry;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Publishes an article's extraction keyed by article id and waits for the broker; through a broker outage it
 * retries, holding the consumer, rather than dead-lettering an article that did nothing wrong.
 */
@ApplicationScoped
public class ExtractionPublisher {
    private static final Logger LOG = Logger.getLogger(ExtractionPublisher.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

    private final MutinyEmitter<String> voteEvents;

    public ExtractionPublisher(@Channel("vote-events") MutinyEmitter<String> voteEvents) {
        this.voteEvents = voteEvents;
    }

    public void publish(ArticleExtraction extraction) {
        Message<String> message = Message.of(Json.write(extraction)).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(extraction.articleId()).build());
        Retry.untilDone(() -> voteEvents.sendMessage(message).await().atMost(ACK_TIMEOUT),
                e -> LOG.warnf("publishing the extraction of %s failed, retrying: %s", extraction.articleId(), e));
    }
}
