package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.votewire.tally.domain.SourceTrust.Agreement;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tables {@code source_agreement} (per record and outlet, what the outlet's claims there agreed and disagreed with)
 * and {@code record_consensus} (per record, the consensus they were judged against).
 */
public final class SourceAgreementRows {
    private SourceAgreementRows() {
    }

    /** The consensus each of these records' claims were last judged against (none: not judged against any). */
    @SuppressWarnings("unchecked")
    public static Map<String, String> consensus(Collection<String> resolutionIds) {
        Map<String, String> out = new HashMap<>();
        if (!resolutionIds.isEmpty()) {
            List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select resolution_id, consensus"
                    + " from record_consensus where resolution_id in (?1)").setParameter(1, List.copyOf(resolutionIds))
                    .getResultList();
            rows.forEach(r -> out.put((String) r[0], (String) r[1]));
        }
        return out;
    }

    /** The record's rows, per outlet. */
    @SuppressWarnings("unchecked")
    public static Map<String, Agreement> of(String resolutionId) {
        Map<String, Agreement> out = new TreeMap<>();
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select outlet, agreed, disagreed"
                + " from source_agreement where resolution_id = ?1").setParameter(1, resolutionId).getResultList();
        rows.forEach(r -> out.put((String) r[0], new Agreement(((Number) r[1]).intValue(), ((Number) r[2]).intValue())));
        return out;
    }

    /** Adds newly judged claims' figures to the outlet's row for the record. */
    public static void add(String resolutionId, String outlet, Agreement a) {
        Panache.getEntityManager().createNativeQuery("insert into source_agreement (resolution_id, outlet, agreed, disagreed)"
                        + " values (?1, ?2, ?3, ?4) on conflict (resolution_id, outlet) do update set"
                        + " agreed = source_agreement.agreed + excluded.agreed, disagreed = source_agreement.disagreed + excluded.disagreed")
                .setParameter(1, resolutionId).setParameter(2, outlet).setParameter(3, a.agreed()).setParameter(4, a.disagreed())
                .executeUpdate();
    }

    /** The record's rows after a recount (no consensus: no rows), in place of the old ones. */
    public static void replace(String resolutionId, Map<String, Agreement> rows, String consensus) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("delete from source_agreement where resolution_id = ?1").setParameter(1, resolutionId).executeUpdate();
        em.createNativeQuery("delete from record_consensus where resolution_id = ?1").setParameter(1, resolutionId).executeUpdate();
        if (consensus == null) {
            return;
        }
        rows.forEach((outlet, a) -> add(resolutionId, outlet, a));
        em.createNativeQuery("insert into record_consensus (resolution_id, consensus) values (?1, ?2)")
                .setParameter(1, resolutionId).setParameter(2, consensus).executeUpdate();
    }
}
