package io.votewire.extraction.engine;

import io.votewire.contract.Article;
import io.votewire.extraction.reader.Deadline;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VoteExtractorTest {
    private static final Article VOTE = new Article(Article.VERSION, "a", null, "2031-05-03", null,
            "The Security Council on Friday adopted resolution 2999 (2031) by 13 votes to none, with 2 abstentions. "
                    + "Ghana and Peru abstained.", Instant.EPOCH);

    @Test
    void anArticleReadPastItsDeadlineIsRefusedWithTheReason() {
        Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class,
                () -> new VoteExtractor(VoteExtractor.DEFAULT_MAX_CHARS, Duration.ZERO).extract(VOTE));
        assertEquals("extraction exceeded its deadline of 0 ms", e.getMessage());
    }

    @Test
    void withinItsDeadlineAnArticleIsReadAsWithoutOne() {
        var events = new VoteExtractor(VoteExtractor.DEFAULT_MAX_CHARS, Duration.ofMinutes(1)).extract(VOTE);
        assertFalse(events.isEmpty());
        assertEquals(new VoteExtractor().extract(VOTE), events);
    }
}
