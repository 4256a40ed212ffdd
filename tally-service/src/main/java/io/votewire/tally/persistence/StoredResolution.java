package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.votewire.contract.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
     * Which stored tally the record is derived from: a number of the sequence {@code resolution_tally_revision},
     * taken anew by every transaction that writes the tally, so an instance holding a tally in memory can tell
     * whether another one wrote it since (a record removed and made again gets a new number too).
     */
    @Column(name = "tally_revision")
    public Long tallyRevision;

    /** The columns that decide which windows the record is in. */
    public Place place() {
        return new Place(body, kind, voteDate, firstReported, symbolKey, yes, no, abstain);
    }

    /** Where a record stands for identity: what {@link Window#admits} reads. */
    public record Place(String body, String kind, String voteDate, String firstReported, String symbolKey,
                        Integer yes, Integer no, Integer abstain) {
    }

    /** A record as the identity check reads it: its place and its identity document (JSON of a ResolutionRecord). */
    public record Neighbour(String id, Place place, String ident) {
    }

    /**
     * The records of a body and kind (all of them, or by index: a vote date or, undated, a first report within one
     * of the day ranges, or none; one of the symbols; one of the triples of counts), as committed: no flush first,
     * the caller knows the rows it changed in this transaction. Rows found by two parts come twice.
     */
    @SuppressWarnings("unchecked")
    public static List<Neighbour> neighbours(String body, String kind, boolean all, List<List<String>> days,
                                             Collection<String> symbols, Collection<List<Integer>> counts) {
        String columns = "select r.id, r.vote_date, r.first_reported, r.symbol_key, r.yes, r.no, r.abstain, r.ident from ";
        String mine = " r.body = ?1 and r.kind = ?2";
        List<String> parts = new ArrayList<>();
        if (all) {
            parts.add(columns + "resolution r where" + mine);
        } else {
            // each range looked up by index, dated and undated apart (a lateral join, not a scan of the body and kind)
            parts.add(columns + "jsonb_array_elements(cast(?3 as jsonb)) d join resolution r on" + mine
                    + " and r.vote_date between d ->> 0 and d ->> 1");
            parts.add(columns + "jsonb_array_elements(cast(?3 as jsonb)) d join resolution r on" + mine
                    + " and r.vote_date is null and r.first_reported between d ->> 0 and d ->> 1");
            parts.add(columns + "resolution r where" + mine + " and r.vote_date is null and r.first_reported is null");
            parts.add(columns + "resolution r where" + mine
                    + " and r.symbol_key in (select jsonb_array_elements_text(cast(?4 as jsonb)))");
            parts.add(columns + "jsonb_array_elements(cast(?5 as jsonb)) c join resolution r on" + mine
                    + " and r.yes = (c ->> 0)::integer and r.no = (c ->> 1)::integer and r.abstain = (c ->> 2)::integer");
        }
        var query = getEntityManager().createNativeQuery(String.join(" union all ", parts))
                .setParameter(1, body).setParameter(2, kind).setFlushMode(FlushModeType.COMMIT);
        if (!all) {
            query.setParameter(3, Json.write(days)).setParameter(4, Json.write(symbols)).setParameter(5, Json.write(counts));
        }
        List<Neighbour> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            out.add(new Neighbour((String) r[0], new Place(body, kind, (String) r[1], (String) r[2], (String) r[3],
                    integer(r[4]), integer(r[5]), integer(r[6])), (String) r[7]));
        }
        return out;
    }

    private static Integer integer(Object n) {
        return n == null ? null : ((Number) n).intValue();
    }

    /**
     * Where to look for the records one event could be about, of its body and kind: the same symbol; the same three
     * counts whatever the date; a vote date in [from, to] or, undated, a first report in [from, reportedTo] or none
     * (a window without from takes every record of the body and kind).
     */
    public record Window(String body, String kind, String from, String to, String reportedTo, String symbolKey,
                         Integer yes, Integer no, Integer abstain) {
        /** Whether a record so placed is in the window. */
        public boolean admits(Place r) {
            if (body == null || !body.equals(r.body()) || !Objects.equals(kind, r.kind())) {
                return false;
            }
            if (from == null || (r.voteDate() != null ? within(r.voteDate(), from, to)
                    : r.firstReported() == null || within(r.firstReported(), from, reportedTo))) {
                return true;
            }
            return symbolKey != null && symbolKey.equals(r.symbolKey()) || hasCounts()
                    && yes.equals(r.yes()) && no.equals(r.no()) && abstain.equals(r.abstain());
        }

        public boolean hasCounts() {
            return yes != null && no != null && abstain != null;
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

    /** A new tally revision, for the tallies one transaction writes. */
    public static long nextTallyRevision() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('resolution_tally_revision')")
                .setFlushMode(FlushModeType.COMMIT).getSingleResult()).longValue();
    }

    /** The next {@code n} numbers of the change feed, in order, in one round trip. */
    @SuppressWarnings("unchecked")
    public static List<Long> nextChangeSeqs(int n) {
        List<Number> seqs = getEntityManager().createNativeQuery("select nextval('resolution_change_seq')"
                + " from generate_series(1, ?1) order by 1").setParameter(1, n).setFlushMode(FlushModeType.COMMIT).getResultList();
        return seqs.stream().map(Number::longValue).toList();
    }
}
