package io.votewire.gateway.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How many change streams one instance serves at once (application.properties, README). */
@ConfigMapping(prefix = "votewire.gateway.streams")
public interface StreamLimits {
    /** Server-sent change streams open at once; past it a client is answered 503 with Retry-After. */
    @WithDefault("1000")
    int max();

    /** What a client refused a stream is told to wait before it tries again. */
    @WithDefault("PT10S")
    Duration retryAfter();
}
