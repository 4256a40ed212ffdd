package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.Panache;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The records that articles without a publication date report together, and the days records' own claims give. */
public final class DayLinks {
    private DayLinks() {
    }

    /** For each of these records, the other records that claims of its undated articles are in. */
    @SuppressWarnings("unchecked")
    public static Map<String, Set<String>> of(Collection<String> resolutionIds) {
        Map<String, Set<String>> out = new HashMap<>();
        if (resolutionIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select distinct c1.resolution_id, c2.resolution_id"
                        + " from claim c1 join article a on a.id = c1.article_id and a.published is null"
                        + " join claim c2 on c2.article_id = c1.article_id and not c2.superseded and c2.resolution_id <> c1.resolution_id"
                        + " where not c1.superseded and c1.resolution_id in (?1)")
                .setParameter(1, List.copyOf(resolutionIds)).getResultList();
        rows.forEach(r -> out.computeIfAbsent((String) r[0], k -> new TreeSet<>()).add((String) r[1]));
        return out;
    }

    /** The day and month ({@code --MM-DD}) the own claims of each of these records give, for those that give one. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> ownDays(Collection<String> resolutionIds) {
        Map<String, String> out = new HashMap<>();
        if (resolutionIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select id, doc->>'month_day' from resolution"
                        + " where id in (?1) and doc->>'month_day' is not null"
                        + " and (doc->'support'->'date' is not null or doc->'support'->'month_day' is not null)")
                .setParameter(1, List.copyOf(resolutionIds)).getResultList();
        rows.forEach(r -> out.put((String) r[0], (String) r[1]));
        return out;
    }
}
