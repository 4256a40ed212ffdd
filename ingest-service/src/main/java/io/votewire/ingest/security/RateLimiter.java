package io.votewire.ingest.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key: a newsroom may burst up to its per-minute rate, refilled continuously. Kept per instance
 * (with n ingest replicas a key gets at most n times its rate), which bounds abuse without a shared store.
 */
public final class RateLimiter {
    private static final class Bucket {
        double tokens;
        long refilledAtNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAtNanos = now;
        }
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @return 0 when allowed, else the whole seconds to wait before a token is free */
    public long acquire(String keyId, int perMinute, long nowNanos) {
        return acquire(keyId, perMinute, 1, nowNanos);
    }

    /** Takes {@code tokens} at once or none ({@code tokens} at most {@code perMinute}, the bucket's size). */
    public long acquire(String keyId, int perMinute, int tokens, long nowNanos) {
        Bucket b = buckets.computeIfAbsent(keyId, k -> new Bucket(perMinute, nowNanos));
        synchronized (b) {
            double perNano = perMinute / 60e9;
            b.tokens = Math.min(perMinute, b.tokens + (nowNanos - b.refilledAtNanos) * perNano);
            b.refilledAtNanos = nowNanos;
            if (b.tokens >= tokens) {
                b.tokens -= tokens;
                return 0;
            }
            return (long) Math.ceil((tokens - b.tokens) / perNano / 1e9);
        }
    }
}
