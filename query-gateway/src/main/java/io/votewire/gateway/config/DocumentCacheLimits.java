package io.votewire.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The resolution document cache's bound (application.properties, README). Not in the service package: with Quarkus
 * 3.37.1 a config mapping there was registered twice and the build failed (cause not found).
 */
@ConfigMapping(prefix = "votewire.gateway.documents")
public interface DocumentCacheLimits {
    /** The documents' text held at once, in bytes (two a character, as a Java string may take). */
    @WithDefault("67108864")
    long cacheBytes();
}
