package io.votewire.ingest.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** What one request may hold and how long ingest waits for the broker (application.properties, README). */
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

    /** How long a POST waits for the broker's acknowledgement before it answers 503. */
    @WithDefault("PT15S")
    Duration ackTimeout();

    Batch batch();

    /** A batch is read as a stream and refused (413) at the first item or byte past a cap. */
    interface Batch {
        @WithDefault("1000")
        int maxItems();

        @WithDefault("8388608")
        int maxBytes();
    }
}
