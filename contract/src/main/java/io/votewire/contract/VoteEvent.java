package io.votewire.contract;

import java.util.List;
import java.util.Map;

/**
 * One recorded UN vote as one article reports it.
 *
 * @param eventId   stable id: article id + ordinal, so re-delivery and re-extraction are recognisable
 * @param body      GA, SC, HRC or OTHER
 * @param kind      resolution or amendment
 * @param date      ISO date of the vote, or null when the text does not let a reader know it
 * @param symbol    UN document symbol (A/RES/ES-11/7, S/RES/2774 (2025), S/2022/155) or null
 * @param outcome   adopted, rejected, vetoed or null
 * @param positions ISO 3166-1 alpha-3 code to yes, no, abstain or absent
 * @param confidence 0..1, how sure the extractor is that this is a real recorded vote read right
 */
public record VoteEvent(String eventId, String body, String kind, String date, String title, String symbol,
                        List<String> sponsors, Counts counts, String outcome, Map<String, String> positions,
                        List<Evidence> evidence, double confidence) {
}
