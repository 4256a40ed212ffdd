package io.votewire.tally.domain;

import io.votewire.contract.Counts;
import io.votewire.contract.VoteEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

    /** A claim of an article (published on that day, or undated when null) with the vote's date or its day alone. */
    private static Claim report(String article, String published, String body, String date, String monthDay,
                                String symbol, Counts counts, String outcome, Map<String, String> positions) {
        return new Claim(article, article, "t", published, new VoteEvent(article + "#1", body, "resolution", date,
                "a text", symbol, List.of(), counts, outcome, positions, List.of(), 0.9, monthDay));
    }

    /** The record of these claims as the tally's matcher reads it (its identity document). */
    private ResolutionRecord recordOf(Claim... claims) {
        return reconciler.reconcile("r-held", List.of(claims)).identity();
    }

    /**
     * A Council symbol carries its year (resolutions "S/RES/n (year)", drafts "S/year/n") and an Assembly symbol its
     * session, which opens in September: a text so placed is not a vote of another year with the same counts.
     */
    @Test
    void aSymbolsYearIsNotAnotherYearsVote() {
        Counts c = new Counts(14, 0, 1);
        Map<String, String> usAbstains = Map.of("USA", "abstain");
        ResolutionRecord held = recordOf(report("a", "2019-06-15", "SC", "2019-06-14", null, null, c, "adopted", usAbstains));
        for (String symbol : List.of("S/RES/2991 (2027)", "S/RES/2991(2027)", "S/2027/410")) {
            Claim later = report("b", null, "SC", null, null, symbol, new Counts(14, null, null), "adopted", usAbstains);
            assertTrue(matcher.best(later, List.of(held)).isEmpty(), symbol);
            // and the other way round: the symbol's record first, the dated report second
            ResolutionRecord symbolled = recordOf(later);
            Claim dated = report("a", "2019-06-15", "SC", "2019-06-14", null, null, c, "adopted", usAbstains);
            assertTrue(matcher.best(dated, List.of(symbolled)).isEmpty(), symbol + " second");
            // a vote is not reported before its year: an undated report of 2020 is not a text of 2027
            Claim undated2020 = report("u", "2020-03-01", "SC", null, null, null, new Counts(14, null, null), "adopted", usAbstains);
            assertTrue(matcher.best(undated2020, List.of(symbolled)).isEmpty(), symbol + " reported earlier");
        }
        // the Assembly's 81st session runs from September 2026 to September 2027
        ResolutionRecord assembly = recordOf(report("g", "2019-12-19", "GA", "2019-12-18", null, null,
                new Counts(150, 6, 20), "adopted", Map.of()));
        Claim session81 = report("s", null, "GA", null, null, "A/RES/81/40", new Counts(150, 6, 20), "adopted", Map.of());
        assertTrue(matcher.best(session81, List.of(assembly)).isEmpty());
        // the same symbols in the record's own year are the same vote
        for (String symbol : List.of("S/RES/2480 (2019)", "S/2019/470")) {
            Claim same = report("b", null, "SC", null, null, symbol, new Counts(14, null, null), "adopted", usAbstains);
            assertEquals("r-held", matcher.best(same, List.of(held)).orElseThrow().id(), symbol);
        }
        Claim session74 = report("s", null, "GA", null, null, "A/RES/74/40", new Counts(150, 6, 20), "adopted", Map.of());
        assertEquals("r-held", matcher.best(session74, List.of(assembly)).orElseThrow().id());
        // the same symbol on both sides decides, whatever their dates say of its year
        Claim misdated = report("m", "2019-06-15", "SC", "2019-06-14", null, "S/RES/2991 (2027)", c, "adopted", usAbstains);
        assertEquals("r-held", matcher.best(misdated, List.of(recordOf(report("b", null, "SC", "2019-06-14", null,
                "S/RES/2991 (2027)", c, "adopted", usAbstains)))).orElseThrow().id());
    }

    /**
     * The Council has fifteen seats: two reports that each fit in them but together name more voters than there are
     * (fourteen in favour and two different abstainers, or a draft vetoed by one member and a report of two others
     * voting no) are two votes, however alike their counts. A report that is itself over the limit is a misreading
     * of its own and still joins the vote it fits.
     */
    @Test
    void twoReportsNamingMoreVotersThanTheBodyHasAreTwoVotes() {
        ResolutionRecord franceAbstains = recordOf(report("a", null, "SC", null, null, null, new Counts(14, null, null),
                "adopted", Map.of("FRA", "abstain")));
        for (Map<String, String> others : List.<Map<String, String>>of(Map.of("GBR", "abstain"), Map.of("CHN", "no"),
                Map.of("GBR", "absent"))) {
            Claim c = report("b", null, "SC", null, null, null, new Counts(14, null, null), "adopted", others);
            assertTrue(matcher.best(c, List.of(franceAbstains)).isEmpty(), others.toString());
        }
        ResolutionRecord oneVeto = recordOf(report("v", null, "SC", null, null, null, new Counts(14, 1, null), "vetoed",
                Map.of("USA", "no")));
        Claim twoOthersAgainst = report("t", null, "SC", null, null, null, Counts.NONE, "vetoed",
                Map.of("RUS", "no", "CHN", "no"));
        assertTrue(matcher.best(twoOthersAgainst, List.of(oneVeto)).isEmpty());
        // the Assembly's sides: a report naming a state against beyond the nine the record names for its nine noes
        Map<String, String> nine = new java.util.TreeMap<>();
        for (String iso : List.of("ISR", "USA", "HUN", "CZE", "ARG", "PRY", "TON", "PNG", "NRU")) {
            nine.put(iso, "no");
        }
        ResolutionRecord assembly = recordOf(report("g", null, "GA", null, null, null, new Counts(158, 9, 13),
                "adopted", nine));
        Claim tenth = report("h", null, "GA", null, null, null, new Counts(158, null, null), "adopted", Map.of("FJI", "no"));
        assertTrue(matcher.best(tenth, List.of(assembly)).isEmpty());

        // within the seats: the same abstainer, other states in favour, or a report over the limit by itself
        for (Map<String, String> fits : List.<Map<String, String>>of(Map.of("FRA", "abstain"),
                Map.of("GBR", "yes", "CHN", "yes", "RUS", "yes"), Map.of("FRA", "abstain", "GBR", "abstain"))) {
            Claim c = report("b", null, "SC", null, null, null, new Counts(14, null, null), "adopted", fits);
            assertEquals("r-held", matcher.best(c, List.of(franceAbstains)).orElseThrow().id(), fits.toString());
        }
        Claim usAgainst = report("u", null, "SC", null, null, null, Counts.NONE, "vetoed", Map.of("USA", "no"));
        assertEquals("r-held", matcher.best(usAgainst, List.of(oneVeto)).orElseThrow().id());
        Claim israelAgainst = report("h", null, "GA", null, null, null, new Counts(158, null, null), "adopted", Map.of("ISR", "no"));
        assertEquals("r-held", matcher.best(israelAgainst, List.of(assembly)).orElseThrow().id());
    }

    /**
     * A text adopted and a text that failed are two votes even on one day with a count in common (the Council often
     * votes on rival drafts at one sitting); a veto and a rejection are one outcome told two ways.
     */
    @Test
    void anAdoptedTextIsNotOneThatFailed() {
        ResolutionRecord adopted = recordOf(report("a", "2030-04-09", "SC", "2030-04-08", null, null,
                new Counts(13, null, null), "adopted", Map.of()));
        for (String failed : List.of("vetoed", "rejected")) {
            Claim rival = report("b", "2030-04-09", "SC", "2030-04-08", null, null, new Counts(13, null, null), failed, Map.of());
            assertTrue(matcher.best(rival, List.of(adopted)).isEmpty(), failed);
            Claim mention = report("m", "2030-04-09", "SC", "2030-04-08", null, null, Counts.NONE, failed, Map.of());
            assertTrue(matcher.best(mention, List.of(adopted)).isEmpty(), failed + " mention");
        }
        ResolutionRecord rejected = recordOf(report("r", "2030-04-09", "SC", "2030-04-08", null, null,
                new Counts(13, null, null), "rejected", Map.of()));
        Claim vetoed = report("v", "2030-04-09", "SC", "2030-04-08", null, null, new Counts(13, null, null), "vetoed", Map.of());
        assertEquals("r-held", matcher.best(vetoed, List.of(rejected)).orElseThrow().id());
    }

    /**
     * A mention with nothing but its body and outcome joins the one vote it fits near in time; a vote of unknown
     * time (told by an undated article with no day) is no such fit for a mention that has a time (its article's
     * publication, a date or a day), in either order: a report of 2012 that "the Assembly also adopted a text" says
     * nothing that places it at a vote nobody dated. An undated mention still joins it, and a timed one a timed vote.
     * Where a side knows its day and month but not its year, the other's day must be that one.
     */
    @Test
    void aMentionWithATimeDoesNotJoinAVoteOfUnknownTime() {
        Claim timeless = report("a", null, "GA", null, null, null, new Counts(120, 7, 40), "adopted", Map.of());
        ResolutionRecord unknownTime = recordOf(timeless);
        for (Claim mention : List.of(report("m", "2012-05-03", "GA", null, null, null, Counts.NONE, "adopted", Map.of()),
                report("m", "2012-05-03", "GA", "2012-05-02", null, null, Counts.NONE, "adopted", Map.of()),
                report("m", null, "GA", null, "--05-02", null, Counts.NONE, "adopted", Map.of()))) {
            assertTrue(matcher.best(mention, List.of(unknownTime)).isEmpty(), mention.event().toString());
            // the merge check asks this of a mention that waited in its own record until the vote came
            assertFalse(matcher.couldChoose(mention, unknownTime), mention.event().toString());
        }
        Claim undatedMention = report("u", null, "GA", null, null, null, Counts.NONE, "adopted", Map.of());
        assertEquals("r-held", matcher.best(undatedMention, List.of(unknownTime)).orElseThrow().id());
        ResolutionRecord reported = recordOf(report("b", "2012-05-03", "GA", null, null, null, new Counts(120, 7, 40),
                "adopted", Map.of()));
        Claim sameWeek = report("m", "2012-05-04", "GA", null, null, null, Counts.NONE, "adopted", Map.of());
        assertEquals("r-held", matcher.best(sameWeek, List.of(reported)).orElseThrow().id());

        // a vote known by its day alone ("on 9 March", undated articles): a mention of another day is not of it,
        // whether the mention has its year or not; one of that day, or a day off, is
        ResolutionRecord dayOnly = recordOf(report("d", null, "GA", null, "--03-09", null, new Counts(120, 7, 40),
                "adopted", Map.of()));
        for (Claim other : List.of(report("o", "2012-05-03", "GA", "2012-05-02", null, null, Counts.NONE, "adopted", Map.of()),
                report("o", null, "GA", null, "--05-02", null, Counts.NONE, "adopted", Map.of()))) {
            assertTrue(matcher.best(other, List.of(dayOnly)).isEmpty(), other.event().toString());
            assertFalse(matcher.couldChoose(other, dayOnly), other.event().toString());
        }
        for (Claim same : List.of(report("s", "2012-03-10", "GA", "2012-03-09", null, null, Counts.NONE, "adopted", Map.of()),
                report("s", null, "GA", null, "--03-10", null, Counts.NONE, "adopted", Map.of()))) {
            assertEquals("r-held", matcher.best(same, List.of(dayOnly)).orElseThrow().id(), same.event().toString());
        }
        // and the other way round: a dated vote, and a mention with its day alone
        ResolutionRecord dated = recordOf(report("t", "2012-03-10", "GA", "2012-03-09", null, null, new Counts(120, 7, 40),
                "adopted", Map.of()));
        assertTrue(matcher.best(report("o", null, "GA", null, "--05-02", null, Counts.NONE, "adopted", Map.of()),
                List.of(dated)).isEmpty());
        assertEquals("r-held", matcher.best(report("s", null, "GA", null, "--03-09", null, Counts.NONE, "adopted", Map.of()),
                List.of(dated)).orElseThrow().id());
    }

    /**
     * The other way round: a mention of an article with no time at all (no publication, date or day) fits every vote
     * in history of its body and outcome, so it joins none that has a time, however alone that vote is among the
     * records around, and title words do not place it either; it still joins a vote of unknown time, and the same
     * mention in a dated article joins the vote of its week. Both ways: the mention's record and the vote's.
     */
    @Test
    void aMentionWithoutATimeDoesNotJoinAVoteThatHasOne() {
        ResolutionRecord veto = recordOf(report("v", "2016-10-09", "SC", "2016-10-08", null, null, new Counts(11, 2, 2),
                "vetoed", Map.of("RUS", "no")));
        ResolutionRecord amendment = recordOf(new Claim("a", "a", "t", "2030-06-02", new VoteEvent("a#1", "GA", "amendment",
                "2030-06-01", "an amendment on the fishing quotas", null, List.of(), new Counts(40, 90, 30), "rejected",
                Map.of(), List.of(), 0.9)));
        ResolutionRecord titled = recordOf(new Claim("t", "t", "t", "2031-11-05", new VoteEvent("t#1", "GA", "resolution",
                "2031-11-04", "resolution on the lighthouse keepers of the northern isles", null, List.of(),
                new Counts(150, 3, 20), "adopted", Map.of(), List.of(), 0.9)));
        List<Object[]> cases = List.of(
                new Object[] {veto, report("m", null, "SC", null, null, null, Counts.NONE, "vetoed", Map.of("RUS", "no"))},
                new Object[] {amendment, new Claim("m", "m", "t", null, new VoteEvent("m#1", "GA", "amendment", null, null,
                        null, List.of(), Counts.NONE, "rejected", Map.of(), List.of(), 0.8))},
                new Object[] {titled, new Claim("m", "m", "t", null, new VoteEvent("m#1", "GA", "resolution", null,
                        "the resolution on the lighthouse keepers", null, List.of(), Counts.NONE, "adopted", Map.of(),
                        List.of(), 0.8))});
        for (Object[] c : cases) {
            ResolutionRecord vote = (ResolutionRecord) c[0];
            Claim timeless = (Claim) c[1];
            String what = timeless.event().kind() + " " + timeless.event().outcome();
            assertTrue(matcher.best(timeless, List.of(vote)).isEmpty(), what);
            assertFalse(matcher.couldChoose(timeless, vote), what);
            // the vote second, the mention's record first (the merge check asks it of both)
            ResolutionRecord mentionFirst = recordOf(timeless);
            Claim voteAsClaim = new Claim("v", "v", "t", vote.firstReported(), new VoteEvent("v#1", vote.body(), vote.kind(),
                    vote.date(), vote.title(), null, List.of(), vote.counts(), vote.outcome(), vote.positions(), List.of(), 0.9));
            assertTrue(matcher.best(voteAsClaim, List.of(mentionFirst)).isEmpty(), what + ", the vote second");
            // a vote of unknown time takes it; so does the vote of its week when the mention's article is dated
            ResolutionRecord unknownTime = recordOf(new Claim("u", "u", "t", null, new VoteEvent("u#1", vote.body(),
                    vote.kind(), null, vote.title(), null, List.of(), vote.counts(), vote.outcome(), vote.positions(),
                    List.of(), 0.9)));
            assertEquals("r-held", matcher.best(timeless, List.of(unknownTime)).orElseThrow().id(), what + ", unknown time");
            Claim sameWeek = new Claim("m", "m", "t", vote.firstReported(), timeless.event());
            assertEquals("r-held", matcher.best(sameWeek, List.of(vote)).orElseThrow().id(), what + ", dated");
        }
    }

    /**
     * A mention without a time that names four states or more on the sides a dated vote has them joins it ("Russia
     * vetoed it; Chile, Peru, Fiji and Nepal abstained"); with fewer, or with two votes that name them alike (the
     * same states against the same kind of text year after year), it waits apart.
     */
    @Test
    void statesNamedAlikePlaceAMentionWithoutATime() {
        List<Map<String, String>> stances = List.of(
                Map.of("RUS", "no", "CHL", "abstain", "PER", "abstain", "FJI", "abstain", "NPL", "abstain"),
                Map.of("USA", "no", "GBR", "abstain", "FRA", "abstain", "GAB", "abstain"),
                Map.of("CHN", "no", "RUS", "no", "IND", "abstain", "BRA", "abstain", "ZAF", "abstain"));
        for (Map<String, String> named : stances) {
            ResolutionRecord vote = recordOf(report("v", null, "SC", null, "--06-15", null, new Counts(10, 1, 4), "vetoed", named));
            Claim mention = report("m", null, "SC", null, null, null, Counts.NONE, "vetoed", named);
            assertEquals("r-held", matcher.best(mention, List.of(vote)).orElseThrow().id(), named.toString());
            // three of them are not enough
            Map<String, String> three = new java.util.HashMap<>();
            named.entrySet().stream().limit(3).forEach(p -> three.put(p.getKey(), p.getValue()));
            Claim fewer = report("m", null, "SC", null, null, null, Counts.NONE, "vetoed", three);
            assertTrue(matcher.best(fewer, List.of(vote)).isEmpty(), three.toString());
            // two votes that name them alike: the mention tells neither
            ResolutionRecord other = reconciler.reconcile("r-other", List.of(report("w", "2031-02-02", "SC", "2031-02-01", null, null,
                    new Counts(11, 1, 3), "vetoed", named))).identity();
            assertTrue(matcher.best(mention, List.of(vote, other)).isEmpty(), named + " twice");
        }
    }

    /**
     * A report placed nowhere in time (no publication, date, day or symbol with its year) is as far from a vote that
     * has a time as a vote of another year: one count does not make it that vote ("fourteen in favour, vetoed" fits a
     * veto of any year); its title's words do, or two counts that agree. Both ways (the merge check asks it of the
     * vote's record too).
     */
    @Test
    void aReportPlacedNowhereInTimeIsAsFarAsAnyYear() {
        List<Object[]> cases = List.of(
                new Object[] {"SC", new Counts(14, 1, 0), "vetoed", new Counts(14, null, null), "draft on the ferry crossings"},
                new Object[] {"GA", new Counts(120, 40, 10), "adopted", new Counts(null, 40, null), "resolution on glacier monitoring"},
                new Object[] {"HRC", new Counts(25, 6, 16), "adopted", new Counts(null, null, 16), "text on prison visits"});
        for (Object[] c : cases) {
            String body = (String) c[0];
            Counts held = (Counts) c[1];
            String outcome = (String) c[2];
            Counts told = (Counts) c[3];
            String title = (String) c[4];
            ResolutionRecord dated = recordOf(new Claim("d", "d", "t", "2032-05-06", new VoteEvent("d#1", body, "resolution",
                    "2032-05-05", title, null, List.of(), held, outcome, Map.of(), List.of(), 0.9)));
            Claim nowhere = new Claim("n", "n", "t", null, new VoteEvent("n#1", body, "resolution", null, "a text", null,
                    List.of(), told, outcome, Map.of(), List.of(), 0.8));
            assertTrue(matcher.best(nowhere, List.of(dated)).isEmpty(), body);
            assertFalse(matcher.couldChoose(nowhere, dated), body);
            ResolutionRecord nowhereFirst = recordOf(nowhere);
            Claim datedSecond = new Claim("d", "d", "t", "2032-05-06", new VoteEvent("d#1", body, "resolution", "2032-05-05",
                    title, null, List.of(), held, outcome, Map.of(), List.of(), 0.9));
            assertTrue(matcher.best(datedSecond, List.of(nowhereFirst)).isEmpty(), body + ", the dated report second");
            // named by its title's words, or counts that agree with none differing: the same vote
            Claim named = new Claim("n", "n", "t", null, new VoteEvent("n#1", body, "resolution", null, title, null,
                    List.of(), told, outcome, Map.of(), List.of(), 0.8));
            assertEquals("r-held", matcher.best(named, List.of(dated)).orElseThrow().id(), body + ", named");
            for (Counts enough : List.of(held, new Counts(held.yes(), held.no(), null), new Counts(null, held.no(), held.abstain()))) {
                Claim byCounts = new Claim("n", "n", "t", null, new VoteEvent("n#1", body, "resolution", null, "a text",
                        null, List.of(), enough, outcome, Map.of(), List.of(), 0.8));
                assertEquals("r-held", matcher.best(byCounts, List.of(dated)).orElseThrow().id(), body + " " + enough);
            }
            // a third count that differs, even by one, is another vote as often as a misprint: placed nowhere, it
            // needs the title's words; in an article of that week the count one off is weighed, and joins
            Counts oneOff = new Counts(held.yes() - 1, held.no(), held.abstain());
            Claim offNowhere = new Claim("n", "n", "t", null, new VoteEvent("n#1", body, "resolution", null, "a text",
                    null, List.of(), oneOff, outcome, Map.of(), List.of(), 0.8));
            assertTrue(matcher.best(offNowhere, List.of(dated)).isEmpty(), body + " " + oneOff + " nowhere");
            Claim offThatWeek = new Claim("w", "w", "t", "2032-05-07", offNowhere.event());
            assertEquals("r-held", matcher.best(offThatWeek, List.of(dated)).orElseThrow().id(), body + " " + oneOff + ", that week");
            // and the same partial counts in an article of that week
            Claim thatWeek = new Claim("w", "w", "t", "2032-05-07", nowhere.event());
            assertEquals("r-held", matcher.best(thatWeek, List.of(dated)).orElseThrow().id(), body + ", that week");
        }
        // a symbol that carries its year places the report: the Council's draft of 2032 is this year's vote
        ResolutionRecord council = recordOf(new Claim("d", "d", "t", "2032-05-06", new VoteEvent("d#1", "SC", "resolution",
                "2032-05-05", "a text", null, List.of(), new Counts(14, 1, 0), "vetoed", Map.of(), List.of(), 0.9)));
        Claim bySymbol = new Claim("s", "s", "t", null, new VoteEvent("s#1", "SC", "resolution", null, "a text",
                "S/2032/377", List.of(), new Counts(14, null, null), "vetoed", Map.of(), List.of(), 0.8));
        assertEquals("r-held", matcher.best(bySymbol, List.of(council)).orElseThrow().id());
    }

    /**
     * A Council tally with no vote against (15-0-0, 14-0-1, 13-0-2) is that of most of its texts: an undated report of
     * one is not placed at a dated vote by it, nor, told with a day without its year, do its three counts outweigh a
     * day months away; named by its title's words, reported that week or on that day, it is the vote. An Assembly
     * tally with none against is no such tally.
     */
    @Test
    void aCouncilTallyWithNoneAgainstDoesNotPlaceAReport() {
        for (Counts tally : List.of(new Counts(15, 0, 0), new Counts(14, 0, 1), new Counts(13, 0, 2))) {
            ResolutionRecord dated = recordOf(new Claim("d", "d", "t", "2036-03-11", new VoteEvent("d#1", "SC", "resolution",
                    "2036-03-10", "text renewing the harbour monitoring mission", null, List.of(), tally, "adopted", Map.of(), List.of(), 0.9)));
            Claim undated = new Claim("u", "u", "t", null, new VoteEvent("u#1", "SC", "resolution", null,
                    "text on fishing rights in the gulf", null, List.of(), tally, "adopted", Map.of(), List.of(), 0.8));
            assertTrue(matcher.best(undated, List.of(dated)).isEmpty(), tally.toString());
            Claim named = new Claim("u", "u", "t", null, new VoteEvent("u#1", "SC", "resolution", null,
                    "the harbour monitoring mission", null, List.of(), tally, "adopted", Map.of(), List.of(), 0.8));
            assertEquals("r-held", matcher.best(named, List.of(dated)).orElseThrow().id(), tally + " named");
            Claim thatWeek = new Claim("w", "w", "t", "2036-03-12", undated.event());
            assertEquals("r-held", matcher.best(thatWeek, List.of(dated)).orElseThrow().id(), tally + " that week");
            // where a side gives only a day without its year, three counts weigh as one: a day months away is another vote
            Claim monthsAway = new Claim("m", "m", "t", null, new VoteEvent("m#1", "SC", "resolution", null, "a text", null,
                    List.of(), tally, "adopted", Map.of(), List.of(), 0.8, "--07-30"));
            assertTrue(matcher.best(monthsAway, List.of(dated)).isEmpty(), tally + " months away");
            Claim sameDay = new Claim("m", "m", "t", null, new VoteEvent("m#1", "SC", "resolution", null, "a text", null,
                    List.of(), tally, "adopted", Map.of(), List.of(), 0.8, "--03-10"));
            assertEquals("r-held", matcher.best(sameDay, List.of(dated)).orElseThrow().id(), tally + " its day");
        }
        ResolutionRecord assembly = recordOf(new Claim("d", "d", "t", "2036-03-11", new VoteEvent("d#1", "GA", "resolution",
                "2036-03-10", "text on ocean plastics", null, List.of(), new Counts(160, 0, 12), "adopted", Map.of(), List.of(), 0.9)));
        Claim undatedAssembly = new Claim("u", "u", "t", null, new VoteEvent("u#1", "GA", "resolution", null, "a text", null,
                List.of(), new Counts(160, 0, 12), "adopted", Map.of(), List.of(), 0.8));
        assertEquals("r-held", matcher.best(undatedAssembly, List.of(assembly)).orElseThrow().id());
    }

    /**
     * Reports that each name who cast a permanent member's no on a Council text, with nobody on both lists, tell of
     * two vetoes: two thin mentions stay apart, and so do reports sharing only one count; a vetoing member named on
     * both sides, or all three counts agreeing (one report may leave out a second vetoing member), make one vote.
     */
    @Test
    void vetoesCastByDifferentPermanentMembersAreDifferentVotes() {
        List<Map<String, String>[]> apart = List.of(
                pair(Map.of("GBR", "no"), Map.of("CHN", "no", "RUS", "no")),
                pair(Map.of("RUS", "no", "MLT", "yes"), Map.of("USA", "no")),
                pair(Map.of("FRA", "no"), Map.of("CHN", "no", "GUY", "no")));
        for (Map<String, String>[] p : apart) {
            ResolutionRecord first = recordOf(report("a", null, "SC", null, null, null, Counts.NONE, "vetoed", p[0]));
            Claim second = report("b", null, "SC", null, null, null, Counts.NONE, "vetoed", p[1]);
            assertTrue(matcher.best(second, List.of(first)).isEmpty(), p[1] + " after " + p[0]);
            assertFalse(matcher.couldChoose(second, first), p[1] + " after " + p[0]);
            ResolutionRecord oneCount = recordOf(report("a", "2033-04-02", "SC", null, null, null, new Counts(12, null, null),
                    "vetoed", p[0]));
            Claim alsoTwelve = report("b", "2033-04-03", "SC", null, null, null, new Counts(12, null, null), "vetoed", p[1]);
            assertTrue(matcher.best(alsoTwelve, List.of(oneCount)).isEmpty(), p[1] + " with one count");
            ResolutionRecord allCounts = recordOf(report("a", "2033-04-02", "SC", null, null, null, new Counts(12, 2, 1),
                    "vetoed", p[0]));
            Claim sameThree = report("b", "2033-04-03", "SC", null, null, null, new Counts(12, 2, 1), "vetoed", p[1]);
            // three counts agreeing make one vote where one report may have left out a vetoing member (the noes both
            // name fit the count), two where both named them all and they differ
            int noes = (int) Stream.of(p[0], p[1]).flatMap(m -> m.entrySet().stream())
                    .filter(v -> v.getValue().equals("no")).map(Map.Entry::getKey).distinct().count();
            assertEquals(noes <= 2, matcher.best(sameThree, List.of(allCounts)).isPresent(), p[1] + " with three counts");
        }
        // one veto each, the same count: "14 to 1" by one member and "14 to 1" by another, dated or not
        List<String[]> loneVetoes = List.of(new String[] {"USA", "RUS"}, new String[] {"CHN", "FRA"}, new String[] {"GBR", "USA"});
        for (String[] v : loneVetoes) {
            for (String day : new String[] {"2034-11-18", null}) {
                ResolutionRecord first = recordOf(report("a", day, "SC", null, null, null, new Counts(14, 1, 0), "vetoed",
                        Map.of(v[0], "no")));
                Claim other = report("b", day, "SC", null, null, null, new Counts(14, 1, 0), "vetoed", Map.of(v[1], "no"));
                assertTrue(matcher.best(other, List.of(first)).isEmpty(), v[1] + " after " + v[0] + " " + day);
                Claim same = report("b", day, "SC", null, null, null, new Counts(14, 1, 0), "vetoed", Map.of(v[0], "no"));
                assertEquals("r-held", matcher.best(same, List.of(first)).orElseThrow().id(), v[0] + " twice " + day);
            }
        }
        ResolutionRecord twoVetoes = recordOf(report("a", null, "SC", null, null, null, Counts.NONE, "vetoed",
                Map.of("CHN", "no", "RUS", "no")));
        Claim oneOfThem = report("b", null, "SC", null, null, null, Counts.NONE, "vetoed", Map.of("RUS", "no"));
        assertEquals("r-held", matcher.best(oneOfThem, List.of(twoVetoes)).orElseThrow().id());
        // an elected member's no says nothing of who vetoed, nor does a no in another body
        Claim electedNo = report("c", null, "SC", null, null, null, Counts.NONE, "vetoed", Map.of("DZA", "no"));
        assertEquals("r-held", matcher.best(electedNo, List.of(twoVetoes)).orElseThrow().id());
        assertFalse(ResolutionMatcher.vetoersDiffer("GA", null, Map.of("USA", "no"), Map.of("RUS", "no")));
    }

    /**
     * A mention that fits two votes alike (two texts adopted at one sitting, no count, no words of either) tells
     * neither and waits apart, whichever comes first among the candidates; words of one title, or a fit to one only
     * (the other failed), place it.
     */
    @Test
    void aMentionThatFitsTwoVotesAlikeJoinsNeither() {
        Object[][] cases = {{"GA", "2037-06-14", "adopted"}, {"HRC", "2038-10-05", "adopted"}, {"SC", "2039-02-27", "rejected"}};
        for (Object[] c : cases) {
            String body = (String) c[0];
            String day = (String) c[1];
            String outcome = (String) c[2];
            String published = LocalDate.parse(day).plusDays(1).toString();
            ResolutionRecord coral = reconciler.reconcile("r-coral", List.of(new Claim("a", "a", "t", published,
                    new VoteEvent("a#1", body, "resolution", day, "text on coral reef protection", null, List.of(),
                            new Counts(6, 4, 5), outcome, Map.of(), List.of(), 0.9)))).identity();
            ResolutionRecord rail = reconciler.reconcile("r-rail", List.of(new Claim("b", "b", "t", published,
                    new VoteEvent("b#1", body, "resolution", day, "text on cross-border rail links", null, List.of(),
                            new Counts(7, 5, 3), outcome, Map.of(), List.of(), 0.9)))).identity();
            Claim bare = new Claim("m", "m", "t", published, new VoteEvent("m#1", body, "resolution", day, null, null,
                    List.of(), Counts.NONE, outcome, Map.of(), List.of(), 0.8));
            assertTrue(matcher.best(bare, List.of(coral, rail)).isEmpty(), body);
            assertTrue(matcher.best(bare, List.of(rail, coral)).isEmpty(), body + ", the other order");
            assertEquals("r-rail", matcher.best(bare, List.of(rail)).orElseThrow().id(), body + ", alone");
            Claim worded = new Claim("m", "m", "t", published, new VoteEvent("m#1", body, "resolution", day,
                    "the rail links text", null, List.of(), Counts.NONE, outcome, Map.of(), List.of(), 0.8));
            assertEquals("r-rail", matcher.best(worded, List.of(coral, rail)).orElseThrow().id(), body + ", worded");
            String opposite = "adopted".equals(outcome) ? "rejected" : "adopted";
            ResolutionRecord failed = reconciler.reconcile("r-failed", List.of(new Claim("f", "f", "t", published,
                    new VoteEvent("f#1", body, "resolution", day, "text on desert locusts", null, List.of(),
                            "adopted".equals(opposite) ? new Counts(12, 1, 2) : new Counts(2, 11, 2), opposite, Map.of(),
                            List.of(), 0.9)))).identity();
            assertEquals("r-coral", matcher.best(bare, List.of(failed, coral)).orElseThrow().id(), body + ", one fits");
        }
    }

    @SafeVarargs
    private static Map<String, String>[] pair(Map<String, String>... sides) {
        return sides;
    }

    /**
     * A day told without its year (undated articles: "on 3 August") that the other side's time cannot hold weighs
     * as a count that differs: weeks from the other's date, or outside the weeks up to the other's first report. One
     * count and an outcome no longer make such reports one vote, in either order; all three counts still do (the day
     * may be another event's), and a day the other's time holds changes nothing.
     */
    @Test
    void aDayWithoutItsYearThatTheOtherTimeCannotHoldWeighsAgainst() {
        /** A day the other side's time cannot hold and one it can, the other's article and date, a count they share. */
        record Days(String far, String near, String reported, String date, Counts one) {
        }
        for (Days d : List.of(new Days("--08-03", "--06-11", "2031-06-20", null, new Counts(13, null, null)),
                new Days("--02-11", "--09-28", "2034-10-02", "2034-09-30", new Counts(null, 4, null)),
                new Days("--12-30", "--02-20", "2036-03-15", null, new Counts(null, null, 3)))) {
            String far = d.far();
            String reported = d.reported();
            Counts one = d.one();
            Map<String, String> franceAgainst = Map.of("FRA", "no");
            Claim timed = report("t", reported, "SC", d.date(), null, null, one, "vetoed", franceAgainst);
            Claim farDay = report("y", null, "SC", null, far, null, one, "vetoed", franceAgainst);
            assertTrue(ResolutionMatcher.dayOutsideItsTime(farDay, recordOf(timed)), far + " against " + reported);
            assertTrue(matcher.best(farDay, List.of(recordOf(timed))).isEmpty(), far + " against " + reported);
            assertTrue(matcher.best(timed, List.of(recordOf(farDay))).isEmpty(), reported + " against " + far);
            Claim nearDay = report("y", null, "SC", null, d.near(), null, one, "vetoed", franceAgainst);
            assertFalse(ResolutionMatcher.dayOutsideItsTime(nearDay, recordOf(timed)), d.near() + " against " + reported);
            assertEquals("r-held", matcher.best(nearDay, List.of(recordOf(timed))).orElseThrow().id(), d.near());
            assertEquals("r-held", matcher.best(timed, List.of(recordOf(nearDay))).orElseThrow().id(), d.near() + " second");
            Counts three = new Counts(13, 1, 1);
            Claim allCounts = report("y", null, "SC", null, far, null, three, "vetoed", franceAgainst);
            Claim timedAll = report("t", reported, "SC", d.date(), null, null, three, "vetoed", franceAgainst);
            assertEquals("r-held", matcher.best(allCounts, List.of(recordOf(timedAll))).orElseThrow().id(), far + " all counts");
        }
        // two yearless days weeks apart, and a day just before the turn of the year against a report just after it
        Counts twoHundred = new Counts(120, null, null);
        assertTrue(matcher.best(report("b", null, "GA", null, "--05-02", null, twoHundred, "adopted", Map.of()),
                List.of(recordOf(report("a", null, "GA", null, "--10-17", null, twoHundred, "adopted", Map.of())))).isEmpty());
        assertFalse(ResolutionMatcher.dayOutsideItsTime(report("b", null, "GA", null, "--12-29", null, twoHundred, "adopted",
                Map.of()), recordOf(report("a", "2035-01-06", "GA", null, null, null, twoHundred, "adopted", Map.of()))));
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

    /**
     * One count one off while another agrees (a miscount, a vote corrected afterwards) is strong evidence of one vote:
     * with no date and no outcome on the second report it still joins; two off, or one off with nothing agreeing, do not.
     */
    @Test
    void aCountOneOffWhileAnotherAgreesIsTheSameVote() {
        for (Object[] v : List.of(new Object[] {"GA", new Counts(131, 11, 40), new Counts(130, 11, 40), new Counts(129, 11, 40)},
                new Object[] {"HRC", new Counts(22, 12, 13), new Counts(22, 12, 12), new Counts(22, 12, 11)},
                new Object[] {"SC", new Counts(12, 2, 1), new Counts(12, 1, 1), new Counts(12, 4, 1)})) {
            String body = (String) v[0];
            ResolutionRecord held = recordOf(report("a", "2041-11-04", body, "2041-11-03", null, null, (Counts) v[1],
                    "adopted", Map.of()));
            Claim oneOff = report("b", "2041-11-09", body, null, null, null, (Counts) v[2], null, Map.of());
            assertEquals("r-held", matcher.best(oneOff, List.of(held)).map(ResolutionRecord::id).orElse("new"), body + " one off");
            Claim twoOff = report("b", "2041-11-09", body, null, null, null, (Counts) v[3], null, Map.of());
            assertTrue(matcher.best(twoOff, List.of(held)).isEmpty(), body + " two off");
            Counts first = (Counts) v[1];
            Claim aloneOneOff = report("b", "2041-11-09", body, null, null, null,
                    new Counts(first.yes() + 1, null, null), null, Map.of());
            assertTrue(matcher.best(aloneOneOff, List.of(held)).isEmpty(), body + " nothing agreeing");
        }
    }

    /**
     * All three counts equal with a vote against are the vote's fingerprint: a report dating it two weeks off, even
     * after the other report appeared (its own day taken for the vote's), is the same vote; a unanimous or
     * abstentions-only count, which many votes of a body share, is not so read.
     */
    @Test
    void allThreeCountsWithAVoteAgainstAreOneVoteWeeksApart() {
        for (Object[] v : List.of(new Object[] {"GA", new Counts(101, 7, 44), true}, new Object[] {"HRC", new Counts(25, 9, 13), true},
                new Object[] {"SC", new Counts(15, 0, 0), false}, new Object[] {"SC", new Counts(13, 0, 2), false})) {
            String body = (String) v[0];
            Counts counts = (Counts) v[1];
            boolean one = (Boolean) v[2];
            ResolutionRecord held = recordOf(report("a", "2042-06-02", body, "2042-06-01", null, null, counts, "adopted", Map.of()));
            Claim misdated = report("b", "2042-06-16", body, "2042-06-15", null, null, counts, "adopted", Map.of());
            assertEquals(one ? "r-held" : "new", matcher.best(misdated, List.of(held)).map(ResolutionRecord::id).orElse("new"),
                    body + " " + counts);
            // the misdated report first
            assertEquals(one ? "r-held" : "new", matcher.best(report("a", "2042-06-02", body, "2042-06-01", null, null, counts,
                    "adopted", Map.of()), List.of(recordOf(misdated))).map(ResolutionRecord::id).orElse("new"), body + " second");
            // the same count and title a year on is the next session's vote on the same item
            Claim thisYear = titled("a", "2042-06-02", body, "2042-06-01", counts);
            Claim nextYear = titled("c", "2043-06-02", body, "2043-06-01", counts);
            assertEquals("new", matcher.best(nextYear, List.of(recordOf(thisYear))).map(ResolutionRecord::id).orElse("new"),
                    body + " next year");
            assertEquals("new", matcher.best(thisYear, List.of(recordOf(nextYear))).map(ResolutionRecord::id).orElse("new"),
                    body + " next year, second");
        }
    }

    private static Claim titled(String article, String published, String body, String date, Counts counts) {
        return new Claim(article, article, "t", published, new VoteEvent(article + "#1", body, "resolution", date,
                "text on seabed mining", null, List.of(), counts, "adopted", Map.of(), List.of(), 0.9));
    }

    /**
     * A mention (no count, no symbol) joins the vote it fits best near its day when that one leads, here by a stance
     * that only one of two votes a day either side names as the mention does; it does not join a vote whose stances
     * it contradicts, and waits apart between two it fits alike.
     */
    @Test
    void aMentionJoinsTheVoteItFitsBest() {
        for (String body : List.of("GA", "HRC", "SC")) {
            ResolutionRecord tuesday = reconciler.reconcile("r-tue", List.of(report("a", "2043-03-04", body, "2043-03-03", null,
                    null, new Counts(9, 3, 3), "adopted", Map.of("NOR", "yes")))).identity();
            ResolutionRecord thursday = reconciler.reconcile("r-thu", List.of(report("b", "2043-03-06", body, "2043-03-05", null,
                    null, new Counts(11, 2, 2), "adopted", Map.of("NOR", "no", "SWE", "yes")))).identity();
            Claim mention = report("m", "2043-03-05", body, "2043-03-04", null, null, Counts.NONE, "adopted", Map.of("SWE", "yes"));
            assertEquals("r-thu", matcher.best(mention, List.of(tuesday, thursday)).map(ResolutionRecord::id).orElse("apart"), body);
            assertEquals("r-thu", matcher.best(mention, List.of(thursday, tuesday)).map(ResolutionRecord::id).orElse("apart"), body);
            Claim contradicting = report("m", "2043-03-05", body, "2043-03-04", null, null, Counts.NONE, "adopted",
                    Map.of("NOR", "yes", "SWE", "yes"));
            assertEquals("r-tue", matcher.best(contradicting, List.of(tuesday, thursday)).map(ResolutionRecord::id).orElse("apart"), body);
            Claim bare = report("m", "2043-03-05", body, "2043-03-04", null, null, Counts.NONE, "adopted", Map.of());
            assertEquals("apart", matcher.best(bare, List.of(tuesday, thursday)).map(ResolutionRecord::id).orElse("apart"), body);
        }
    }
}
