package io.votewire.tally.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class VoteDayTest {
    @Test
    void aDateReadsWithItsYear() {
        assertEquals("24 Feb 2025", VoteDay.text("2025-02-24", null));
        assertEquals("--02-24", VoteDay.monthDay("2025-02-24", "--03-01"));
    }

    /** "February 24" in undated articles: the day is known, the year is not, and that is what the record keeps. */
    @Test
    void aDayWithoutYearReadsAsDayAndMonth() {
        assertEquals("24 Feb", VoteDay.text(null, "--02-24"));
        assertEquals("--02-24", VoteDay.monthDay(null, "--02-24"));
    }

    /** The other votes of an undated article lend their day only when they agree on one. */
    @Test
    void theDayOtherVotesShareIsTheirOneDay() {
        assertEquals("--11-03", VoteDay.shared(List.of("--11-03")));
        assertEquals("--11-03", VoteDay.shared(List.of("--11-03", "--11-03", "not a day")));
        assertNull(VoteDay.shared(List.of("--11-03", "--11-04")), "two days: which one is unknown");
        assertNull(VoteDay.shared(List.of()));
    }

    @Test
    void nothingKnownIsNull() {
        assertNull(VoteDay.text(null, null));
        assertNull(VoteDay.text(null, "--02-30"));
        assertNull(VoteDay.monthDay(null, "February"));
    }
}
