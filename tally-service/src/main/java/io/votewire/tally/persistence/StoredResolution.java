package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FlushModeType;
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
import java.util.Objects;

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
    /** Whether the gateway lists it (ResolutionRecord.listed): a thin record waits unlisted for more evidence. */
    @Column(nullable = false)
    public boolean listed;

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
        // no flush first: the caller knows the rows it changed in this transaction (Window.admits)
        var query = getEntityManager().createQuery(q.append(") order by id").toString(), String.class)
                .setFlushMode(FlushModeType.COMMIT);
        p.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Where to look for the records one event could be about (see {@link #candidates}). */
    public record Window(String body, String kind, String from, String to, String reportedTo, String symbolKey,
                         Integer yes, Integer no, Integer abstain) {
        /** Whether {@link #candidates} would find the record as it is now (so a cached window can follow it). */
        public boolean admits(StoredResolution r) {
            if (body == null || !body.equals(r.body) || !Objects.equals(kind, r.kind)) {
                return false;
            }
            if (from == null || (r.voteDate != null ? within(r.voteDate, from, to)
                    : r.firstReported == null || within(r.firstReported, from, reportedTo))) {
                return true;
            }
            return symbolKey != null && symbolKey.equals(r.symbolKey) || yes != null && no != null && abstain != null
                    && yes.equals(r.yes) && no.equals(r.no) && abstain.equals(r.abstain);
        }

        private static boolean within(String day, String first, String last) {
            return day.compareTo(first) >= 0 && day.compareTo(last) <= 0;
        }
    }

    /** "body|kind" of every record the articles' current claims are in. */
    @SuppressWarnings("unchecked")
    public static List<String> bodiesAndKindsOfArticles(Collection<String> articleIds) {
        return getEntityManager().createNativeQuery("select distinct r.body || '|' || r.kind from claim c"
                        + " join resolution r on r.id = c.resolution_id where c.article_id in (?1) and not c.superseded")
                .setParameter(1, articleIds).getResultList();
    }

    /** The next {@code n} numbers of the change feed, in order, in one round trip. */
    @SuppressWarnings("unchecked")
    public static List<Long> nextChangeSeqs(int n) {
        List<Number> seqs = getEntityManager().createNativeQuery("select nextval('resolution_change_seq')"
                + " from generate_series(1, ?1) order by 1").setParameter(1, n).getResultList();
        return seqs.stream().map(Number::longValue).toList();
    }
}
