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
 * An article and how far it got through the pipeline. Topic "articles" makes the row ("accepted") where there is none
 * and keeps the text apart ({@link KeptArticle}); "vote-events" writes the rest. An update writes only the columns it
 * changed: writing every column put back what another writer had replaced since the row was read (before V14 the
 * text's writer updated the row too, leaving an article tallied in no record's eyes "accepted" for ever).
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
    @Column(nullable = false)
    public String status;
    public String error;
    @Column(name = "extractor_version")
    public String extractorVersion;
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

    /**
     * Makes the rows of these articles that have none, as accepted: rows there already are neither locked nor waited
     * for (a batch of vote-events may hold them); only a row another transaction is making at once is waited for.
     */
    public static void createAll(Collection<String> ids) {
        getEntityManager().createNativeQuery("insert into article (id, status, updated_at)"
                        + " select x, ?2, now() from jsonb_array_elements_text(cast(?1 as jsonb)) x"
                        + " where not exists (select 1 from article a where a.id = x) order by x on conflict (id) do nothing")
                .setParameter(1, Json.write(new TreeSet<>(ids))).setParameter(2, ACCEPTED).executeUpdate();
    }

    /** The articles' rows by id, each created as accepted if new: one insert and one read for a whole batch. */
    public static Map<String, StoredArticle> findOrCreateAll(Collection<String> ids) {
        createAll(ids);
        Map<String, StoredArticle> out = new HashMap<>();
        StoredArticle.<StoredArticle>list("id in ?1", ids).forEach(a -> out.put(a.id, a));
        return out;
    }
}
