package io.votewire.ingest.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** What one request may hold, and how the outbox relay publishes (application.properties, README). */
@ConfigMapping(prefix = "votewire.ingest")
public interface IntakeLimits {
    /** One article's body, in UTF-8 bytes. */
    @WithDefault("1048576")
    int maxArticleBytes();

    /**
     * The whole record published to Kafka (every field as JSON, escapes included), in bytes: below the producer's
     * {@code max.request.size} and the topic's {@code max.message.bytes}, by a margin for key, headers and framing
     * and for a dead letter's headers.
     */
    @WithDefault("1000000")
    int maxRecordBytes();

    Batch batch();

    Outbox outbox();

    /** A batch is read as a stream and refused (413) at the first item or byte past a cap. */
    interface Batch {
        @WithDefault("1000")
        int maxItems();

        @WithDefault("8388608")
        int maxBytes();
    }

    /** The relay that publishes accepted articles from the outbox (OutboxRelay). */
    interface Outbox {
        /** Rows claimed and sent per transaction: their acknowledgements are awaited together. */
        @WithDefault("500")
        int batchSize();

        /** How long the relay waits for a batch's acknowledgements before it takes the broker for down. */
        @WithDefault("PT15S")
        Duration ackTimeout();

        /** How often the relay looks for rows no request woke it for (another instance's, or postponed ones). */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** How long a record the broker refused for good waits before it is tried again. */
        @WithDefault("PT1M")
        Duration refusedRetry();
    }
}
