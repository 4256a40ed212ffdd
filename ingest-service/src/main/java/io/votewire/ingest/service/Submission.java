package io.votewire.ingest.service;

/**
 * A validated newsroom article, before it is published.
 *
 * @param id idempotency key: the newsroom's own, or derived from the content when it sent none
 */
public record Submission(String id, String url, String published, String headline, String body, String contentHash) {
}
