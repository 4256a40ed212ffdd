package io.votewire.tally.domain;

import io.votewire.contract.Counts;
import io.votewire.contract.VoteEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.votewire.tally.domain.ClaimsForTest.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void anotherBodyOrSymbolIsNeverTheSameVote() {
        Claim c = claim("x", "SC", "European resolution condemning Russian aggression", 93, 18, 65, null, Map.of());
        assertTrue(matcher.best(c, List.of(european, usDraft)).isEmpty());
        VoteEvent withSymbol = new VoteEvent("x#1", "GA", "resolution", null, "t", "A/RES/1/1", List.of(),
                new Counts(93, 18, 65), null, Map.of(), List.of(), 0.9);
        ResolutionRecord symbolled = reconciler.reconcile("r-s", List.of(new Claim("z", "z", "t",
                new VoteEvent("z#1", "GA", "resolution", null, "t", "A/RES/1/2", List.of(), new Counts(93, 18, 65),
                        null, Map.of(), List.of(), 0.9))));
        assertTrue(matcher.best(new Claim("x", "x", "t", withSymbol), List.of(symbolled)).isEmpty());
    }

    @Test
    void aClaimWithNothingDistinctiveStartsItsOwnRecord() {
        Claim c = claim("x", "GA", "a resolution", null, null, null, null, Map.of());
        assertTrue(matcher.best(c, List.of(european, usDraft)).isEmpty());
    }
}
