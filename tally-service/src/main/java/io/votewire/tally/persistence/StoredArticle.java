package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.votewire.contract.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An article and how far it got through the pipeline. Both consumers write the row at once (its text from
 * "articles", its status from "vote-events"), so an update writes only the columns it changed: writing every column
 * put back the status or text the other had replaced since the row was read, leaving an article tallied in no
 * record's eyes "accepted" for ever, with no error.
 */
@Entity
@DynamicUpdate
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
    /** Where it appeared: its URL's host ({@code SourceTrust.outlet}), whose trust weighs its claims. */
    public String outlet;
    /** Which attempt at the article the status answers ({@link io.votewire.contract.Article#attempt()}). */
    @Column(nullable = false)
    public int attempt;

    /**
     * The articles that share an LSH band with any of these keys, by band: the only ones that can be
     * near-duplicates of an article with those bands. One query for a whole batch.
     */
    @SuppressWarnings("unchecked")
    public static Map<Long, List<Telling>> tellingsByBand(Collection<Long> bandKeys) {
        Map<Long, List<Telling>> out = new HashMap<>();
        if (bandKeys.isEmpty()) {
            return out;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("select b.band_key, a.id, a.fingerprint, a.source"
                        + " from article_band b join article a on a.id = b.article_id"
                        + " where b.band_key in (?1) and a.source is not null order by a.id")
                .setParameter(1, bandKeys).getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new Telling((String) r[1], (String) r[2], (String) r[3]));
        }
        return out;
    }

    /** What the near-duplicate check reads of another article (not its text). */
    public record Telling(String id, String fingerprint, String source) {
    }

    /** Indexes articles under their band keys, all in one statement. */
    public static void indexBands(Map<String, long[]> bandsByArticle) {
        List<List<Object>> pairs = new ArrayList<>();
        bandsByArticle.forEach((id, keys) -> {
            for (long k : keys) {
                pairs.add(List.of(k, id));
            }
        });
        if (pairs.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("insert into article_band (band_key, article_id)"
                        + " select (p ->> 0)::bigint, p ->> 1 from jsonb_array_elements(cast(?1 as jsonb)) p on conflict do nothing")
                .setParameter(1, Json.write(pairs)).executeUpdate();
    }

    /** Articles whose text the tally holds, in id order after {@code afterId}. */
    public static List<StoredArticle> pageWithText(String afterId, int size) {
        return find("body is not null and id > ?1 order by id", afterId).page(0, size).list();
    }

    /** Failed articles whose text the tally holds, in id order after {@code afterId}. */
    public static List<StoredArticle> failedPageWithText(String afterId, int size) {
        return find("status = ?1 and body is not null and id > ?2 order by id", FAILED, afterId).page(0, size).list();
    }

    /** The articles' rows by id, each created as accepted if new: one insert and one read for a whole batch. */
    public static Map<String, StoredArticle> findOrCreateAll(Collection<String> ids) {
        getEntityManager().createNativeQuery("insert into article (id, status, updated_at)"
                        + " select x, ?2, now() from jsonb_array_elements_text(cast(?1 as jsonb)) x order by x on conflict (id) do nothing")
                .setParameter(1, Json.write(new TreeSet<>(ids))).setParameter(2, ACCEPTED).executeUpdate();
        Map<String, StoredArticle> out = new HashMap<>();
        StoredArticle.<StoredArticle>list("id in ?1", ids).forEach(a -> out.put(a.id, a));
        return out;
    }

    /** The article's row, created as accepted if new; both consumers may ask at once, so the insert never conflicts. */
    public static StoredArticle findOrCreate(String id) {
        getEntityManager().createNativeQuery("insert into article (id, status, updated_at) values (?1, ?2, now()) on conflict (id) do nothing")
                .setParameter(1, id).setParameter(2, ACCEPTED).executeUpdate();
        return findById(id);
    }
}
