package io.votewire.tally.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The candidate values of one field across claims. The best value is the one stated by the most independent
 * sources; ties go to the higher summed extractor confidence, then to a fixed order, so the result never depends on
 * the order claims arrived in.
 */
final class FieldVote {
    private static final class Tally {
        final TreeSet<String> sources = new TreeSet<>();
        final TreeSet<String> articles = new TreeSet<>();
        final Map<String, Double> confidence = new LinkedHashMap<>();

        double confidence() {
            return confidence.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private final Map<Object, Tally> values = new LinkedHashMap<>();

    void add(Object value, Claim claim) {
        if (value == null) {
            return;
        }
        Tally t = values.computeIfAbsent(value, v -> new Tally());
        t.sources.add(claim.source());
        t.articles.add(claim.articleId());
        // one source counts once, with its most confident claim
        t.confidence.merge(claim.source(), claim.event().confidence(), Math::max);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** Candidates, best first. */
    List<Support> ranked() {
        List<Map.Entry<Object, Tally>> entries = new ArrayList<>(values.entrySet());
        entries.sort(Comparator.<Map.Entry<Object, Tally>>comparingInt(e -> -e.getValue().sources.size())
                .thenComparingDouble(e -> -e.getValue().confidence())
                .thenComparing(e -> String.valueOf(e.getKey())));
        List<Support> out = new ArrayList<>();
        for (var e : entries) {
            out.add(new Support(e.getKey(), e.getValue().sources.size(), List.copyOf(e.getValue().articles)));
        }
        return out;
    }

    Object best() {
        List<Support> r = ranked();
        return r.isEmpty() ? null : r.get(0).value();
    }

    boolean disputed() {
        return values.size() > 1;
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
