package io.votewire.tally.domain;

import io.votewire.contract.ArticleLists;
import io.votewire.contract.Counts;
import io.votewire.contract.UnRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Derives a resolution's record from all its claims: per field, the best-supported value; every disagreement, and
 * every value that contradicts what is known about the body, as a conflict. A pure function of the claim set.
 */
public final class ResolutionReconciler {
    private static final String[] COUNT_KEYS = {"yes", "no", "abstain"};

    /** The record of these claims, recomputed from all of them (repair, re-extraction, merges, tests). */
    public ResolutionRecord reconcile(String id, List<Claim> claims) {
        return derive(id, RecordTally.of(claims));
    }

    /** The record a tally adds up to; a pure function of the claims added to it, whatever their order. */
    public ResolutionRecord derive(String id, RecordTally tally) {
        Map<String, FieldVote> fields = tally.fields;
        TreeSet<String> sponsors = new TreeSet<>();
        String body = (String) best(fields, "body");
        UnRules.Years years = VoteYears.of((String) best(fields, "date"), tally.firstPublished);
        Counts counts = completeCouncilCounts(body, years, new Counts((Integer) best(fields, "counts.yes"),
                (Integer) best(fields, "counts.no"), (Integer) best(fields, "counts.abstain")));
        // a sponsor named by a stray source only (half the support of the best-attested one) is left out
        int topSponsor = fields.entrySet().stream().filter(e -> e.getKey().startsWith("sponsors."))
                .mapToInt(e -> e.getValue().ranked().get(0).sources()).max().orElse(0);
        fields.forEach((name, vote) -> {
            if (name.startsWith("sponsors.") && 2 * vote.ranked().get(0).sources() >= topSponsor) {
                sponsors.add(name.substring("sponsors.".length()));
            }
        });
        Map<String, String> positions = new TreeMap<>();
        fields.forEach((name, vote) -> {
            if (name.startsWith("positions.")) {
                positions.put(name.substring("positions.".length()), (String) vote.best());
            }
        });

        List<Conflict> conflicts = new ArrayList<>();
        Map<String, List<Support>> support = new LinkedHashMap<>();
        fields.forEach((name, vote) -> {
            if (name.startsWith("sponsors.")) {
                return;
            }
            List<Support> ranked = vote.ranked();
            support.put(name, ranked);
            // titles are descriptions: sources word them differently without disagreeing (all are in "titles")
            if (vote.disputed() && !name.equals("title") && !name.equals("mention_title")) {
                conflicts.add(Conflict.disagreement(name, ranked));
            }
        });
        String outcome = (String) best(fields, "outcome");
        outcome = checkVeto(body, years, outcome, counts, positions, conflicts, support);
        outcome = checkOutcomeAgainstCounts(body, outcome, counts, conflicts, support);
        checkCounts(body, years, counts, positions, conflicts, support);
        listBreaches(tally, conflicts);

        checkCorroboration(positions, tally.listing, conflicts, support);

        boolean disputed = conflicts.stream().anyMatch(Conflict::disputes);
        String status = disputed ? "disputed" : tally.sources.size() > 1 ? "confirmed" : "provisional";
        String kind = (String) best(fields, "kind");
        String date = (String) best(fields, "date");
        String symbol = (String) best(fields, "symbol");
        String yearless = (String) best(fields, "month_day");
        // a claim with a count or a symbol identified the vote by itself
        boolean identified = Stream.of("counts.yes", "counts.no", "counts.abstain", "symbol").anyMatch(fields::containsKey);
        String title = Titles.best(support.getOrDefault("title", List.of()), support.getOrDefault("mention_title", List.of()),
                identified, body, kind, symbol);
        return new ResolutionRecord(id, body, kind, date, title, symbol, outcome, counts, positions,
                tally.sources.size(), conflicts, status, List.copyOf(tally.titles), List.copyOf(sponsors),
                new ArticleList(ArticleLists.ALL, tally.articles), support, tally.firstPublished, VoteDay.monthDay(date, yearless),
                VoteDay.text(date, yearless), ResolutionRecord.listable(counts, symbol, tally.sources.size()));
    }

    /**
     * Every one of the Council's 15 members votes, so two counts that add up to 15 mean the third is zero
     * ("10 in favour and five abstentions" is 10-0-5). The Assembly has absentees, so nothing is inferred there.
     */
    static Counts completeCouncilCounts(String body, UnRules.Years years, Counts c) {
        if (!UnRules.SC.equals(body)) {
            return c;
        }
        Integer members = UnRules.size(body, years == null ? null : years.last());
        if (members == null) {
            return c;
        }
        if (c.yes() != null && c.abstain() != null && c.no() == null && c.yes() + c.abstain() == members) {
            return new Counts(c.yes(), 0, c.abstain());
        }
        if (c.yes() != null && c.no() != null && c.abstain() == null && c.yes() + c.no() == members) {
            return new Counts(c.yes(), c.no(), 0);
        }
        return c;
    }

    /** A permanent member's "no" on a Security Council draft that failed is a veto. */
    private static String checkVeto(String body, UnRules.Years years, String outcome, Counts counts,
                                    Map<String, String> positions, List<Conflict> conflicts,
                                    Map<String, List<Support>> support) {
        // a permanent member's no is a veto only on a draft that had the nine votes to pass otherwise
        if (!UnRules.SC.equals(body) || !"rejected".equals(outcome)
                || counts.yes() != null && counts.yes() < UnRules.SC_ADOPTION_YES) {
            return outcome;
        }
        boolean veto = UnRules.permanentMembers(years == null ? null : years.last()).stream()
                .anyMatch(p -> "no".equals(positions.get(p)));
        if (!veto) {
            return outcome;
        }
        conflicts.add(Conflict.inconsistency("outcome", "reported as rejected, but a permanent member voted no: a veto",
                support.getOrDefault("outcome", List.of())));
        return "vetoed";
    }

    /**
     * Decisive counts outweigh an outcome word: 93 to 8 in the Assembly passed even where one source wrote "rejected"
     * (two thirds of those voting is the highest bar any Assembly or Council text needs); a Council draft short of
     * nine votes failed. The stated alternative stays visible as a conflict.
     */
    private static String checkOutcomeAgainstCounts(String body, String outcome, Counts c, List<Conflict> conflicts,
                                                    Map<String, List<Support>> support) {
        if (outcome == null || c.yes() == null || c.no() == null) {
            return outcome;
        }
        String implied = null;
        if ("SC".equals(body)) {
            implied = c.yes() < UnRules.SC_ADOPTION_YES ? "rejected" : null;
        } else if (c.yes() > 0 && c.yes() >= 2 * c.no()) {
            implied = "adopted";
        } else if (c.yes() < c.no()) {
            implied = "rejected";
        }
        if (implied == null || implied.equals(outcome) || "vetoed".equals(outcome) && "rejected".equals(implied)) {
            return outcome;
        }
        conflicts.add(Conflict.inconsistency("outcome", "the counts " + c.yes() + "-" + c.no() + " mean " + implied
                + ", not " + outcome, support.getOrDefault("outcome", List.of())));
        return implied;
    }

    /** Sources that list a side and still leave a country out make its naming by one other source doubtful. */
    private static final int LISTING_SOURCES_TO_DOUBT = 3;

    /**
     * A country named on a side by one source only, where at least {@value #LISTING_SOURCES_TO_DOUBT} sources list
     * that side and the rest leave it out, is shown as uncorroborated. It stays in the positions: lists in news copy
     * are partial, so an omission is no contradiction, but the reader sees how thin the claim is.
     */
    private static void checkCorroboration(Map<String, String> positions, Map<String, TreeSet<String>> listing,
                                           List<Conflict> conflicts, Map<String, List<Support>> support) {
        Map<String, List<Support>> thin = new TreeMap<>();
        positions.forEach((iso, side) -> {
            int listers = listing.getOrDefault(side, new TreeSet<>()).size();
            Support s = support.get("positions." + iso).get(0);
            if (listers >= LISTING_SOURCES_TO_DOUBT && s.sources() == 1) {
                thin.computeIfAbsent(side, k -> new ArrayList<>()).add(new Support(iso, s.sources(), s.articles()));
            }
        });
        thin.forEach((side, values) -> conflicts.add(Conflict.uncorroborated("positions", "named as voting " + side
                + " by one source only, while " + (listing.get(side).size() - 1) + " other sources list that side without them", values)));
    }

    /** Counts must fit the body's membership, and no more countries can be named for a vote than its count. */
    private static void checkCounts(String body, UnRules.Years years, Counts counts, Map<String, String> positions,
                                    List<Conflict> conflicts, Map<String, List<Support>> support) {
        Integer members = UnRules.size(body, years == null ? null : years.last());
        Integer[] values = {counts.yes(), counts.no(), counts.abstain()};
        int total = 0;
        for (Integer v : values) {
            total += v == null ? 0 : v;
        }
        if (members != null && total > members) {
            conflicts.add(Conflict.inconsistency("counts", "the counts add up to " + total + ", more than the "
                    + members + " members of the " + body, List.of()));
        }
        for (int i = 0; i < COUNT_KEYS.length; i++) {
            String key = COUNT_KEYS[i];
            List<String> named = new ArrayList<>();
            positions.forEach((iso, v) -> {
                if (key.equals(v)) {
                    named.add(iso);
                }
            });
            if (values[i] == null || named.size() <= values[i]) {
                continue;
            }
            // more countries named than the count allows: the least supported ones are the doubtful claims
            named.sort(Comparator.comparingInt((String iso) -> -support.get("positions." + iso).get(0).sources())
                    .thenComparing(iso -> iso));
            List<String> doubtful = named.subList(values[i], named.size());
            int boundary = values[i] == 0 ? Integer.MAX_VALUE
                    : support.get("positions." + named.get(values[i] - 1)).get(0).sources();
            List<Support> dropped = new ArrayList<>();
            for (String iso : List.copyOf(doubtful)) {
                Support s = support.get("positions." + iso).get(0);
                if (s.sources() >= boundary) {
                    continue; // as well supported as the ones kept: nothing tells which is wrong
                }
                positions.remove(iso);
                dropped.add(new Support(iso + ":" + key, s.sources(), s.articles()));
            }
            conflicts.add(Conflict.inconsistency("positions", named.size() + " countries are named as voting " + key
                    + " but the count is " + values[i] + (dropped.isEmpty() ? "" : "; the least supported are left out"),
                    dropped));
        }
    }

    /**
     * Every rule of {@link UnRules} a claim broke, with the sources and articles that broke it (those claims weigh
     * less in the fields). The same words about the record's own values (counts over the body's size) are one
     * conflict, not two.
     */
    private static void listBreaches(RecordTally tally, List<Conflict> conflicts) {
        tally.breaches.values().forEach(b -> {
            conflicts.removeIf(c -> c.field().equals(b.field()) && c.reason().equals(b.reason()));
            conflicts.add(Conflict.inconsistency(b.field(), b.reason(),
                    List.of(new Support(b.rule(), b.sources().size(), new ArticleList(b.list(), b.articles())))));
        });
    }

    private static Object best(Map<String, FieldVote> fields, String name) {
        FieldVote v = fields.get(name);
        return v == null ? null : v.best();
    }
}
