package io.votewire.contract;

import io.votewire.contract.UnRules.Breach;
import io.votewire.contract.UnRules.Years;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnRulesTest {
    @Test
    void theTablesHaveTheShapeTheCharterGivesTheBodies() {
        for (int year = 1946; year <= 2026; year++) {
            assertEquals(year < 1966 ? 11 : 15, UnRules.size("SC", year), "Security Council seats in " + year);
            assertTrue(UnRules.covers("SC", year) && UnRules.covers("GA", year), "covered: " + year);
        }
        assertEquals(51, UnRules.size("GA", 1945));
        assertEquals(99, UnRules.size("GA", 1960));
        assertEquals(193, UnRules.size("GA", 2026));
        assertEquals(193, UnRules.size("GA", null));
        assertEquals(47, UnRules.size("HRC", 2025));
        assertNull(UnRules.size("HRC", 2001), "no rights council before 2006");
        assertNull(UnRules.size("OTHER", 2025));
        assertEquals(15, UnRules.size("SC", 2031), "after the tables: the latest size");
        assertNull(UnRules.size("SC", 1940), "before the council existed");
    }

    @Test
    void permanentSeatsChangeHandsIn1971And1991() {
        assertEquals(Set.of("CHN", "FRA", "GBR", "RUS", "USA"), UnRules.permanentMembers(null));
        assertEquals(Set.of("TWN", "FRA", "GBR", "SUN", "USA"), UnRules.permanentMembers(1960));
        assertTrue(UnRules.permanentMembers(1971).containsAll(Set.of("TWN", "CHN")));
        assertEquals(Set.of("CHN", "FRA", "GBR", "SUN", "USA"), UnRules.permanentMembers(1980));
        assertTrue(UnRules.permanentMembers(1991).containsAll(Set.of("SUN", "RUS")));
        assertEquals(UnRules.permanentMembers(null), UnRules.permanentMembers(2031), "after the table: the latest");
        assertFalse(UnRules.sat("SC", "RUS", 1985));
        assertTrue(UnRules.sat("SC", "SUN", 1985));
    }

    /** Elected members for their terms only; the Assembly from admission; the rights council where listed. */
    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource({
            "SC, SVN, 2025, true", "SC, SVN, 2026, false", "SC, LVA, 2026, true",
            "SC, ITA, 2017, true", "SC, ITA, 2018, false", "SC, NLD, 2018, true", // the split term of 2017-2018
            "GA, SSD, 2010, false", "GA, SSD, 2011, true", "GA, CHE, 2001, false", "GA, CHE, 2002, true",
            "GA, PSE, 2025, false", // an observer state has no vote
            "GA, SYR, 1960, false", // Syria sat as part of the United Arab Republic
            "GA, DDR, 1980, true", "GA, DDR, 1991, false",
            "GA, SRB, 1995, false", // the Federal Republic of Yugoslavia was admitted in 2000
            "HRC, ISL, 2025, true", "HRC, USA, 2025, false", "HRC, USA, 2024, true",
            "HRC, DZA, 2007, true", "HRC, DZA, 2008, false", // a one-year term of the first draw, to June 2007
            "HRC, USA, 2018, true", "HRC, ISL, 2018, true", "HRC, USA, 2019, false", // withdrew in June 2018
            "HRC, RUS, 2022, true", "HRC, CZE, 2022, true", "HRC, RUS, 2023, false", // suspended in April 2022
            "HRC, LBY, 2011, true", // suspended from March to November 2011
            "HRC, CAN, 2009, true", "HRC, CAN, 2010, false", "HRC, KGZ, 2012, true", "HRC, KGZ, 2013, false"})
    void whoSatWhere(String body, String state, int year, boolean sat) {
        assertEquals(sat, UnRules.sat(body, state, year));
    }

    @Test
    void aYearTheTablesDoNotCoverSaysNothing() {
        assertNull(UnRules.sat("SC", "USA", 2027));
        assertNull(UnRules.sat("HRC", "USA", 2027));
        assertNull(UnRules.sat("HRC", "USA", 2005));
        assertEquals(List.of(), UnRules.breaches("HRC", Years.of(2027), Counts.NONE, null, Map.of("NRU", "yes")),
                "2027's membership is not all known yet: nothing is ruled out");
    }

    /** Seats per group on every day since the first session; fewer only while a seat was vacant. */
    @Test
    void theRightsCouncilHas47SeatsInItsFiveGroupsEveryDay() {
        Map<String, Integer> sizes = Map.of("AFR", 13, "APG", 13, "EEG", 6, "GRULAC", 8, "WEOG", 7);
        for (LocalDate day = LocalDate.of(2006, 6, 19); !day.isAfter(LocalDate.of(2026, 12, 31)); day = day.plusDays(1)) {
            Map<String, Integer> expected = new HashMap<>(sizes);
            if (within(day, "2011-03-01", "2011-11-17")) {
                expected.put("AFR", 12); // Libya suspended, its seat kept for it
            } else if (within(day, "2018-06-19", "2018-07-12")) {
                expected.put("WEOG", 6); // the United States gone, Iceland not yet elected
            } else if (within(day, "2022-04-07", "2022-05-09")) {
                expected.put("EEG", 5); // the Russian Federation gone, the Czech Republic not yet elected
            }
            Map<String, Integer> held = new HashMap<>();
            Set<String> states = new HashSet<>();
            for (UnRules.Seat seat : UnRules.rightsCouncilSeats()) {
                if (!day.isBefore(seat.from()) && !day.isAfter(seat.to())) {
                    held.merge(seat.group(), 1, Integer::sum);
                    assertTrue(states.add(seat.iso3()), seat.iso3() + " holds two seats on " + day);
                }
            }
            assertEquals(expected, held, "seats on " + day);
        }
    }

    /** Three-year terms (the first ones of one, two or three years, those of 2009-2011 ran on to a December), at most two in a row. */
    @Test
    void rightsCouncilTermsFollowTheAssemblysRules() {
        Map<String, List<UnRules.Seat>> byState = new TreeMap<>();
        for (UnRules.Seat seat : UnRules.rightsCouncilSeats()) {
            assertTrue(seat.from().isBefore(seat.to()), seat.toString());
            assertFalse(seat.to().isAfter(seat.from().plusYears(3).plusMonths(7)), "longer than a term: " + seat);
            byState.computeIfAbsent(seat.iso3(), k -> new ArrayList<>()).add(seat);
        }
        byState.forEach((state, seats) -> {
            seats.sort(Comparator.comparing(UnRules.Seat::from));
            int inARow = 1;
            for (int i = 1; i < seats.size(); i++) {
                inARow = seats.get(i).from().equals(seats.get(i - 1).to().plusDays(1)) ? inARow + 1 : 1;
                assertTrue(inARow <= 2, state + " served more than two consecutive terms up to " + seats.get(i));
            }
        });
        assertEquals(126, byState.size(), "states that have held a seat by 2026 (123 by the end of 2022, as the OHCHR counts)");
    }

    private static boolean within(LocalDate day, String first, String last) {
        return !day.isBefore(LocalDate.parse(first)) && !day.isAfter(LocalDate.parse(last));
    }

    @Test
    void aStateCannotVoteInABodyItDidNotSitOn() {
        assertEquals(List.of(new Breach(Breach.MEMBERSHIP, "positions", "CAN did not sit on the HRC in 2010")),
                UnRules.breaches("HRC", Years.of(2010), Counts.NONE, null, Map.of("CAN", "no", "USA", "no")),
                "Canada's three-year term of the first draw ended in June 2009");
        List<Breach> b = UnRules.breaches("SC", Years.of(2025), new Counts(13, 0, 2), "adopted",
                Map.of("DNK", "yes", "IND", "abstain", "BRA", "yes"));
        assertEquals(List.of(new Breach(Breach.MEMBERSHIP, "positions", "BRA, IND did not sit on the SC in 2025")), b);
        assertEquals(List.of(), UnRules.breaches("GA", Years.of(2025), new Counts(120, 9, 40), "adopted",
                Map.of("BRA", "yes", "IND", "abstain")));
    }

    @Test
    void aVoteOfUnknownYearIsCheckedAgainstEveryYearItMayHaveBeenIn() {
        // reported in January 2026 without a date: a member of 2025 may have voted in December
        assertEquals(List.of(), UnRules.breaches("SC", new Years(2025, 2026), Counts.NONE, null, Map.of("SVN", "yes")));
        assertEquals(1, UnRules.breaches("SC", new Years(2025, 2026), Counts.NONE, null, Map.of("IND", "yes")).size());
        assertEquals(List.of(), UnRules.breaches("SC", null, Counts.NONE, null, Map.of("IND", "yes")),
                "no year at all: membership is not checked");
    }

    @Test
    void countsCannotExceedTheBody() {
        assertEquals(List.of(new Breach(Breach.SIZE, "counts", "the counts add up to 150, more than the 15 members of the SC")),
                UnRules.breaches("SC", Years.of(2024), new Counts(120, 10, 20), null, Map.of()));
        assertEquals(List.of(new Breach(Breach.SIZE, "counts", "the counts add up to 12, more than the 11 members of the SC")),
                UnRules.breaches("SC", Years.of(1950), new Counts(9, 1, 2), null, Map.of()));
        assertEquals(List.of(new Breach(Breach.SIZE, "counts", "the counts add up to 194, more than the 193 members of the GA")),
                UnRules.breaches("GA", null, new Counts(150, 14, 30), null, Map.of()));
        assertEquals(List.of(), UnRules.breaches("HRC", Years.of(2024), new Counts(30, 10, 7), null, Map.of()));
        assertEquals(1, UnRules.breaches("HRC", Years.of(2024), new Counts(30, 10, 8), null, Map.of()).size());
        assertEquals(1, UnRules.breaches("HRC", new Years(2005, 2006), new Counts(30, 10, 8), null, Map.of()).size(),
                "a span reaching back before the council: its years since count");
        assertEquals(List.of(), UnRules.breaches("OTHER", Years.of(2024), new Counts(300, 10, 8), null, Map.of()));
    }

    @Test
    void councilAdoptionNeedsNineYesAndNoPermanentNo() {
        assertEquals(List.of(new Breach(Breach.ADOPTION, "outcome",
                        "reported as adopted with 8 votes in favour; the Security Council needs 9")),
                UnRules.breaches("SC", Years.of(2023), new Counts(8, 0, 7), "adopted", Map.of()));
        assertEquals(List.of(new Breach(Breach.ADOPTION, "outcome", "reported as adopted, but GBR, a permanent member, voted no")),
                UnRules.breaches("SC", Years.of(2023), new Counts(12, 1, 2), "adopted", Map.of("GBR", "no", "MLT", "yes")));
        assertEquals(List.of(), UnRules.breaches("SC", Years.of(2023), new Counts(9, 2, 4), "adopted", Map.of("MOZ", "no")),
                "an elected member's no is no veto");
        assertEquals(List.of(), UnRules.breaches("SC", Years.of(2023), new Counts(11, 1, 3), "vetoed", Map.of("RUS", "no")));
        assertEquals(List.of(), UnRules.breaches("GA", Years.of(2023), new Counts(8, 100, 7), "adopted", Map.of("USA", "no")),
                "the nine-vote rule is the council's");
        assertEquals(1, UnRules.breaches("SC", Years.of(1980), new Counts(13, 1, 1), "adopted", Map.of("SUN", "no")).size());
    }
}
