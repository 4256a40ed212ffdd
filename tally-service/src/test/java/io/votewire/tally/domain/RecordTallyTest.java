package io.votewire.tally.domain;

import io.votewire.contract.Counts;
import io.votewire.contract.VoteEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.votewire.tally.domain.ClaimsForTest.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A tally kept across claims and batches derives its record with its sources' weights as they are now. */
class RecordTallyTest {
    private final ResolutionReconciler reconciler = new ResolutionReconciler();

    @Test
    void aKeptTallyFollowsItsSourcesWeights() {
        RecordTally t = RecordTally.of(List.of(outlet("wire.test", claim("a", "SC", "t", 13, 0, 2, "adopted", Map.of())),
                outlet("daily.test", claim("b", "SC", "t", 12, 0, 2, "adopted", Map.of()))));
        t.weighedBy(o -> o.equals("wire.test") ? 1.8 : 1.0);
        assertEquals(13, reconciler.derive("r", t).counts().yes());
        t.weighedBy(o -> switch (o) {
            case "wire.test" -> 1.0;
            case "daily.test" -> 1.2;
            default -> 1.8;
        });
        assertEquals(12, reconciler.derive("r", t).counts().yes(), "the outlets' new weights");
        // source a's story seen at a trusted outlet too, stating no yes count: a now weighs as that outlet
        VoteEvent copy = new VoteEvent("a2#1", "SC", "resolution", null, "t", null, List.of(), new Counts(null, 0, 2),
                "adopted", Map.of(), List.of(), 0.8);
        t.add(new Claim("a2", "src-a", "test", null, copy, "press.un.org"));
        assertEquals(13, reconciler.derive("r", t).counts().yes(), "a source's outlets grew");
    }

    private static Claim outlet(String outlet, Claim c) {
        return new Claim(c.articleId(), c.source(), c.extractorVersion(), c.published(), c.event(), outlet);
    }
}
