package io.votewire.tally.domain;

import io.votewire.contract.VoteEvent;

/**
 * What one article asserts about one vote: an extracted event plus where it came from.
 *
 * @param source    independent-source key: articles that are copies of one story share it, so they count once
 * @param published the article's publication date (ISO, may be null): the vote it reports happened by then
 * @param outlet    where the article appeared ({@link SourceTrust#outlet}), or null when unknown: its trust weighs
 */
public record Claim(String articleId, String source, String extractorVersion, String published, VoteEvent event,
                    String outlet) {
    /** A claim of an article whose outlet is unknown. */
    public Claim(String articleId, String source, String extractorVersion, String published, VoteEvent event) {
        this(articleId, source, extractorVersion, published, event, null);
    }

    public String eventId() {
        return event.eventId();
    }
}
