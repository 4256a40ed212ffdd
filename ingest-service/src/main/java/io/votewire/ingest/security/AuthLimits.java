package io.votewire.ingest.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How much memory and how many guesses a stranger gets (application.properties, README). */
@ConfigMapping(prefix = "votewire.auth")
public interface AuthLimits {
    /** Failed authentications (no key, an unknown key, a wrong admin token) one client address may make per minute. */
    @WithDefault("30")
    int failuresPerMinute();

    /** Client addresses whose failures are counted at once; past it the least recent are forgotten. */
    @WithDefault("100000")
    int trackedAddresses();

    KeyCache keyCache();

    /** Verified keys only: an unknown key is never remembered, so guessing costs no memory. */
    interface KeyCache {
        @WithDefault("10000")
        int maxSize();

        /** How long a revocation on another instance may take to reach this one. */
        @WithDefault("PT10S")
        Duration ttl();
    }
}
