package io.votewire.contract;

import java.time.Instant;

/**
 * A newsroom article as accepted by ingest; the payload of topic {@code articles}, keyed by {@link #id()}.
 *
 * @param version   schema version of this message ({@link #VERSION})
 * @param published ISO date or date-time as the newsroom sent it, or null
 */
public record Article(int version, String id, String url, String published, String headline, String body,
                      Instant receivedAt) {
    public static final int VERSION = 1;
}
