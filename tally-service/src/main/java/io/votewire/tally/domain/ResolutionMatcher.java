package io.votewire.tally.domain;

import io.votewire.contract.Counts;
import io.votewire.contract.VoteEvent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which existing resolution a claim is about, using every signal: symbol, body, kind, date, counts,
 * outcome, sponsors, title words and positions. Hard contradictions (another symbol, body, kind or date) rule a
 * candidate out; the rest add or subtract evidence. Below {@link #THRESHOLD} the claim starts a new resolution.
 */
public final class ResolutionMatcher {
    static final double THRESHOLD = 2.0;
    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "of", "on", "in", "to", "for", "and", "by",
            "un", "u.n.", "united", "nations", "resolution", "draft", "text", "measure", "document", "vote", "its",
            "that", "with", "general", "assembly", "security", "council", "human", "rights");

    public Optional<ResolutionRecord> best(Claim claim, List<ResolutionRecord> candidates) {
        ResolutionRecord best = null;
        double bestScore = 0;
        List<ResolutionRecord> compatible = new java.util.ArrayList<>();
        for (ResolutionRecord r : candidates) {
            Optional<Double> s = score(claim.event(), r);
            if (s.isPresent() && s.get() > 0) {
                compatible.add(r);
            }
            if (s.isEmpty() || s.get() < THRESHOLD) {
                continue;
            }
            // ties go to the older id so the choice does not depend on the candidates' order
            if (best == null || s.get() > bestScore || s.get() == bestScore && r.id().compareTo(best.id()) < 0) {
                best = r;
                bestScore = s.get();
            }
        }
        // a claim too thin to identify a vote by itself ("the Council draft was vetoed") joins the only vote it fits
        if (best == null && compatible.size() == 1 && isThin(claim.event())) {
            best = compatible.get(0);
        }
        return Optional.ofNullable(best);
    }

    private static boolean isThin(VoteEvent e) {
        Counts c = e.counts() == null ? Counts.NONE : e.counts();
        return e.symbol() == null && c.yes() == null && c.no() == null && c.abstain() == null;
    }

    /** Evidence that the event reports the vote recorded in r; empty when they cannot be the same vote. */
    public Optional<Double> score(VoteEvent e, ResolutionRecord r) {
        if (!same(e.body(), r.body()) || !same(e.kind(), r.kind())) {
            return Optional.empty();
        }
        double score = 0;
        if (e.symbol() != null && r.symbol() != null) {
            if (!normalSymbol(e.symbol()).equals(normalSymbol(r.symbol()))) {
                return Optional.empty();
            }
            score += 10;
        }
        if (e.date() != null && r.date() != null) {
            long days = daysBetween(e.date(), r.date());
            if (days > 1) {
                return Optional.empty();
            }
            score += days == 0 ? 1.5 : 0;
        }
        Counts c = e.counts() == null ? Counts.NONE : e.counts();
        Counts rc = r.counts() == null ? Counts.NONE : r.counts();
        int agree = 0;
        int differ = 0;
        for (int i = 0; i < 3; i++) {
            Integer a = i == 0 ? c.yes() : i == 1 ? c.no() : c.abstain();
            Integer b = i == 0 ? rc.yes() : i == 1 ? rc.no() : rc.abstain();
            if (a != null && b != null) {
                if (a.equals(b)) {
                    agree++;
                } else {
                    differ++;
                }
            }
        }
        if (differ >= 2 && agree == 0) {
            return Optional.empty();
        }
        score += 2.5 * agree - 4.0 * differ;
        if (e.outcome() != null && r.outcome() != null) {
            score += e.outcome().equals(r.outcome()) ? 1 : -1;
        }
        score += 4 * titleSimilarity(e.title(), r.titles());
        if (e.sponsors() != null && !e.sponsors().isEmpty() && r.sponsors() != null && !r.sponsors().isEmpty()) {
            score += e.sponsors().stream().anyMatch(r.sponsors()::contains) ? 2 : -2;
        }
        score += positionAgreement(e.positions(), r.positions());
        return Optional.of(score);
    }

    private static double positionAgreement(Map<String, String> mine, Map<String, String> theirs) {
        if (mine == null || theirs == null) {
            return 0;
        }
        double s = 0;
        for (var p : mine.entrySet()) {
            String other = theirs.get(p.getKey());
            if (other != null) {
                s += other.equals(p.getValue()) ? 0.5 : -1;
            }
        }
        return Math.max(-3, Math.min(3, s));
    }

    /** Best Jaccard overlap of content words between the title and any name the resolution is known by. */
    static double titleSimilarity(String title, List<String> titles) {
        if (title == null || titles == null || titles.isEmpty()) {
            return 0;
        }
        Set<String> a = words(title);
        double best = 0;
        for (String t : titles) {
            Set<String> b = words(t);
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            Set<String> both = new HashSet<>(a);
            both.retainAll(b);
            Set<String> either = new HashSet<>(a);
            either.addAll(b);
            best = Math.max(best, (double) both.size() / either.size());
        }
        return best;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOPWORDS.contains(w)) {
                out.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    static String normalSymbol(String symbol) {
        return symbol.toUpperCase(Locale.ROOT).replaceAll("\\s+", "").replaceFirst("^DRAFT", "");
    }

    private static long daysBetween(String a, String b) {
        try {
            return Math.abs(LocalDate.parse(a).toEpochDay() - LocalDate.parse(b).toEpochDay());
        } catch (DateTimeParseException e) {
            return 0;
        }
    }

    private static boolean same(String a, String b) {
        return a == null || b == null || a.equals(b);
    }
}
