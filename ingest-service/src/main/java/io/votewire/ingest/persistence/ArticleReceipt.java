package io.votewire.ingest.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Proof that an article id was accepted (kept, and published through the outbox); makes a repeated POST of the id a no-op. */
@Entity
@Table(name = "article_receipt")
public class ArticleReceipt extends PanacheEntityBase {
    @Id
    public String id;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
