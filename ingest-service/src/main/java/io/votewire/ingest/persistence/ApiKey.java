package io.votewire.ingest.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A newsroom's credential for ingest; the key itself is shown once at creation and never stored. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {
    @Id
    public String id;
    @Column(nullable = false)
    public String newsroom;
    @Column(name = "key_hash", nullable = false, unique = true)
    public String keyHash;
    @Column(name = "rate_per_minute", nullable = false)
    public int ratePerMinute;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;

    public static ApiKey active(String keyHash) {
        return find("keyHash = ?1 and revokedAt is null", keyHash).firstResult();
    }
}
