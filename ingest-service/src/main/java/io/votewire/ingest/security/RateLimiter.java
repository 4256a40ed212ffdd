package io.votewire.ingest.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;

/**
 * A token bucket per key: a newsroom may burst up to its per-minute rate, refilled continuously. Kept per instance
 * (with n ingest replicas a key gets at most n times its rate), which bounds abuse without a shared store. At most
 * {@code maxBuckets} are kept; one untouched for a minute is forgotten, which loses nothing as it is full again by then.
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

    private final Cache<String, Bucket> buckets;

    public RateLimiter(long maxBuckets) {
        this.buckets = Caffeine.newBuilder().maximumSize(maxBuckets).expireAfterAccess(Duration.ofMinutes(1)).build();
    }

    /** @return 0 when allowed, else the whole seconds to wait before a token is free */
    public long acquire(String key, int perMinute, long nowNanos) {
        return acquire(key, perMinute, 1, nowNanos);
    }

    /** Takes {@code tokens} at once or none ({@code tokens} at most {@code perMinute}, the bucket's size). */
    public long acquire(String key, int perMinute, int tokens, long nowNanos) {
        return take(buckets.get(key, k -> new Bucket(perMinute, nowNanos)), perMinute, tokens, true, nowNanos);
    }

    /** The seconds until a token is free, taking none; a key never charged has its whole bucket. */
    public long waitFor(String key, int perMinute, long nowNanos) {
        Bucket b = buckets.getIfPresent(key);
        return b == null ? 0 : take(b, perMinute, 1, false, nowNanos);
    }

    private static long take(Bucket b, int perMinute, int tokens, boolean take, long nowNanos) {
        synchronized (b) {
            double perNano = perMinute / 60e9;
            b.tokens = Math.min(perMinute, b.tokens + (nowNanos - b.refilledAtNanos) * perNano);
            b.refilledAtNanos = nowNanos;
            if (b.tokens >= tokens) {
                b.tokens -= take ? tokens : 0;
                return 0;
            }
            return (long) Math.ceil((tokens - b.tokens) / perNano / 1e9);
        }
    }
}
