package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.votewire.contract.ArticleLists;
import io.votewire.contract.Json;
import io.votewire.tally.domain.ResolutionRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Records' documents as the gateway serves them, read in the caller's transaction. */
public final class Documents {
    private Documents() {
    }

    /** The stored document with its lists put back from their rows ({@link ArticleLists}), as PostgreSQL prints it. */
    @SuppressWarnings("unchecked")
    public static String served(String rid) {
        var em = Panache.getEntityManager();
        String doc = (String) em.createNativeQuery("select doc::text from resolution where id = ?1").setParameter(1, rid)
                .getSingleResult();
        Map<Long, String> lists = new HashMap<>();
        String ordered = "jsonb_agg(article_id order by article_id collate \"C\")::text";
        List<Object[]> rows = em.createNativeQuery("select l, " + ordered + " from resolution_article, unnest(lists) l"
                + " where resolution_id = ?1 group by l").setParameter(1, rid).getResultList();
        rows.forEach(r -> lists.put(((Number) r[0]).longValue(), (String) r[1]));
        em.createNativeQuery("select " + ordered + " from resolution_article where resolution_id = ?1").setParameter(1, rid)
                .getResultStream().filter(a -> a != null).forEach(a -> lists.put(ArticleLists.ALL, (String) a));
        return ArticleLists.assemble(doc, lists);
    }

    /** The record's whole document (every list in place) as PostgreSQL prints it: what was stored and served before. */
    public static String whole(ResolutionRecord record) {
        return (String) Panache.getEntityManager().createNativeQuery("select cast(?1 as jsonb)::text")
                .setParameter(1, Json.write(record)).getSingleResult();
    }

    /** The record the gateway serves, parsed. */
    public static ResolutionRecord record(String rid) {
        return Json.read(served(rid), ResolutionRecord.class);
    }
}
