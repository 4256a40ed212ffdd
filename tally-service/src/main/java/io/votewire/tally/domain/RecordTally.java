package io.votewire.tally.domain;

import io.votewire.contract.Counts;
import io.votewire.contract.UnRules;
import io.votewire.contract.VoteEvent;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * What a record's claims add up to, per field and value: adding a claim costs the facts it states, not the claims
 * already in. {@link ResolutionReconciler#derive} makes the record from it, so a record kept by adding claims one by
 * one and one recomputed from all its claims are the same.
 */
public final class RecordTally {
    /**
     * A claim that breaks what is known about the UN (a state voting where it did not sit, counts over the body's
     * size, a council adoption without nine yes) counts for this much of a sound one: two such claims do not
     * outweigh one sound claim, three do.
     */
    static final double BREACH_WEIGHT = 0.4;
    /** the fields of sponsors (one per sponsor): the record lists them, not their support */
    static final String SPONSORS = "sponsors.";

    final Map<String, FieldVote> fields = new TreeMap<>();
    final TreeSet<String> titles = new TreeSet<>();
    final TreeSet<String> articles = new TreeSet<>();
    final TreeSet<String> sources = new TreeSet<>();
    /** per side ("no", "abstain", ...): the sources that name at least one country voting that way */
    final Map<String, TreeSet<String>> listing = new TreeMap<>();
    /** the earliest publication date among the claims' articles */
    String firstPublished;
    /** per independent source, the outlets its articles appeared in */
    final Map<String, TreeSet<String>> outlets = new TreeMap<>();
    /** an outlet's weight while records are derived from this tally (neutral until {@link #weighedBy}) */
    private ToDoubleFunction<String> outletWeight = outlet -> SourceTrust.NEUTRAL_WEIGHT;
    /** counts the changes of a source's weight (new outlet weights, a source seen at another outlet): FieldVote's sums
     * of its values' weights hold while it stays */
    private long weighing;
    /** per rule a claim broke (field, then reason): the sources and articles that broke it */
    final Map<String, Breached> breaches = new TreeMap<>();

    /** The claims that broke one rule of {@link UnRules} in the same words. */
    public record Breached(String field, String rule, String reason, TreeSet<String> sources, TreeSet<String> articles) {
        /** The number its articles are stored under ({@link ArticleList}). */
        long list() {
            return ArticleList.ofBreach(field, reason);
        }
    }

    public static RecordTally of(List<Claim> claims) {
        RecordTally t = new RecordTally();
        claims.forEach(t::add);
        return t;
    }

    public void add(Claim c) {
        if (c.published() != null && c.published().length() >= 10) {
            String day = c.published().substring(0, 10);
            if (firstPublished == null || day.compareTo(firstPublished) < 0) {
                firstPublished = day;
            }
        }
        VoteEvent e = c.event();
        articles.add(c.articleId());
        sources.add(c.source());
        if (c.outlet() != null) {
            if (outlets.computeIfAbsent(c.source(), k -> new TreeSet<>()).add(c.outlet())) {
                weighing++;
            }
        }
        Counts counts = e.counts() == null ? Counts.NONE : e.counts();
        List<UnRules.Breach> broken = UnRules.breaches(e.body(), VoteYears.of(e.date(), c.published()), counts,
                e.outcome(), e.positions());
        for (UnRules.Breach b : broken) {
            Breached known = breaches.computeIfAbsent(b.field() + "\t" + b.reason(),
                    k -> new Breached(b.field(), b.rule(), b.reason(), new TreeSet<>(), new TreeSet<>()));
            known.sources().add(c.source());
            known.articles().add(c.articleId());
        }
        double standing = broken.isEmpty() ? 1 : BREACH_WEIGHT;
        vote("body", e.body(), c, standing);
        vote("kind", e.kind(), c, standing);
        vote("date", e.date(), c, standing);
        vote("month_day", e.monthDay(), c, standing);
        vote("symbol", e.symbol(), c, standing);
        // a thin mention's wording is kept apart: it names the vote only where no claim identifies it (Titles)
        vote(ResolutionMatcher.isThin(e) ? "mention_title" : "title", Titles.whole(e.title(), e.evidence()), c, standing);
        vote("outcome", e.outcome(), c, standing);
        vote("counts.yes", counts.yes(), c, standing);
        vote("counts.no", counts.no(), c, standing);
        vote("counts.abstain", counts.abstain(), c, standing);
        if (e.positions() != null) {
            e.positions().forEach((iso, v) -> {
                vote("positions." + iso, v, c, standing);
                listing.computeIfAbsent(v, k -> new TreeSet<>()).add(c.source());
            });
        }
        if (e.title() != null && !e.title().isBlank()) {
            titles.add(e.title());
        }
        if (e.sponsors() != null) {
            e.sponsors().forEach(sp -> vote(SPONSORS + sp, "yes", c, standing));
        }
    }

    /** Weighs each source by its outlets' current trust in the records derived from now on. */
    public RecordTally weighedBy(ToDoubleFunction<String> outletWeight) {
        this.outletWeight = outletWeight;
        weighing++;
        return this;
    }

    /**
     * A source's weight: that of its most trusted outlet (a UN release a wire service copied is still the UN's
     * telling), neutral when no outlet is known.
     */
    double sourceWeight(String source) {
        TreeSet<String> known = outlets.get(source);
        if (known == null) {
            return SourceTrust.NEUTRAL_WEIGHT;
        }
        double most = 0;
        for (String outlet : known) {
            most = Math.max(most, outletWeight.applyAsDouble(outlet));
        }
        return most;
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }

    /** The articles of the claims added, in order (read-only). */
    public Collection<String> articles() {
        return Collections.unmodifiableSet(articles);
    }

    /**
     * The numbers of the record's lists that name the article ({@link ArticleList}: its candidate values', its broken
     * rules'; sponsors are not in the document), in order; null when the article is not the record's. What is
     * stored of the article in the record apart from the document, so it is a function of its own claims only.
     */
    public long[] listsOf(String article) {
        if (!articles.contains(article)) {
            return null;
        }
        TreeSet<Long> out = new TreeSet<>();
        fields.forEach((name, vote) -> {
            if (!name.startsWith(SPONSORS)) {
                vote.listsOf(article, out);
            }
        });
        breaches.values().forEach(b -> {
            if (b.articles().contains(article)) {
                out.add(b.list());
            }
        });
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private void vote(String name, Object value, Claim c, double standing) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return;
        }
        fields.computeIfAbsent(name, n -> new FieldVote(n, this::sourceWeight, () -> weighing)).add(value, c, standing);
    }

    /** The tally as stored beside its record (JSON), so the next claim is added without reading the others. */
    /** ({@code breaches} and {@code outlets} are null in a tally stored before they were kept: recomputing fills them.) */
    public record State(Map<String, List<FieldVote.Value>> fields, List<String> titles, List<String> articles,
                        List<String> sources, Map<String, List<String>> listing, String firstPublished,
                        Map<String, Breached> breaches, Map<String, List<String>> outlets) {
    }

    public State state() {
        Map<String, List<FieldVote.Value>> f = new TreeMap<>();
        fields.forEach((name, vote) -> f.put(name, vote.values()));
        Map<String, List<String>> l = new TreeMap<>();
        listing.forEach((side, s) -> l.put(side, List.copyOf(s)));
        Map<String, List<String>> o = new TreeMap<>();
        outlets.forEach((source, known) -> o.put(source, List.copyOf(known)));
        return new State(f, List.copyOf(titles), List.copyOf(articles), List.copyOf(sources), l, firstPublished,
                new TreeMap<>(breaches), o);
    }

    public static RecordTally of(State s) {
        RecordTally t = new RecordTally();
        s.fields().forEach((name, values) -> t.fields.put(name, FieldVote.of(name, values, t::sourceWeight, () -> t.weighing)));
        t.titles.addAll(s.titles());
        t.articles.addAll(s.articles());
        t.sources.addAll(s.sources());
        s.listing().forEach((side, l) -> t.listing.put(side, new TreeSet<>(l)));
        t.firstPublished = s.firstPublished();
        if (s.breaches() != null) {
            t.breaches.putAll(s.breaches());
        }
        if (s.outlets() != null) {
            s.outlets().forEach((source, known) -> t.outlets.put(source, new TreeSet<>(known)));
        }
        return t;
    }
}
