package io.votewire.tally.service;

import io.votewire.tally.persistence.StoredResolution.Neighbour;
import io.votewire.tally.persistence.StoredResolution.Place;
import io.votewire.tally.persistence.StoredResolution.Window;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The windows a batch asks about are answered from memory exactly as the candidate query would answer them from
 * the database, with the batch's own records as they are now; what it reads to do so is a few fetches, not one a
 * window.
 */
class NeighbourhoodTest {
    private static final List<String> SYMBOLS = List.of("A/RES/81/1", "A/RES/81/2", "S/RES/2800");

    @Test
    void windowsAreAnsweredAsTheQueryWouldWithTheBatchsRecordsAsTheyAreNow() {
        Random random = new Random(15);
        for (int trial = 0; trial < 50; trial++) {
            Map<String, Place> database = new HashMap<>();
            for (int i = 0; i < 200; i++) {
                database.put("r-" + i, place(random));
            }
            Neighbourhood n = new Neighbourhood();
            // the batch's records: rows it changed, removed or made (its own version wins over what is read)
            Map<String, Place> held = new HashMap<>();
            int fetches = 0;
            for (int step = 0; step < 300; step++) {
                int what = random.nextInt(10);
                if (what == 0) {
                    String id = "r-" + random.nextInt(260);
                    Place p = random.nextInt(5) == 0 ? null : place(random);
                    held.put(id, p);
                    n.place(id, p);
                    continue;
                }
                Window w = window(random);
                for (Neighbourhood.Fetch f : n.missing(List.of(w))) {
                    n.read(f, query(database, f), held.keySet());
                    fetches++;
                }
                assertEquals(expected(database, held, w), n.in(w), "trial " + trial + ", step " + step + ": " + w);
            }
            assertTrue(fetches < 150, "a fetch serves the windows around it too: " + fetches);
        }
    }

    @Test
    void theWindowsOfTheRecordsAroundAVoteNeedNoOtherFetch() {
        Map<String, Place> database = new HashMap<>();
        database.put("r-1", new Place("GA", "resolution", "2026-03-10", "2026-03-10", null, 100, 5, 20));
        database.put("r-2", new Place("GA", "resolution", "2026-03-11", "2026-03-11", null, 90, 8, 30));
        Neighbourhood n = new Neighbourhood();
        Window vote = new Window("GA", "resolution", "2026-03-09", "2026-03-11", "2026-04-09", null, 100, 5, 20);
        List<Neighbourhood.Fetch> first = n.missing(List.of(vote));
        assertEquals(1, first.size());
        n.read(first.get(0), query(database, first.get(0)), Set.of());
        assertEquals(Set.of("r-1", "r-2"), n.in(vote));
        // a record a day later is merge-checked in its own window: the days read already hold it
        Window around = new Window("GA", "resolution", "2026-03-10", "2026-03-12", "2026-04-10", null, null, null, null);
        assertEquals(List.of(), n.missing(List.of(around)));
        // its symbol was not asked about yet
        Window named = new Window("GA", "resolution", "2026-03-10", "2026-03-12", "2026-04-10", "A/RES/81/1", null, null, null);
        assertEquals(1, n.missing(List.of(named)).size());
    }

    private static Place place(Random random) {
        String body = random.nextBoolean() ? "GA" : "SC";
        String date = random.nextInt(4) == 0 ? null : day(random);
        String reported = date == null && random.nextInt(3) == 0 ? null : day(random);
        String symbol = random.nextInt(3) == 0 ? SYMBOLS.get(random.nextInt(SYMBOLS.size())) : null;
        boolean counted = random.nextInt(3) > 0;
        return new Place(body, "resolution", date, reported, symbol, counted ? 10 + random.nextInt(3) : null,
                counted ? random.nextInt(2) : null, counted ? random.nextInt(2) : null);
    }

    private static Window window(Random random) {
        String body = random.nextInt(20) == 0 ? null : random.nextBoolean() ? "GA" : "SC";
        String symbol = random.nextInt(3) == 0 ? SYMBOLS.get(random.nextInt(SYMBOLS.size())) : null;
        boolean counted = random.nextBoolean();
        Integer yes = counted ? 10 + random.nextInt(3) : null;
        Integer no = counted ? random.nextInt(2) : null;
        Integer abstain = counted ? random.nextInt(2) : null;
        if (random.nextInt(15) == 0) {
            return new Window(body, "resolution", null, null, null, symbol, yes, no, abstain);
        }
        LocalDate anchor = LocalDate.parse(day(random));
        boolean undated = random.nextInt(4) == 0;
        return new Window(body, "resolution", anchor.minusDays(undated ? 31 : 1).toString(), anchor.plusDays(1).toString(),
                anchor.plusDays(31).toString(), symbol, yes, no, abstain);
    }

    private static String day(Random random) {
        return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(120)).toString();
    }

    /** What the candidate query reads for a fetch (StoredResolution.neighbours), from the rows as committed. */
    private static List<Neighbour> query(Map<String, Place> database, Neighbourhood.Fetch f) {
        List<Neighbour> out = new ArrayList<>();
        database.forEach((id, p) -> {
            if (!p.body().equals(f.body()) || !p.kind().equals(f.kind())) {
                return;
            }
            boolean in = f.all() || f.days().stream().anyMatch(d -> {
                String day = p.voteDate() != null ? p.voteDate() : p.firstReported();
                return day == null || day.compareTo(d.get(0)) >= 0 && day.compareTo(d.get(1)) <= 0;
            }) || p.symbolKey() != null && f.symbols().contains(p.symbolKey())
                    || p.yes() != null && p.no() != null && p.abstain() != null
                    && f.counts().contains(List.of(p.yes(), p.no(), p.abstain()));
            if (in) {
                out.add(new Neighbour(id, p, "{}"));
            }
        });
        return out;
    }

    private static Set<String> expected(Map<String, Place> database, Map<String, Place> held, Window w) {
        Set<String> out = new TreeSet<>();
        database.forEach((id, p) -> {
            if (!held.containsKey(id) && w.admits(p)) {
                out.add(id);
            }
        });
        held.forEach((id, p) -> {
            if (p != null && w.admits(p)) {
                out.add(id);
            }
        });
        return out;
    }
}
