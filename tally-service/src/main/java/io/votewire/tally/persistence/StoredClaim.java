package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One extracted event of one article, as the extractor of that version read it. Never updated but to supersede. */
@Entity
@Table(name = "claim")
public class StoredClaim extends PanacheEntityBase {
    @Embeddable
    public record Key(@Column(name = "event_id") String eventId,
                      @Column(name = "extractor_version") String extractorVersion) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    @Column(name = "article_id", nullable = false)
    public String articleId;
    @Column(nullable = false)
    public String source;
    @Column(name = "resolution_id", nullable = false)
    public String resolutionId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String event;
    @Column(nullable = false)
    public boolean superseded;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<StoredClaim> currentOfArticle(String articleId) {
        return list("articleId = ?1 and superseded = false order by key.eventId", articleId);
    }

    public static List<StoredClaim> currentOfResolution(String resolutionId) {
        return list("resolutionId = ?1 and superseded = false order by key.eventId", resolutionId);
    }
}
