package io.votewire.tally.service;

import io.quarkus.runtime.StartupEvent;
import io.votewire.tally.domain.SourceTrust;
import io.votewire.tally.persistence.SourceTrustRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Each outlet's weight, as {@link SourceTrust} computes it from the persisted agreement counts. Records take the
 * weights when they are derived (a record touched by a batch weighs its sources as they stand then); the weights a
 * batch derives with are re-read at most every {@value #REFRESH_MILLIS} ms, and what a batch learns is written in
 * its own transaction, so a batch applied again after a failure learns nothing twice.
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

    /** Adds a batch's checked figures per outlet (in its transaction) and writes the weights they give. */
    void learn(Map<String, SourceTrust.Agreement> observed) {
        new TreeMap<>(observed).forEach((outlet, a) -> { // in order, so concurrent batches lock rows alike
            long[] totals = SourceTrustRows.add(outlet, a.agreed(), a.disagreed(), model.weight(outlet, 0, 0));
            SourceTrustRows.weigh(outlet, model.weight(outlet, totals[0], totals[1]));
        });
    }
}
