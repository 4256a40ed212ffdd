package io.votewire.tally.service;

import io.votewire.tally.domain.RecordTally;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TallyCacheTest {
    private final TallyCache cache = new TallyCache(2);
    private final RecordTally tally = RecordTally.of(List.of());

    @Test
    void aTallyIsHandedOutOnceAndOnlyAtTheRevisionsItWasKeptAt() {
        cache.keep("r-1", 7, 3, tally);
        assertSame(tally, cache.take("r-1", 7L, 3).orElseThrow());
        assertEquals(Optional.empty(), cache.take("r-1", 7L, 3), "the taker changes it: it is kept again after its commit");

        cache.keep("r-1", 7, 3, tally);
        assertEquals(Optional.empty(), cache.take("r-1", 9L, 4), "another instance wrote the tally since");
        assertEquals(Optional.empty(), cache.take("r-1", 7L, 3), "a stale tally is dropped");

        cache.keep("r-1", 7, 3, tally);
        assertEquals(Optional.empty(), cache.take("r-1", 7L, 4), "a writer that keeps no tally revision changed the record");
        cache.keep("r-1", 7, 3, tally);
        assertEquals(Optional.empty(), cache.take("r-1", null, 3), "a row of before tally revisions");
    }

    @Test
    void theLeastRecentlyKeptAreDroppedBeyondTheCapacity() {
        cache.keep("r-1", 1, 1, tally);
        cache.keep("r-2", 1, 1, tally);
        cache.keep("r-3", 1, 1, tally);
        assertEquals(Optional.empty(), cache.take("r-1", 1L, 1));
        assertSame(tally, cache.take("r-2", 1L, 1).orElseThrow());
        assertSame(tally, cache.take("r-3", 1L, 1).orElseThrow());
    }
}
