package io.votewire.tally.domain;

import io.votewire.contract.Counts;

import java.util.List;
import java.util.Map;

/**
 * The reconciled record of one real vote, derived from its claims only (so it can be recomputed at any time).
 * Field names are the REST contract's.
 *
 * @param status    provisional (one source), confirmed (independent sources agree) or disputed (they don't)
 * @param titles    every way sources named this vote; used to recognise it in later articles
 * @param support   per field ("counts.yes", "outcome", "positions.RUS", ...): the candidate values and their sources
 * @param firstReported the earliest publication date among its articles: the vote took place by then
 */
public record ResolutionRecord(String id, String body, String kind, String date, String title, String symbol,
                               String outcome, Counts counts, Map<String, String> positions, int sources,
                               List<Conflict> conflicts, String status, List<String> titles, List<String> sponsors,
                               List<String> articles, Map<String, List<Support>> support, String firstReported) {
}
