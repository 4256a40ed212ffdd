package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A resolution record as served: the reconciled document plus the columns queries filter on. Updates write only
 * the columns that changed: the identity columns change with every claim, the document once per batch.
 */
@Entity
@Table(name = "resolution")
@DynamicUpdate
public class StoredResolution extends PanacheEntityBase {
    @Id
    public String id;
    @Column(nullable = false)
    public String body;
    @Column(nullable = false)
    public String kind;
    @Column(name = "vote_date")
    public String voteDate;
    public String symbol;
    public String outcome;
    public String title;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String doc;
    @Column(nullable = false)
    public long revision;
    @Column(name = "change_seq", nullable = false)
    public long changeSeq;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    /** What the matcher reads: the record without its per-article lists (JSON of a ResolutionRecord). */
    @Column(nullable = false)
    public String ident;
    @Column(name = "symbol_key")
    public String symbolKey;
    @Column(name = "first_reported")
    public String firstReported;
    public Integer yes;
    public Integer no;
    public Integer abstain;

    /**
     * The identity documents of the records an event of this body and kind could be about, by index: the same
     * symbol; the same three counts whatever the date; a vote date in [from, to] or, undated, a first report in
     * [from, reportedTo] or none (a window of null takes every record of the body and kind).
     */
    public static List<String> candidates(Window w) {
        StringBuilder q = new StringBuilder("select ident from StoredResolution where body = :body and kind = :kind and (");
        Map<String, Object> p = new HashMap<>(Map.of("body", w.body(), "kind", w.kind()));
        if (w.from() == null) {
            q.append("true");
        } else {
            q.append("voteDate between :from and :to or voteDate is null and (firstReported is null"
                    + " or firstReported between :from and :reportedTo)");
            p.putAll(Map.of("from", w.from(), "to", w.to(), "reportedTo", w.reportedTo()));
        }
        if (w.symbolKey() != null) {
            q.append(" or symbolKey = :symbol");
            p.put("symbol", w.symbolKey());
        }
        if (w.yes() != null && w.no() != null && w.abstain() != null) {
            q.append(" or yes = :yes and no = :no and abstain = :abstain");
            p.putAll(Map.of("yes", w.yes(), "no", w.no(), "abstain", w.abstain()));
        }
        var query = getEntityManager().createQuery(q.append(") order by id").toString(), String.class);
        p.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Where to look for the records one event could be about (see {@link #candidates}). */
    public record Window(String body, String kind, String from, String to, String reportedTo, String symbolKey,
                         Integer yes, Integer no, Integer abstain) {
    }

    /** "body|kind" of every record the articles' current claims are in. */
    @SuppressWarnings("unchecked")
    public static List<String> bodiesAndKindsOfArticles(Collection<String> articleIds) {
        return getEntityManager().createNativeQuery("select distinct r.body || '|' || r.kind from claim c"
                        + " join resolution r on r.id = c.resolution_id where c.article_id in (?1) and not c.superseded")
                .setParameter(1, articleIds).getResultList();
    }

    public static long nextChangeSeq() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('resolution_change_seq')")
                .getSingleResult()).longValue();
    }
}
