package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.votewire.contract.Json;
import io.votewire.contract.VoteEvent;
import io.votewire.tally.domain.Claim;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** The mentions of records; its condition is the partial index claim_mention_by_resolution's (V16), which it reads. */
    static final String MENTIONS = "select * from claim where resolution_id = any(cast(?1 as text[]))"
            + " and not superseded and event ->> 'symbol' is null and event -> 'counts' ->> 'yes' is null"
            + " and event -> 'counts' ->> 'no' is null and event -> 'counts' ->> 'abstain' is null order by event_id";

    /**
     * The current mentions of these records, by record: claims with no count and no symbol (one query; the records'
     * other claims are not read).
     */
    public static Map<String, List<StoredClaim>> mentionsIn(Collection<String> resolutionIds) {
        Map<String, List<StoredClaim>> out = new TreeMap<>();
        if (resolutionIds.isEmpty()) {
            return out;
        }
        List<StoredClaim> rows = getEntityManager().createNativeQuery(MENTIONS, StoredClaim.class)
                .setParameter(1, resolutionIds.toArray(String[]::new)).getResultList();
        rows.forEach(c -> out.computeIfAbsent(c.resolutionId, k -> new ArrayList<>()).add(c));
        return out;
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
}
