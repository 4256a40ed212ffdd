package io.votewire.tally.domain;

import io.votewire.contract.UnRules;

import java.time.LocalDate;

/** The calendar years a vote may have taken place in, for the UN's membership rules ({@link UnRules}). */
final class VoteYears {
    /** an undated vote was held by the time its article appeared, within weeks when nothing else says so */
    private static final int REPORTED_WITHIN_DAYS = 31;

    private VoteYears() {
    }

    /**
     * The vote date's year; else the years of the month before the publication (a vote of late December reported in
     * January may be either year's); else null (nothing tells).
     */
    static UnRules.Years of(String voteDate, String published) {
        LocalDate vote = date(voteDate);
        if (vote != null) {
            return UnRules.Years.of(vote.getYear());
        }
        LocalDate reported = date(published);
        return reported == null ? null
                : new UnRules.Years(reported.minusDays(REPORTED_WITHIN_DAYS).getYear(), reported.getYear());
    }

    private static LocalDate date(String iso) {
        Long day = ResolutionMatcher.day(iso);
        return day == null ? null : LocalDate.ofEpochDay(day);
    }
}
