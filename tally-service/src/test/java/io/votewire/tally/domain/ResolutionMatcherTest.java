package io.votewire.tally.domain;

import io.votewire.contract.Counts;
import io.votewire.contract.VoteEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import static io.votewire.tally.domain.ClaimsForTest.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResolutionMatcherTest {
    private final ResolutionReconciler reconciler = new ResolutionReconciler();
    private final ResolutionMatcher matcher = new ResolutionMatcher();

    private final ResolutionRecord european = reconciler.reconcile("r-eu", List.of(
            claim("a", "GA", "European resolution condemning Russian aggression", 93, 18, 65, "adopted", Map.of("USA", "no"))));
    private final ResolutionRecord usDraft = reconciler.reconcile("r-us", List.of(
            claim("b", "GA", "US-drafted resolution", 93, 8, 73, "adopted", Map.of("USA", "abstain"))));
    private final ResolutionRecord council = reconciler.reconcile("r-sc", List.of(
            claim("c", "SC", "US-drafted resolution", 10, 0, 5, "adopted", Map.of())));

    @Test
    void countsPickTheVoteAmongSameDayVotes() {
        Claim c = claim("x", "GA", "a resolution", 93, 18, 65, null, Map.of());
        assertEquals("r-eu", matcher.best(c, List.of(european, usDraft, council)).orElseThrow().id());
        Claim d = claim("y", "GA", "the draft", 93, 8, 73, null, Map.of());
        assertEquals("r-us", matcher.best(d, List.of(european, usDraft, council)).orElseThrow().id());
    }

    @Test
    void titleWordsDisambiguateWhenCountsAreShared() {
        Claim c = claim("x", "GA", "resolution condemning Russian aggression", 93, null, null, null, Map.of());
        assertEquals("r-eu", matcher.best(c, List.of(european, usDraft)).orElseThrow().id());
    }

    @Test
    void aVoteIsNeverOneThatWasReportedBeforeItHappened() {
        // an undated 2017 report of a vote, and a thin 2020 claim that would otherwise be the only vote it fits
        Claim old = new Claim("o", "o", "t", "2017-12-21", claim("o", "GA", null, 128, 9, 35, "adopted", Map.of()).event());
        ResolutionRecord reported2017 = reconciler.reconcile("r-2017", List.of(old));
        assertEquals("2017-12-21", reported2017.firstReported());
        VoteEvent thin = new VoteEvent("n#1", "GA", "resolution", "2020-10-13", "the Olympic truce", null, List.of(),
                Counts.NONE, "adopted", Map.of(), List.of(), 0.8);
        assertTrue(matcher.best(new Claim("n", "n", "t", "2020-10-14", thin), List.of(reported2017)).isEmpty());
        // and the other way round: a record dated 2020 is not what a 2017 article reports
        ResolutionRecord dated2020 = reconciler.reconcile("r-2020", List.of(new Claim("n", "n", "t", "2020-10-14", thin)));
        assertTrue(matcher.best(old, List.of(dated2020)).isEmpty());
    }

    @Test
    void anotherBodyOrSymbolIsNeverTheSameVote() {
        Claim c = claim("x", "SC", "European resolution condemning Russian aggression", 93, 18, 65, null, Map.of());
        assertTrue(matcher.best(c, List.of(european, usDraft)).isEmpty());
        VoteEvent withSymbol = new VoteEvent("x#1", "GA", "resolution", null, "t", "A/RES/1/1", List.of(),
                new Counts(93, 18, 65), null, Map.of(), List.of(), 0.9);
        ResolutionRecord symbolled = reconciler.reconcile("r-s", List.of(new Claim("z", "z", "t", null,
                new VoteEvent("z#1", "GA", "resolution", null, "t", "A/RES/1/2", List.of(), new Counts(93, 18, 65),
                        null, Map.of(), List.of(), 0.9))));
        assertTrue(matcher.best(new Claim("x", "x", "t", null, withSymbol), List.of(symbolled)).isEmpty());
    }

    /** An article of 2025 recalling a vote of 2022 by one count: with the title's words it is that vote, alone not. */
    @Test
    void aRecalledVoteFarInTimeNeedsMoreThanOneCount() {
        VoteEvent held = new VoteEvent("h#1", "GA", "resolution", "2022-10-12",
                "resolution denouncing the attempted unlawful takeover of four eastern Ukrainian provinces by Moscow", null, List.of(),
                new Counts(143, 5, 35), "adopted", Map.of(), List.of(), 0.9);
        ResolutionRecord annexation = reconciler.reconcile("r-2022", List.of(new Claim("h", "h", "t", "2022-10-13", held)));
        Claim byTitle = new Claim("n", "n", "t", "2025-02-25", new VoteEvent("n#1", "GA", "resolution", null,
                "its resolution denouncing the attempted takeover of four eastern Ukrainian provinces", null, List.of(),
                new Counts(143, null, null), "adopted", Map.of(), List.of(), 0.8));
        assertEquals("r-2022", matcher.best(byTitle, List.of(annexation)).orElseThrow().id());
        // in either order: the recall came first, then the report of the day
        ResolutionRecord recalled = reconciler.reconcile("r-recall", List.of(byTitle));
        assertEquals("r-recall", matcher.best(new Claim("h", "h", "t", "2022-10-13", held), List.of(recalled)).orElseThrow().id());
        Claim byCountAlone = new Claim("m", "m", "t", "2025-02-25", new VoteEvent("m#1", "GA", "resolution", null,
                "a similar text", null, List.of(), new Counts(143, null, null), null, Map.of(), List.of(), 0.8));
        assertTrue(matcher.best(byCountAlone, List.of(annexation)).isEmpty());
        // the same vote told this week by one count joins it
        Claim thisWeek = new Claim("w", "w", "t", "2022-10-14", byCountAlone.event());
        assertEquals("r-2022", matcher.best(thisWeek, List.of(annexation)).orElseThrow().id());
    }

    /** Counts alone do not make an undated report of 2025 a Council vote of 2011, even all three of them. */
    @Test
    void countsAloneDoNotNameAVoteYearsAway() {
        VoteEvent libya = new VoteEvent("l#1", "SC", "resolution", "2011-03-17", null, null, List.of(),
                new Counts(10, 0, 5), "adopted", Map.of(), List.of(), 0.9);
        ResolutionRecord held = reconciler.reconcile("r-2011", List.of(new Claim("l", "l", "t", "2011-03-18", libya)));
        for (Counts c : List.of(new Counts(10, null, 5), new Counts(10, 0, 5))) {
            Claim undated = new Claim("u", "u", "t", "2025-02-25", new VoteEvent("u#1", "SC", "resolution", null, null,
                    null, List.of(), c, "adopted", Map.of(), List.of(), 0.8));
            assertTrue(matcher.best(undated, List.of(held)).isEmpty(), c.toString());
        }
    }

    private static Claim dated(String article, String body, String date, Integer yes, Integer no, Integer abstain) {
        return new Claim(article, article, "t", "2031-03-20", new VoteEvent(article + "#1", body, "resolution", date,
                "a text", null, List.of(), new Counts(yes, no, abstain), null, Map.of(), List.of(), 0.9));
    }

    @Test
    void allThreeCountsKeepOneVoteWhenArticlesMisdateItOrGiveNoDate() {
        for (Object[] v : List.of(new Object[] {"GA", 141, 5, 35}, new Object[] {"GA", 99, 12, 60}, new Object[] {"SC", 13, 0, 2})) {
            String body = (String) v[0];
            ResolutionRecord held = reconciler.reconcile("r-held", List.of(dated("a", body, "2031-03-02", (Integer) v[1], (Integer) v[2], (Integer) v[3])));
            for (String date : new String[] {"2031-03-05", "2031-02-27", null}) {
                Claim other = dated("b", body, date, (Integer) v[1], (Integer) v[2], (Integer) v[3]);
                assertEquals("r-held", matcher.best(other, List.of(held)).map(ResolutionRecord::id).orElse("new"), body + " " + date);
            }
        }
    }

    @Test
    void fewerEqualCountsOnAnotherDayAreAnotherVote() {
        ResolutionRecord held = reconciler.reconcile("r-held", List.of(dated("a", "GA", "2031-03-02", 141, 5, 35)));
        // one count equal, four days off; two equal, five days off; one equal and one different, two days off
        for (Claim other : List.of(dated("b", "GA", "2031-03-06", 141, null, null), dated("c", "GA", "2031-03-07", 141, 5, null),
                dated("d", "GA", "2031-03-04", 141, 7, null))) {
            assertTrue(matcher.best(other, List.of(held)).isEmpty(), other.event().date() + " " + other.event().counts());
        }
    }

    @Test
    void aClaimWithNothingDistinctiveStartsItsOwnRecord() {
        Claim c = claim("x", "GA", "a resolution", null, null, null, null, Map.of());
        assertTrue(matcher.best(c, List.of(european, usDraft)).isEmpty());
    }

    /** The hand-read day (the merge check's hot path) is the formatter's, for what it reads and what it refuses. */
    @Test
    void daysAreReadAsTheIsoFormatterReadsThem() {
        for (String iso : List.of("2026-11-17", "2026-11-17T10:15:00Z", "2024-02-29", "2026-02-29", "2026-02-30",
                "2026-13-01", "2026-00-10", "2026-1-170", "20261-11-17", "+2026-11-1", "2026/11/17", "2026-11-1",
                "0000-01-01", "2026-1a-17", "2026-11-\u0661\u0667", "")) {
            Long expected;
            try {
                expected = iso.length() < 10 ? null : LocalDate.parse(iso.substring(0, 10)).toEpochDay();
            } catch (DateTimeParseException e) {
                expected = null;
            }
            assertEquals(expected, ResolutionMatcher.day(iso), iso);
        }
        assertEquals(null, ResolutionMatcher.day(null));
    }

    /** The merge check's shortcut: best never chooses a record that couldChoose rules out, whatever else is around. */
    @Test
    void bestChoosesOnlyWhatItCouldChoose() {
        List<ResolutionRecord> records = List.of(european, usDraft, council);
        List<Claim> claims = List.of(claim("x", "GA", "a resolution", 93, 18, 65, null, Map.of()),
                claim("y", "GA", "the draft", 93, 8, 73, null, Map.of()),
                claim("z", "SC", "US-drafted resolution", 10, 0, 5, null, Map.of()),
                claim("t", "GA", "European resolution condemning aggression", null, null, null, null, Map.of()),
                claim("w", "GA", "another text", 120, 30, 5, null, Map.of()));
        int chosen = 0;
        for (Claim c : claims) {
            for (int subset = 1; subset < 8; subset++) {
                List<ResolutionRecord> around = new java.util.ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    if ((subset & 1 << i) != 0) {
                        around.add(records.get(i));
                    }
                }
                var best = matcher.best(c, around);
                if (best.isPresent()) {
                    assertTrue(matcher.couldChoose(c, best.get()), c.articleId() + " chose " + best.get().id());
                    chosen++;
                }
            }
        }
        assertTrue(chosen >= 10, "the claims choose records: " + chosen);
        assertFalse(matcher.couldChoose(claims.get(4), european), "other counts");
        assertFalse(matcher.couldChoose(claims.get(0), council), "another body");
    }
}
