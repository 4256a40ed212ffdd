package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.votewire.contract.Json;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which records one article has current claims in, two by two ({@code record_pair_article}, V15): one article
 * reports distinct votes, so two such records are never merged, and records undated articles report together lend
 * each other a day ({@link DayLinks}). Kept as claims are written, superseded and moved, so a pair is read by its key
 * whatever the records' sizes. The statements touch this table only: none needs the session's claims written first.
 */
public final class SharedArticles {
    private SharedArticles() {
    }

    /** An article's current claims are in both records; the order of the two does not matter. */
    public record Pair(String one, String other, String articleId, boolean undated) {
    }

    public static void add(Collection<Pair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        List<List<Object>> rows = pairs.stream().map(p -> List.<Object>of(p.one(), p.other(), p.articleId(), p.undated())).toList();
        statement("insert into record_pair_article (smaller, larger, article_id, undated)"
                + " select least(p ->> 0, p ->> 1), greatest(p ->> 0, p ->> 1), p ->> 2, (p ->> 3)::boolean"
                + " from jsonb_array_elements(cast(?1 as jsonb)) p where p ->> 0 <> p ->> 1 on conflict do nothing")
                .setParameter(1, Json.write(rows)).executeUpdate();
    }

    /** The article's claims were superseded: it links no records any more. */
    public static void forget(String articleId) {
        statement("delete from record_pair_article where article_id = ?1").setParameter(1, articleId).executeUpdate();
    }

    /**
     * Claims of {@code from} moved to {@code into}: all of them (a merge) when {@code articleId} is null, else the
     * article's (a mention placed again, found by the article: a hot record holding it has thousands of pairs).
     */
    public static void moved(String from, String into, String articleId) {
        String rowsOfFrom = (articleId == null ? "" : "article_id = :article and ") + "(smaller = :from or larger = :from)";
        Query copy = statement("insert into record_pair_article (smaller, larger, article_id, undated)"
                + " select least(o, :into), greatest(o, :into), article_id, undated from (select case when smaller = :from"
                + " then larger else smaller end o, article_id, undated from record_pair_article where " + rowsOfFrom + ") x"
                + " where o <> :into on conflict do nothing").setParameter("from", from).setParameter("into", into);
        Query remove = statement("delete from record_pair_article where " + rowsOfFrom).setParameter("from", from);
        if (articleId != null) {
            copy.setParameter("article", articleId);
            remove.setParameter("article", articleId);
        }
        copy.executeUpdate();
        remove.executeUpdate();
    }

    /** Of these pairs of records, those one article has current claims in both of, as given. One query for them all. */
    @SuppressWarnings("unchecked")
    public static Set<List<String>> sharing(Collection<List<String>> pairs) {
        Set<List<String>> out = new HashSet<>();
        if (pairs.isEmpty()) {
            return out;
        }
        List<Object[]> rows = statement("select p ->> 0, p ->> 1 from jsonb_array_elements(cast(?1 as jsonb)) p where exists"
                + " (select 1 from record_pair_article r where r.smaller = least(p ->> 0, p ->> 1) and r.larger = greatest(p ->> 0, p ->> 1))")
                .setParameter(1, Json.write(pairs)).getResultList();
        rows.forEach(r -> out.add(List.of((String) r[0], (String) r[1])));
        return out;
    }

    /** The pairs, among those of these records, that an undated article links. */
    @SuppressWarnings("unchecked")
    static List<Object[]> undatedAround(Collection<String> resolutionIds) {
        return statement("select smaller, larger from record_pair_article where undated and (smaller in (?1) or larger in (?1))")
                .setParameter(1, List.copyOf(resolutionIds)).getResultList();
    }

    private static Query statement(String sql) {
        return Panache.getEntityManager().createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }
}
