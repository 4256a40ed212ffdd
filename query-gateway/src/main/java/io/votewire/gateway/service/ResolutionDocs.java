package io.votewire.gateway.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.votewire.gateway.config.DocumentCacheLimits;
import io.votewire.gateway.persistence.TallyReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolution documents by revision. Reads fetch the records' heads (id, revision) first; a document is read from
 * the database only when its revision is not the one held here, so hundreds of pollers of unchanged records cost
 * one small indexed query each, not a JSON document out of PostgreSQL each. What is held is bounded by bytes, not by
 * count: one record with thousands of sources weighs as much as hundreds of small ones.
 */
@ApplicationScoped
public class ResolutionDocs {
    /** A held document's cost beside its text: the entry, the record, the id. */
    private static final int ENTRY_OVERHEAD = 96;

    private final TallyReader tally;
    private final Cache<String, TallyReader.ResolutionDoc> byId;

    public ResolutionDocs(TallyReader tally, DocumentCacheLimits limits) {
        this.tally = tally;
        this.byId = Caffeine.newBuilder()
                .maximumWeight(limits.cacheBytes())
                .weigher((String id, TallyReader.ResolutionDoc d) -> weight(d))
                .executor(Runnable::run) // evict on the reading thread: the bound holds when a read returns
                .build();
    }

    private static int weight(TallyReader.ResolutionDoc d) {
        return (int) Math.min(Integer.MAX_VALUE, ENTRY_OVERHEAD + 2L * (d.id().length() + d.json().length()));
    }

    /** The documents of these heads, in their order; one database round trip for all that are not held. */
    public List<String> of(List<TallyReader.ResolutionHead> heads) {
        Map<String, TallyReader.ResolutionDoc> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (TallyReader.ResolutionHead h : heads) {
            TallyReader.ResolutionDoc d = byId.getIfPresent(h.id());
            if (d == null || d.revision() < h.revision()) {
                missing.add(h.id());
            } else {
                found.put(h.id(), d);
            }
        }
        if (!missing.isEmpty()) {
            for (TallyReader.ResolutionDoc d : tally.docs(missing)) {
                found.put(d.id(), d); // answered from what was read, even when the cache cannot keep it
                byId.asMap().merge(d.id(), d, (old, fresh) -> fresh.revision() >= old.revision() ? fresh : old);
            }
        }
        List<String> out = new ArrayList<>(heads.size());
        for (TallyReader.ResolutionHead h : heads) {
            TallyReader.ResolutionDoc d = found.get(h.id());
            if (d != null) {
                out.add(d.json());
            }
        }
        return out;
    }

    /** The bytes held now, as weighed against the bound. */
    public long heldBytes() {
        byId.cleanUp();
        return byId.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }
}
