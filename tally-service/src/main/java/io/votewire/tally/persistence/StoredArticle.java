package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

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
    /** {@link io.votewire.contract.Fingerprint} of the body, as the extractor computed it. */
    public String fingerprint;
    /** The independent source this article tells: its own id, or that of an earlier near-duplicate's source. */
    public String source;

    /** Articles that share at least one LSH band with a fingerprint: the only ones that can be near-duplicates. */
    @SuppressWarnings("unchecked")
    public static List<Telling> sharingBands(long[] bandKeys, String except) {
        List<Long> keys = java.util.Arrays.stream(bandKeys).boxed().toList();
        List<Object[]> rows = getEntityManager().createNativeQuery("select a.fingerprint, a.source from article a"
                        + " where a.id <> ?1 and a.source is not null"
                        + " and a.id in (select article_id from article_band where band_key in (?2)) order by a.id")
                .setParameter(1, except).setParameter(2, keys).getResultList();
        return rows.stream().map(r -> new Telling((String) r[0], (String) r[1])).toList();
    }

    /** What the near-duplicate check reads of another article (not its text). */
    public record Telling(String fingerprint, String source) {
    }

    public void indexBands(long[] bandKeys) {
        for (long k : bandKeys) {
            getEntityManager().createNativeQuery("insert into article_band (band_key, article_id) values (?1, ?2) on conflict do nothing")
                    .setParameter(1, k).setParameter(2, id).executeUpdate();
        }
    }

    /** Articles whose text the tally holds, in id order after {@code afterId}. */
    public static List<StoredArticle> pageWithText(String afterId, int size) {
        return find("body is not null and id > ?1 order by id", afterId).page(0, size).list();
    }

    /** The article's row, created as accepted if new; both consumers may ask at once, so the insert never conflicts. */
    public static StoredArticle findOrCreate(String id) {
        getEntityManager().createNativeQuery("insert into article (id, status, updated_at) values (?1, ?2, now()) on conflict (id) do nothing")
                .setParameter(1, id).setParameter(2, ACCEPTED).executeUpdate();
        return findById(id);
    }
}
