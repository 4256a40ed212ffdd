package io.votewire.gateway.service;

import io.votewire.gateway.persistence.TallyReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolution documents by revision. Reads fetch the records' heads (id, revision) first; a document is read from
 * the database only when its revision is not the one held here, so hundreds of pollers of unchanged records cost
 * one small indexed query each, not a JSON document out of PostgreSQL each.
 */
@ApplicationScoped
public class ResolutionDocs {
    /** A bound, not a tuning knob: past it the cache starts over (documents are a few KB each). */
    private static final int MAX_ENTRIES = 20_000;

    private final TallyReader tally;
    private final Map<String, TallyReader.ResolutionDoc> byId = new ConcurrentHashMap<>();

    public ResolutionDocs(TallyReader tally) {
        this.tally = tally;
    }

    /** The documents of these heads, in their order; one database round trip for all that are not held. */
    public List<String> of(List<TallyReader.ResolutionHead> heads) {
        List<String> missing = new ArrayList<>();
        for (TallyReader.ResolutionHead h : heads) {
            TallyReader.ResolutionDoc d = byId.get(h.id());
            if (d == null || d.revision() < h.revision()) {
                missing.add(h.id());
            }
        }
        if (!missing.isEmpty()) {
            if (byId.size() > MAX_ENTRIES) {
                byId.clear();
            }
            for (TallyReader.ResolutionDoc d : tally.docs(missing)) {
                byId.merge(d.id(), d, (old, fresh) -> fresh.revision() >= old.revision() ? fresh : old);
            }
        }
        List<String> out = new ArrayList<>(heads.size());
        for (TallyReader.ResolutionHead h : heads) {
            TallyReader.ResolutionDoc d = byId.get(h.id());
            if (d != null) {
                out.add(d.json());
            }
        }
        return out;
    }
}
