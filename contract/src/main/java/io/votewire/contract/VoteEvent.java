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
 * @param monthDay  the vote's day and month as ISO 8601 {@code --MM-DD} where the text gives them but no year can be
 *                  known ("on February 24" in an article without a publication date), else null; added in the same
 *                  message version, so older messages read as null
 */
public record VoteEvent(String eventId, String body, String kind, String date, String title, String symbol,
                        List<String> sponsors, Counts counts, String outcome, Map<String, String> positions,
                        List<Evidence> evidence, double confidence, String monthDay) {
    /** An event without a year-less day. */
    public VoteEvent(String eventId, String body, String kind, String date, String title, String symbol,
                     List<String> sponsors, Counts counts, String outcome, Map<String, String> positions,
                     List<Evidence> evidence, double confidence) {
        this(eventId, body, kind, date, title, symbol, sponsors, counts, outcome, positions, evidence, confidence, null);
    }
}
