package io.votewire.tally.domain;

import io.votewire.contract.Counts;
import io.votewire.contract.VoteEvent;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a record's claims add up to, per field and value: adding a claim costs the facts it states, not the claims
 * already in. {@link ResolutionReconciler#derive} makes the record from it, so a record kept by adding claims one by
 * one and one recomputed from all its claims are the same.
 */
public final class RecordTally {
    final Map<String, FieldVote> fields = new TreeMap<>();
    final TreeSet<String> titles = new TreeSet<>();
    final TreeSet<String> articles = new TreeSet<>();
    final TreeSet<String> sources = new TreeSet<>();
    /** per side ("no", "abstain", ...): the sources that name at least one country voting that way */
    final Map<String, TreeSet<String>> listing = new TreeMap<>();
    /** the earliest publication date among the claims' articles */
    String firstPublished;

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
        vote("body", e.body(), c);
        vote("kind", e.kind(), c);
        vote("date", e.date(), c);
        vote("symbol", e.symbol(), c);
        vote("title", e.title(), c);
        vote("outcome", e.outcome(), c);
        Counts counts = e.counts() == null ? Counts.NONE : e.counts();
        vote("counts.yes", counts.yes(), c);
        vote("counts.no", counts.no(), c);
        vote("counts.abstain", counts.abstain(), c);
        if (e.positions() != null) {
            e.positions().forEach((iso, v) -> {
                vote("positions." + iso, v, c);
                listing.computeIfAbsent(v, k -> new TreeSet<>()).add(c.source());
            });
        }
        if (e.title() != null && !e.title().isBlank()) {
            titles.add(e.title());
        }
        if (e.sponsors() != null) {
            e.sponsors().forEach(sp -> vote("sponsors." + sp, "yes", c));
        }
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }

    private void vote(String name, Object value, Claim c) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return;
        }
        fields.computeIfAbsent(name, n -> new FieldVote()).add(value, c);
    }

    /** The tally as stored beside its record (JSON), so the next claim is added without reading the others. */
    public record State(Map<String, List<FieldVote.Value>> fields, List<String> titles, List<String> articles,
                        List<String> sources, Map<String, List<String>> listing, String firstPublished) {
    }

    public State state() {
        Map<String, List<FieldVote.Value>> f = new TreeMap<>();
        fields.forEach((name, vote) -> f.put(name, vote.values()));
        Map<String, List<String>> l = new TreeMap<>();
        listing.forEach((side, s) -> l.put(side, List.copyOf(s)));
        return new State(f, List.copyOf(titles), List.copyOf(articles), List.copyOf(sources), l, firstPublished);
    }

    public static RecordTally of(State s) {
        RecordTally t = new RecordTally();
        s.fields().forEach((name, values) -> t.fields.put(name, FieldVote.of(values)));
        t.titles.addAll(s.titles());
        t.articles.addAll(s.articles());
        t.sources.addAll(s.sources());
        s.listing().forEach((side, l) -> t.listing.put(side, new TreeSet<>(l)));
        t.firstPublished = s.firstPublished();
        return t;
    }
}
