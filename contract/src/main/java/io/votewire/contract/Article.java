package io.votewire.contract;

import java.time.Instant;

/**
 * A newsroom article as accepted by ingest; the payload of topic {@code articles}, keyed by {@link #id()}.
 *
 * @param version   schema version of this message ({@link #VERSION})
 * @param published ISO date or date-time as the newsroom sent it, or null
 * @param attempt   0 as ingest accepted it; n when an operator had it processed again for the n-th time (the tally's
 *                  {@code POST /admin/reprocess}), so the tally can tell a newer attempt from a redelivery
 */
public record Article(int version, String id, String url, String published, String headline, String body,
                      Instant receivedAt, int attempt) {
    public static final int VERSION = 1;

    /** The article as ingest accepts it: its first attempt. */
    public Article(int version, String id, String url, String published, String headline, String body, Instant receivedAt) {
        this(version, id, url, published, headline, body, receivedAt, 0);
    }
}
