package io.votewire.extraction.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long the engine may read one article (README, "Limits"). */
@ConfigMapping(prefix = "votewire.extraction.engine")
public interface EngineLimits {
    /**
     * Past it the article is dead-lettered and reported failed, and the partition moves on: the engine reads a
     * 1 MiB article built to be slow in about a second, a news article in under a millisecond.
     */
    @WithDefault("2s")
    Duration deadline();
}
