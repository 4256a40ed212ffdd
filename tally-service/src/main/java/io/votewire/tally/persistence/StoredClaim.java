package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.votewire.contract.Json;
import io.votewire.contract.VoteEvent;
import io.votewire.tally.domain.Claim;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
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

    /** A record's current claims with their articles' publication dates and outlets, in one query. */
    public static List<Claim> claimsOfResolution(String resolutionId) {
        List<Claim> out = new ArrayList<>();
        for (Object[] row : getEntityManager().createQuery("select c.articleId, c.source, c.key.extractorVersion,"
                        + " a.published, c.event, a.outlet from StoredClaim c, StoredArticle a where a.id = c.articleId"
                        + " and c.resolutionId = ?1 and c.superseded = false", Object[].class)
                .setParameter(1, resolutionId).getResultList()) {
            out.add(new Claim((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                    Json.read((String) row[4], VoteEvent.class), (String) row[5]));
        }
        return out;
    }

    /**
     * Whether an article has current claims in both records (one article reports distinct votes), as written so
     * far: no flush first, the caller knows which of its own articles did (ExtractionTally.Records.sharedBy).
     */
    public static boolean shareAnArticle(String smaller, String larger) {
        // each of the smaller record's articles looked up in the larger one by index (a lateral subquery with its own
        // limit is never turned into a join that reads all of the larger record's claims)
        return !getEntityManager().createNativeQuery("select 1 from claim x cross join lateral (select 1 from claim y"
                        + " where y.article_id = x.article_id and y.resolution_id = ?2 and not y.superseded limit 1) z"
                        + " where x.resolution_id = ?1 and not x.superseded limit 1")
                .setParameter(1, smaller).setParameter(2, larger).setFlushMode(FlushModeType.COMMIT).getResultList().isEmpty();
    }
}
