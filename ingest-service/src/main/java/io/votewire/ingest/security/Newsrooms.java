package io.votewire.ingest.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.votewire.ingest.persistence.ApiKey;
import io.votewire.ingest.service.InvalidArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may push articles: API keys per newsroom, hashed at rest, revocable, each with a rate limit. Verified keys are
 * cached briefly so a hot ingest path does not hit the database per request; revocation takes effect within that.
 * An unknown key is not cached: strangers' guesses would fill memory, and AccessControl limits what they cost.
 */
@ApplicationScoped
public class Newsrooms {
    /** A verified caller. */
    public record Caller(String keyId, String newsroom, int ratePerMinute) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Cache<String, Caller> cache;

    public Newsrooms(AuthLimits limits) {
        this.cache = Caffeine.newBuilder().maximumSize(limits.keyCache().maxSize())
                .expireAfterWrite(limits.keyCache().ttl()).build();
    }

    /** Creates a key and returns it in clear, the only time it is ever shown; {@code given} registers a chosen key. */
    @Transactional
    public Map<String, Object> create(String newsroom, int ratePerMinute, String given) {
        if (newsroom == null || newsroom.isBlank()) {
            throw new InvalidArticle(400, "'newsroom' is required");
        }
        if (ratePerMinute < 1) {
            throw new InvalidArticle(400, "'rate_per_minute' must be at least 1");
        }
        if (given != null && given.length() < 20) {
            throw new InvalidArticle(400, "a registered key must have at least 20 characters");
        }
        String key = given != null ? given : "vw_" + HexFormat.of().formatHex(bytes(24));
        String hash = hash(key);
        ApiKey existing = ApiKey.find("keyHash", hash).firstResult();
        if (existing != null) {
            throw new InvalidArticle(409, "this key is already registered (id " + existing.id + ")");
        }
        ApiKey k = new ApiKey();
        k.id = "k-" + HexFormat.of().formatHex(bytes(6));
        k.newsroom = newsroom.strip();
        k.keyHash = hash;
        k.ratePerMinute = ratePerMinute;
        k.createdAt = Instant.now();
        k.persist();
        return Map.of("id", k.id, "newsroom", k.newsroom, "rate_per_minute", k.ratePerMinute, "key", key);
    }

    @Transactional
    public boolean revoke(String id) {
        ApiKey k = ApiKey.findById(id);
        if (k == null || k.revokedAt != null) {
            return false;
        }
        k.revokedAt = Instant.now();
        cache.invalidateAll();
        return true;
    }

    @Transactional
    public List<Map<String, Object>> list() {
        return ApiKey.<ApiKey>listAll().stream().map(k -> Map.<String, Object>of("id", k.id, "newsroom", k.newsroom,
                "rate_per_minute", k.ratePerMinute, "created_at", k.createdAt.toString(),
                "revoked", k.revokedAt != null)).toList();
    }

    /** The caller of a key verified lately, without asking the database. */
    public Optional<Caller> cached(String key) {
        return Optional.ofNullable(cache.getIfPresent(hash(key)));
    }

    public Optional<Caller> verify(String key) {
        String hash = hash(key);
        Caller c = cache.getIfPresent(hash);
        if (c == null) {
            Optional<Caller> found = lookup(hash);
            found.ifPresent(caller -> cache.put(hash, caller));
            return found;
        }
        return Optional.of(c);
    }

    @Transactional
    Optional<Caller> lookup(String hash) {
        ApiKey k = ApiKey.active(hash);
        return k == null ? Optional.empty() : Optional.of(new Caller(k.id, k.newsroom, k.ratePerMinute));
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
