package io.votewire.tally.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;

/**
 * The candidate values of one field across claims. The best value is the one with the most weight: each independent
 * source stating it adds its weight (its outlet's trust, {@link SourceTrust}) times its standing (1, or less where all
 * its claims of the value break what is known about the UN); ties go to the most sources, then the higher summed
 * extractor confidence, then a fixed order, so the result never depends on the order claims arrived in (given the
 * same outlet weights).
 */
final class FieldVote {
    /** One value's support; sources and articles are sorted so sums and lists do not depend on arrival order. */
    private static final class Tally {
        /** per source, its most confident claim: one source counts once */
        final TreeMap<String, Double> confidence = new TreeMap<>();
        /** per source, the standing of its soundest claim (RecordTally.BREACH_WEIGHT or 1) */
        final TreeMap<String, Double> standing = new TreeMap<>();
        final TreeSet<String> articles = new TreeSet<>();
        /** the number its articles are stored under (ArticleList) */
        final long list;

        Tally(long list) {
            this.list = list;
        }

        /**
         * The value's weight as last summed, and the weighing it was summed in (-1: not since the value changed). A
         * record is derived after every claim, and summing the sources of a value a big vote's every article states
         * each time made a claim cost the record's size; the sum is the same, in the same order, as when it was kept.
         */
        private double weight;
        private long summedIn = -1;

        double weight(ToDoubleFunction<String> sourceWeight, long weighing) {
            if (summedIn != weighing) {
                double sum = 0;
                for (Map.Entry<String, Double> s : standing.entrySet()) {
                    sum += s.getValue() * sourceWeight.applyAsDouble(s.getKey());
                }
                weight = sum;
                summedIn = weighing;
            }
            return weight;
        }

        double confidence() {
            double sum = 0;
            for (double c : confidence.values()) {
                sum += c;
            }
            return sum;
        }
    }

    private final String field;
    private final Map<Object, Tally> values = new LinkedHashMap<>();
    /** an independent source's weight by its outlets' trust (RecordTally#sourceWeight) */
    private final ToDoubleFunction<String> sourceWeight;
    /** which weighing of the sources is in force: it changes whenever a source's weight may have (RecordTally) */
    private final LongSupplier weighing;

    FieldVote(String field, ToDoubleFunction<String> sourceWeight, LongSupplier weighing) {
        this.field = field;
        this.sourceWeight = sourceWeight;
        this.weighing = weighing;
    }

    void add(Object value, Claim claim, double standing) {
        if (value == null) {
            return;
        }
        add(value, claim.source(), claim.event().confidence(), standing, List.of(claim.articleId()));
    }

    private void add(Object value, String source, double confidence, double standing, List<String> articles) {
        Tally t = values.computeIfAbsent(value, v -> new Tally(ArticleList.ofValue(field, v)));
        t.summedIn = -1;
        t.confidence.merge(source, confidence, Math::max);
        t.standing.merge(source, standing, Math::max);
        t.articles.addAll(articles);
    }

    /** Candidates, best first. */
    List<Support> ranked() {
        List<Map.Entry<Object, Tally>> entries = new ArrayList<>(values.entrySet());
        long now = weighing.getAsLong();
        entries.sort(Comparator.<Map.Entry<Object, Tally>>comparingDouble(e -> -e.getValue().weight(sourceWeight, now))
                .thenComparingInt(e -> -e.getValue().confidence.size())
                .thenComparingDouble(e -> -e.getValue().confidence())
                .thenComparing(e -> String.valueOf(e.getKey())));
        List<Support> out = new ArrayList<>();
        for (var e : entries) {
            out.add(new Support(e.getKey(), e.getValue().confidence.size(), new ArticleList(e.getValue().list, e.getValue().articles)));
        }
        return out;
    }

    /** Adds the numbers of the lists of this field's values that name the article. */
    void listsOf(String article, Collection<Long> out) {
        values.values().forEach(t -> {
            if (t.articles.contains(article)) {
                out.add(t.list);
            }
        });
    }

    Object best() {
        List<Support> r = ranked();
        return r.isEmpty() ? null : r.get(0).value();
    }

    boolean disputed() {
        return values.size() > 1;
    }

    /**
     * One candidate value as stored: its sources with their confidence and standing, and its articles. A tally
     * stored before standing was kept has none: its sources stand at 1.
     */
    public record Value(Object value, Map<String, Double> confidence, List<String> articles, Map<String, Double> standing) {
    }

    /** The values in a fixed order, so equal tallies are stored alike whatever order their claims came in. */
    List<Value> values() {
        List<Value> out = new ArrayList<>();
        values.forEach((v, t) -> out.add(new Value(v, t.confidence, List.copyOf(t.articles), t.standing)));
        out.sort(Comparator.comparing(v -> String.valueOf(v.value())));
        return out;
    }

    static FieldVote of(String field, List<Value> stored, ToDoubleFunction<String> sourceWeight, LongSupplier weighing) {
        FieldVote f = new FieldVote(field, sourceWeight, weighing);
        for (Value v : stored) {
            v.confidence().forEach((source, c) -> f.add(v.value(), source, c,
                    v.standing() == null ? 1 : v.standing().getOrDefault(source, 1.0), List.of()));
            f.values.get(v.value()).articles.addAll(v.articles());
        }
        return f;
    }
}
