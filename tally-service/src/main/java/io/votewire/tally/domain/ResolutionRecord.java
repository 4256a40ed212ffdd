package io.votewire.tally.domain;

import io.votewire.contract.Counts;

import java.util.Collection;
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
 * @param monthDay  the vote's day and month ({@code --MM-DD}), known even where its year is not
 * @param dateText  what is known of the vote's day for a reader: "24 Feb 2025", "24 Feb" (year unknown) or null
 * @param listed    whether {@code GET /resolutions} lists it: it has a count, a symbol or two independent sources;
 *                  until then its claims are unplaced mentions on their articles, waiting for the vote they fit
 */
public record ResolutionRecord(String id, String body, String kind, String date, String title, String symbol,
                               String outcome, Counts counts, Map<String, String> positions, int sources,
                               List<Conflict> conflicts, String status, List<String> titles, List<String> sponsors,
                               List<String> articles, Map<String, List<Support>> support, String firstReported,
                               String monthDay, String dateText, boolean listed) {
    /** The day and month its own claims give (a date or a day without a year), or null. */
    public String ownDay() {
        return support.containsKey("date") || support.containsKey("month_day") ? monthDay : null;
    }

    /**
     * This record, if its own claims give no day, with the day of the other votes of the undated articles that
     * report it ({@link VoteDay#shared}): an article that tells several votes with a day for one and none for the
     * others tells them as of one time. Weaker than any day of its own, which always wins; no support is added, so
     * the day is not its own and passes no further.
     */
    public ResolutionRecord withDayOfItsArticles(Collection<String> daysOfTheOtherVotes) {
        String day = ownDay() != null || date != null ? null : VoteDay.shared(daysOfTheOtherVotes);
        return day == null ? this : new ResolutionRecord(id, body, kind, date, title, symbol, outcome, counts, positions,
                sources, conflicts, status, titles, sponsors, articles, support, firstReported, day, VoteDay.text(null, day),
                listed);
    }

    /**
     * What the matcher reads of this record, as the tally keeps it beside the record's row: its identity, without
     * conflicts, articles or support. Its day is its own (a day lent by its articles' other votes is not in it).
     */
    public ResolutionRecord identity() {
        return new ResolutionRecord(id, body, kind, date, title, symbol, outcome, counts, positions, sources, List.of(),
                status, titles, sponsors, List.of(), Map.of(), firstReported, monthDay, dateText, listed);
    }

    /** A record a reader can tell apart from others: a count, a symbol, or two sources that report it independently. */
    static boolean listable(Counts counts, String symbol, int sources) {
        return counts.yes() != null || counts.no() != null || counts.abstain() != null || symbol != null || sources >= 2;
    }
}
