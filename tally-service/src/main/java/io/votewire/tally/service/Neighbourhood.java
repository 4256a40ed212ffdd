package io.votewire.tally.service;

import io.votewire.tally.persistence.StoredResolution.Neighbour;
import io.votewire.tally.persistence.StoredResolution.Place;
import io.votewire.tally.persistence.StoredResolution.Window;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The records one transaction has read or made, indexed by the columns the candidate query filters on, with what of
 * the database was read (per body and kind: every record, day ranges, symbols, triples of counts), so a window is
 * answered from memory once the rows it needs are in. Read rows whose id the transaction already holds are not
 * taken: its own version ({@link #place}) is newer. Windows it cannot answer yet come back as {@link Fetch}es,
 * widened by a few days, so one query serves a batch's windows and the windows of the records in them.
 */
final class Neighbourhood {
    /** Days added on each side of a range fetched: a neighbour's window reaches a day or two beyond the event's. */
    static final int MARGIN_DAYS = 7;

    /** What to read of one body and kind. */
    record Fetch(String body, String kind, boolean all, List<List<String>> days, Set<String> symbols,
                 Set<List<Integer>> counts) {
    }

    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, Known> known = new HashMap<>();

    /** The records of one body and kind, and what of them was read. */
    private static final class Known {
        boolean all;
        /** day ranges read, from -> to, disjoint */
        final TreeMap<String, String> days = new TreeMap<>();
        final Set<String> symbols = new HashSet<>();
        final Set<List<Integer>> counts = new HashSet<>();
        final Set<String> ids = new TreeSet<>();
        final TreeMap<String, Set<String>> byVoteDate = new TreeMap<>();
        final TreeMap<String, Set<String>> undatedByReport = new TreeMap<>();
        final Set<String> undatedUnreported = new HashSet<>();
        final Map<String, Set<String>> bySymbol = new HashMap<>();
        final Map<List<Integer>, Set<String>> byCounts = new HashMap<>();

        boolean covers(Window w) {
            if (all) {
                return true;
            }
            if (w.from() == null) {
                return false;
            }
            Map.Entry<String, String> range = days.floorEntry(w.from());
            return range != null && range.getValue().compareTo(last(w)) >= 0
                    && (w.symbolKey() == null || symbols.contains(w.symbolKey()))
                    && (!w.hasCounts() || counts.contains(counts(w)));
        }

        void read(Fetch f) {
            all |= f.all();
            f.days().forEach(d -> addRange(d.get(0), d.get(1)));
            symbols.addAll(f.symbols());
            counts.addAll(f.counts());
        }

        private void addRange(String from, String to) {
            // merged with the ranges it overlaps
            Map.Entry<String, String> before = days.floorEntry(from);
            if (before != null && before.getValue().compareTo(from) >= 0) {
                from = before.getKey();
                to = max(to, before.getValue());
            }
            for (Map.Entry<String, String> next = days.ceilingEntry(from); next != null && next.getKey().compareTo(to) <= 0;
                 next = days.ceilingEntry(from)) {
                to = max(to, next.getValue());
                days.remove(next.getKey());
            }
            days.put(from, to);
        }

        void index(String id, Place p, boolean in) {
            if (in) {
                ids.add(id);
            } else {
                ids.remove(id);
            }
            if (p.voteDate() != null) {
                mark(byVoteDate, p.voteDate(), id, in);
            } else if (p.firstReported() != null) {
                mark(undatedByReport, p.firstReported(), id, in);
            } else if (in) {
                undatedUnreported.add(id);
            } else {
                undatedUnreported.remove(id);
            }
            if (p.symbolKey() != null) {
                mark(bySymbol, p.symbolKey(), id, in);
            }
            if (p.yes() != null && p.no() != null && p.abstain() != null) {
                mark(byCounts, List.of(p.yes(), p.no(), p.abstain()), id, in);
            }
        }

        private static <K> void mark(Map<K, Set<String>> index, K key, String id, boolean in) {
            if (in) {
                index.computeIfAbsent(key, k -> new HashSet<>()).add(id);
            } else if (index.containsKey(key)) {
                index.get(key).remove(id);
            }
        }

        Set<String> in(Window w) {
            if (w.from() == null) {
                return ids;
            }
            Set<String> out = new HashSet<>(undatedUnreported);
            byVoteDate.subMap(w.from(), true, w.to(), true).values().forEach(out::addAll);
            undatedByReport.subMap(w.from(), true, w.reportedTo(), true).values().forEach(out::addAll);
            if (w.symbolKey() != null) {
                out.addAll(bySymbol.getOrDefault(w.symbolKey(), Set.of()));
            }
            if (w.hasCounts()) {
                out.addAll(byCounts.getOrDefault(counts(w), Set.of()));
            }
            return out;
        }
    }

    /** What must be read before these windows can be answered: nothing when they can be already. */
    List<Fetch> missing(Collection<Window> windows) {
        Map<String, Fetch> out = new LinkedHashMap<>();
        for (Window w : windows) {
            if (w.body() == null || w.kind() == null || known(w).covers(w)) {
                continue; // the query matches no body of null
            }
            Fetch f = out.computeIfAbsent(w.body() + "|" + w.kind(),
                    k -> new Fetch(w.body(), w.kind(), false, new ArrayList<>(), new TreeSet<>(), new HashSet<>()));
            if (w.from() == null) {
                out.put(w.body() + "|" + w.kind(), new Fetch(w.body(), w.kind(), true, List.of(), Set.of(), Set.of()));
                continue;
            }
            if (f.all()) {
                continue;
            }
            f.days().add(List.of(shift(w.from(), -MARGIN_DAYS), shift(last(w), MARGIN_DAYS)));
            if (w.symbolKey() != null) {
                f.symbols().add(w.symbolKey());
            }
            if (w.hasCounts()) {
                f.counts().add(counts(w));
            }
        }
        // the ranges as few as they can be: overlapping ones merged
        List<Fetch> merged = new ArrayList<>();
        for (Fetch f : out.values()) {
            Known ranges = new Known();
            f.days().forEach(d -> ranges.addRange(d.get(0), d.get(1)));
            List<List<String>> days = new ArrayList<>();
            ranges.days.forEach((from, to) -> days.add(List.of(from, to)));
            merged.add(new Fetch(f.body(), f.kind(), f.all(), days, f.symbols(), f.counts()));
        }
        return merged;
    }

    /** Takes what a fetch read: the rows this transaction does not know yet, and that the windows it covers are in. */
    void read(Fetch f, List<Neighbour> rows, Set<String> held) {
        for (Neighbour n : rows) {
            if (!places.containsKey(n.id()) && !held.contains(n.id())) {
                place(n.id(), n.place());
            }
        }
        known(f.body(), f.kind()).read(f);
    }

    /** A record as it is now in this transaction; null when it was removed. */
    void place(String id, Place p) {
        Place before = places.get(id);
        if (before != null) {
            known(before.body(), before.kind()).index(id, before, false);
        }
        if (p == null) {
            places.remove(id);
        } else {
            places.put(id, p);
            known(p.body(), p.kind()).index(id, p, true);
        }
    }

    /** Where a record known here stands; null when it is not (or was removed). */
    Place placeOf(String id) {
        return places.get(id);
    }

    /** The ids of the records in a window, which must be covered ({@link #missing} empty). */
    Set<String> in(Window w) {
        if (w.body() == null || w.kind() == null) {
            return Set.of();
        }
        Known k = known(w);
        if (!k.covers(w)) {
            throw new IllegalStateException("window not read yet: " + w);
        }
        Set<String> out = new TreeSet<>();
        for (String id : k.in(w)) {
            if (w.admits(places.get(id))) {
                out.add(id);
            }
        }
        return out;
    }

    private Known known(Window w) {
        return known(w.body(), w.kind());
    }

    private Known known(String body, String kind) {
        return known.computeIfAbsent(body + "|" + kind, k -> new Known());
    }

    private static String last(Window w) {
        return max(w.to(), w.reportedTo());
    }

    private static String max(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static List<Integer> counts(Window w) {
        return List.of(w.yes(), w.no(), w.abstain());
    }

    /** The day {@code days} away from an ISO day; a day that is not one is kept (the range still holds the window). */
    private static String shift(String day, int days) {
        try {
            return LocalDate.parse(day).plusDays(days).toString();
        } catch (RuntimeException e) {
            return day;
        }
    }
}
