package io.votewire.contract;

import java.time.Instant;
import java.util.List;

/**
 * What the extraction service read in one article; the payload of topic {@code vote-events}, keyed by article id
 * so all versions of one article's extraction stay in order. Exactly one of {@code events}/{@code error} is set:
 * an article the engine could not process still gets a message so its status becomes {@code failed}.
 *
 * @param fingerprint {@link Fingerprint} of the body (MinHash, hex): copies of one story, even edited, have
 *                    near-equal ones, so the tally counts them as one source
 * @param attempt     the {@link Article#attempt()} this extraction answers
 */
public record ArticleExtraction(int version, String articleId, String extractorVersion, String published,
                                String url, String headline, String fingerprint, List<VoteEvent> events, String error,
                                Instant extractedAt, int attempt) {
    public static final int VERSION = 1;

    /** The extraction of an article's first attempt. */
    public ArticleExtraction(int version, String articleId, String extractorVersion, String published, String url,
                             String headline, String fingerprint, List<VoteEvent> events, String error, Instant extractedAt) {
        this(version, articleId, extractorVersion, published, url, headline, fingerprint, events, error, extractedAt, 0);
    }
}
