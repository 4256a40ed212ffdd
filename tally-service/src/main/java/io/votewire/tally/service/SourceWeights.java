package io.votewire.tally.service;

import io.quarkus.runtime.StartupEvent;
import io.votewire.tally.domain.Claim;
import io.votewire.tally.domain.ResolutionRecord;
import io.votewire.tally.domain.SourceTrust;
import io.votewire.tally.domain.SourceTrust.Agreement;
import io.votewire.tally.persistence.SourceAgreementRows;
import io.votewire.tally.persistence.SourceTrustRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Each outlet's weight, as {@link SourceTrust} computes it from the persisted agreement counts. Records take the
 * weights when they are derived (a record touched by a batch weighs its sources as they stand then); the weights a
 * batch derives with are re-read at most every {@value #REFRESH_MILLIS} ms, and what a batch learns is written in
 * its own transaction, so a batch applied again after a failure learns nothing twice. An outlet's totals are the sums
 * of its rows per record ({@link #judge}), which a change of a record's consensus recounts rather than adds to.
 */
@ApplicationScoped
public class SourceWeights {
    static final long REFRESH_MILLIS = 10_000;

    private final SourceTrust model = SourceTrust.seeded();
    private volatile Map<String, Double> stored;
    private volatile long readAt;

    /** An edited seed table applies to every outlet at the next start. */
    @Transactional
    void reweighAtStart(@Observes StartupEvent start) {
        for (Object[] row : SourceTrustRows.all()) {
            String outlet = (String) row[0];
            SourceTrustRows.weigh(outlet, model.weight(outlet, ((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
    }

    /** The outlets' weights for the batch in progress (in its transaction); an outlet not yet seen weighs its prior. */
    ToDoubleFunction<String> current() {
        long now = System.currentTimeMillis();
        if (stored == null || now - readAt > REFRESH_MILLIS) {
            stored = SourceTrustRows.weights();
            readAt = now;
        }
        Map<String, Double> weights = stored;
        return outlet -> weights.getOrDefault(outlet, model.weight(outlet, 0, 0));
    }

    /** A record as a batch leaves it (null: removed), the claims the batch added to it, and whether claims left it. */
    record Judgement(ResolutionRecord record, List<Claim> added, boolean claimsLeft) {
    }

    /**
     * Judges a batch's records' claims (in its transaction): where a record's consensus is what its claims were
     * judged against, only the added claims are judged and added to their outlets' rows for it; where it changed
     * (or claims left the record), all its claims are judged again and their rows replaced. The outlets' totals take
     * the difference, and the weights they give are written.
     */
    void judge(Map<String, Judgement> judged, Function<String, List<Claim>> claimsOf) {
        Map<String, String> before = SourceAgreementRows.consensus(judged.keySet());
        Map<String, Agreement> change = new TreeMap<>(); // in order, so concurrent batches lock outlets alike
        judged.forEach((rid, j) -> {
            String now = j.record() == null ? null : SourceTrust.consensus(j.record());
            if (!j.claimsLeft() && Objects.equals(now, before.get(rid))) {
                if (now != null) {
                    SourceTrust.agreements(j.added(), j.record()).forEach((outlet, a) -> {
                        SourceAgreementRows.add(rid, outlet, a);
                        change.merge(outlet, a, Agreement::plus);
                    });
                }
                return;
            }
            Map<String, Agreement> recount = now == null ? Map.of() : SourceTrust.agreements(claimsOf.apply(rid), j.record());
            SourceAgreementRows.of(rid).forEach((outlet, a) -> change.merge(outlet, Agreement.NONE.minus(a), Agreement::plus));
            recount.forEach((outlet, a) -> change.merge(outlet, a, Agreement::plus));
            SourceAgreementRows.replace(rid, recount, now);
        });
        change.forEach((outlet, a) -> {
            if (!a.equals(Agreement.NONE)) {
                long[] totals = SourceTrustRows.add(outlet, a.agreed(), a.disagreed(), model.weight(outlet, 0, 0));
                SourceTrustRows.weigh(outlet, model.weight(outlet, totals[0], totals[1]));
            }
        });
    }
}
