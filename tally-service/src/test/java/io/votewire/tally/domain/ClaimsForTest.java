package io.votewire.tally.domain;

import io.votewire.contract.Counts;
import io.votewire.contract.VoteEvent;

import java.util.List;
import java.util.Map;

/** Builds claims tersely for the reconciliation tests. */
final class ClaimsForTest {
    private ClaimsForTest() {
    }

    static Claim claim(String article, String body, String title, Integer yes, Integer no, Integer abstain,
                       String outcome, Map<String, String> positions) {
        VoteEvent e = new VoteEvent(article + "#1", body, "resolution", null, title, null, List.of(),
                new Counts(yes, no, abstain), outcome, positions, List.of(), 0.8);
        return new Claim(article, "src-" + article, "test", null, e);
    }
}
