package io.votewire.gateway.persistence;

/**
 * A validated listing request. Every filter is optional (null).
 *
 * @param sort       "date" (newest vote first) or "updated" (most recently changed first)
 * @param afterKey   the sort key of the last row of the previous page (vote date, or change sequence)
 * @param afterId    the id of that row (ties on the date)
 */
public record ResolutionQuery(String body, String outcome, String from, String to, String country, String vote,
                              String text, String sort, int limit, String afterKey, String afterId) {
}
