package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.Panache;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Table {@code source_trust}: per outlet, its checked figures that agreed and disagreed, and the weight they give. */
public final class SourceTrustRows {
    private SourceTrustRows() {
    }

    /** Every outlet's weight as last written. */
    @SuppressWarnings("unchecked")
    public static Map<String, Double> weights() {
        Map<String, Double> out = new HashMap<>();
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select outlet, weight from source_trust").getResultList();
        rows.forEach(r -> out.put((String) r[0], ((Number) r[1]).doubleValue()));
        return out;
    }

    /** Every outlet with its counts, so weights can be computed again (a seed changed). */
    @SuppressWarnings("unchecked")
    public static List<Object[]> all() {
        return Panache.getEntityManager().createNativeQuery("select outlet, agreed, disagreed from source_trust order by outlet").getResultList();
    }

    /**
     * Adds an outlet's new agreements and disagreements (a row made for a new outlet) and returns its totals; the
     * row stays locked until the transaction ends, so concurrent tallies add up and weigh the same totals.
     */
    public static long[] add(String outlet, long agreed, long disagreed, double newOutletWeight) {
        Object[] totals = (Object[]) Panache.getEntityManager().createNativeQuery("insert into source_trust"
                        + " (outlet, agreed, disagreed, weight, updated_at) values (?1, ?2, ?3, ?4, now())"
                        + " on conflict (outlet) do update set agreed = source_trust.agreed + excluded.agreed,"
                        + " disagreed = source_trust.disagreed + excluded.disagreed, updated_at = now()"
                        + " returning agreed, disagreed")
                .setParameter(1, outlet).setParameter(2, agreed).setParameter(3, disagreed).setParameter(4, newOutletWeight)
                .getSingleResult();
        return new long[] {((Number) totals[0]).longValue(), ((Number) totals[1]).longValue()};
    }

    public static void weigh(String outlet, double weight) {
        Panache.getEntityManager().createNativeQuery("update source_trust set weight = ?2 where outlet = ?1 and weight <> ?2")
                .setParameter(1, outlet).setParameter(2, weight).executeUpdate();
    }
}
