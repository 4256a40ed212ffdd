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
    public static Map<String, Set<String>> of(Collection<String> resolutionIds) {
        Map<String, Set<String>> out = new HashMap<>();
        if (resolutionIds.isEmpty()) {
            return out;
        }
        Set<String> asked = Set.copyOf(resolutionIds);
        for (Object[] pair : SharedArticles.undatedAround(asked)) {
            link(out, asked, (String) pair[0], (String) pair[1]);
            link(out, asked, (String) pair[1], (String) pair[0]);
        }
        return out;
    }

    private static void link(Map<String, Set<String>> out, Set<String> asked, String from, String to) {
        if (asked.contains(from)) {
            out.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
        }
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
