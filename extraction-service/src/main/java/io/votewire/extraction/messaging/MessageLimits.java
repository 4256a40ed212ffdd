package io.votewire.extraction.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What one {@code vote-events} message may carry, so that an article full of votes still makes a message under
 * Kafka's 1 MiB (README, "Limits"); what is past a cap is left out of the message, the rest is published.
 */
@ConfigMapping(prefix = "votewire.extraction.message")
public interface MessageLimits {
    /** Events per article, the first ones in the article's order. */
    @WithDefault("100")
    int maxEvents();

    /** Evidence per event, in UTF-8 bytes: whole sentences in order, the first cut if it alone is longer. */
    @WithDefault("4096")
    int maxEvidenceBytes();
}
