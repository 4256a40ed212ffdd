package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.votewire.contract.Article;
import io.votewire.contract.Json;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An article's text as the tally keeps it for re-extraction (topic "articles"): table {@code article_text}, apart
 * from the article's row so that writing it never waits for a batch of vote-events holding that row, read through
 * view {@code kept_article} with texts stored in the row before (migration V14).
 */
public record KeptArticle(String id, String url, String published, String headline, String body, Instant receivedAt,
                          int attempt) {
    private static final int PER_STATEMENT = 32;
    private static final String COLUMNS = "select id, url, published, headline, body, received_at, attempt from kept_article";

    /**
     * Keeps the articles' texts, a later message of an article replacing an earlier one: a statement per
     * {@value #PER_STATEMENT} articles, whose parameter stays under G1's humongous size on a small heap (one statement
     * for a batch of 500 made a megabyte-long string, and G1 collected for each: JFR, #15).
     */
    public static void keep(Collection<Article> articles) {
        Map<String, Map<String, Object>> rows = new TreeMap<>(); // one row per id (an upsert may touch a row once), in id order
        for (Article a : articles) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", a.id());
            row.put("url", a.url());
            row.put("published", a.published());
            row.put("headline", a.headline());
            row.put("body", a.body());
            row.put("received_at", a.receivedAt() == null ? null : a.receivedAt().toString());
            rows.put(a.id(), row);
        }
        List<Map<String, Object>> all = new ArrayList<>(rows.values());
        for (int from = 0; from < all.size(); from += PER_STATEMENT) {
            Panache.getEntityManager().createNativeQuery("insert into article_text (id, url, published, headline, body, received_at)"
                            + " select id, url, published, headline, body, received_at from jsonb_to_recordset(cast(?1 as jsonb))"
                            + " as x(id text, url text, published text, headline text, body text, received_at timestamptz) order by id"
                            + " on conflict (id) do update set url = excluded.url, published = excluded.published,"
                            + " headline = excluded.headline, body = excluded.body, received_at = excluded.received_at")
                    .setParameter(1, Json.write(all.subList(from, Math.min(all.size(), from + PER_STATEMENT)))).executeUpdate();
        }
    }

    /** Kept articles in id order after {@code afterId}; failed ones only if {@code failedOnly}. */
    public static List<KeptArticle> page(String afterId, int size, boolean failedOnly) {
        return read(Panache.getEntityManager().createNativeQuery(COLUMNS + " where body is not null and id > ?1"
                        + (failedOnly ? " and status = '" + StoredArticle.FAILED + "'" : "") + " order by id limit ?2")
                .setParameter(1, afterId).setParameter(2, size).getResultList());
    }

    /** Those of the named articles whose text is kept. */
    public static List<KeptArticle> of(Collection<String> ids) {
        return read(Panache.getEntityManager().createNativeQuery(COLUMNS + " where body is not null and id in (?1) order by id")
                .setParameter(1, ids).getResultList());
    }

    /** When ingest received each of these articles, for those whose text is here already (a plain read: no lock). */
    public static Map<String, Instant> receivedAt(Collection<String> ids) {
        Map<String, Instant> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("select id, received_at from article_text where id in (?1) and received_at is not null")
                .setParameter(1, ids).getResultList();
        rows.forEach(r -> out.put((String) r[0], instant(r[1])));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<KeptArticle> read(List<?> rows) {
        List<KeptArticle> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) rows) {
            out.add(new KeptArticle((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], instant(r[5]),
                    ((Number) r[6]).intValue()));
        }
        return out;
    }

    private static Instant instant(Object column) {
        if (column == null || column instanceof Instant) {
            return (Instant) column;
        }
        if (column instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (column instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("a time of type " + column.getClass());
    }
}
