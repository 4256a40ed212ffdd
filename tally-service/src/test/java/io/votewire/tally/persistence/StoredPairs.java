package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.Panache;

import java.util.List;

/** The pairs of records articles link ({@link SharedArticles}) as stored, and as the articles' current claims make them. */
public final class StoredPairs {
    private static final String ORDER = " order by 1, 2, 3";

    private StoredPairs() {
    }

    public static List<String> stored(String articlePrefix) {
        return rows("select smaller, larger, article_id, undated::text from record_pair_article where article_id like ?1" + ORDER,
                articlePrefix);
    }

    public static List<String> ofClaims(String articlePrefix) {
        return rows("select c1.resolution_id, c2.resolution_id, c1.article_id, (a.published is null)::text from claim c1"
                + " join claim c2 on c2.article_id = c1.article_id and not c2.superseded and c1.resolution_id < c2.resolution_id"
                + " join article a on a.id = c1.article_id where not c1.superseded and c1.article_id like ?1" + ORDER, articlePrefix);
    }

    @SuppressWarnings("unchecked")
    private static List<String> rows(String sql, String articlePrefix) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(sql).setParameter(1, articlePrefix + "%").getResultList();
        return rows.stream().map(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3]).toList();
    }
}
