package io.votewire.tally.service;

import io.votewire.tally.domain.RecordTally;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stored tallies this instance wrote last, by record and the revisions its row had then, so the next batch
 * touching a record does not read and parse its tally again. A tally is handed out only while the record's row has
 * the same revisions: another instance writing the tally takes a new tally revision (so does a record removed and
 * made again), and one of a version before tally revisions changes the document's revision. It is handed out once:
 * the taker changes it, and keeps it again only once its transaction committed.
 */
final class TallyCache {
    private final Map<String, Entry> entries;

    private record Entry(long tallyRevision, long revision, RecordTally tally) {
    }

    /** @param capacity records kept at most, the least recently kept dropped first */
    TallyCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The record's tally if it was kept at these revisions; either way the record has none kept afterwards. */
    synchronized Optional<RecordTally> take(String resolutionId, Long tallyRevision, long revision) {
        Entry e = entries.remove(resolutionId);
        return e != null && tallyRevision != null && e.tallyRevision() == tallyRevision && e.revision() == revision
                ? Optional.of(e.tally()) : Optional.empty();
    }

    /** The tally as committed with its record at these revisions. */
    synchronized void keep(String resolutionId, long tallyRevision, long revision, RecordTally tally) {
        entries.put(resolutionId, new Entry(tallyRevision, revision, tally));
    }
}
