package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An article and how far it got through the pipeline. */
@Entity
@Table(name = "article")
public class StoredArticle extends PanacheEntityBase {
    public static final String ACCEPTED = "accepted";
    public static final String TALLIED = "tallied";
    public static final String FAILED = "failed";

    @Id
    public String id;
    public String url;
    public String published;
    public String headline;
    public String body;
    @Column(nullable = false)
    public String status;
    public String error;
    @Column(name = "extractor_version")
    public String extractorVersion;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static StoredArticle findOrCreate(String id) {
        StoredArticle a = findById(id);
        if (a == null) {
            a = new StoredArticle();
            a.id = id;
            a.status = ACCEPTED;
            a.updatedAt = Instant.now();
            a.persist();
        }
        return a;
    }
}
