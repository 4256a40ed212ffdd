package io.votewire.extraction.reader;

import java.time.Duration;

/**
 * When the reading of one article must stop. The reader checks it between sentences: a sentence's work is bounded
 * (sentences are cut at {@link Sentences#MAX_CHARS}), so an article past its deadline stops within one sentence and
 * leaves no thread reading it.
 */
public final class Deadline {
    public static final Deadline NONE = new Deadline(0, Long.MAX_VALUE);

    private final long start;
    private final long nanos;

    private Deadline(long start, long nanos) {
        this.start = start;
        this.nanos = nanos;
    }

    /** A deadline {@code time} from now. */
    public static Deadline after(Duration time) {
        return new Deadline(System.nanoTime(), time.toNanos());
    }

    /** @throws Exceeded once the deadline has passed */
    void check() {
        if (nanos != Long.MAX_VALUE && System.nanoTime() - start >= nanos) {
            throw new Exceeded("extraction exceeded its deadline of " + Duration.ofNanos(nanos).toMillis() + " ms");
        }
    }

    /** The article took longer than its deadline allows: it is refused as one the engine cannot read. */
    public static final class Exceeded extends RuntimeException {
        Exceeded(String message) {
            super(message);
        }
    }
}
