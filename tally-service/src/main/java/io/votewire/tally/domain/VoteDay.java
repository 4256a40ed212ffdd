package io.votewire.tally.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is known of a vote's day: its date, or only its day and month when the articles give no year ("February
 * 24" in an undated article), which is still worth showing rather than "date unknown".
 */
final class VoteDay {
    private static final DateTimeFormatter WITH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WITHOUT_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private VoteDay() {
    }

    /** The day and month ({@code --MM-DD}): the date's where there is one, else the year-less day the claims give. */
    static String monthDay(String date, String yearless) {
        LocalDate d = date(date);
        if (d != null) {
            return MonthDay.from(d).toString();
        }
        return parse(yearless) == null ? null : yearless;
    }

    /** The one day and month ({@code --MM-DD}) all these give, or null when they give none or disagree. */
    static String shared(Collection<String> monthDays) {
        Set<String> days = new TreeSet<>();
        for (String md : monthDays) {
            if (parse(md) != null) {
                days.add(md);
            }
        }
        return days.size() == 1 ? days.iterator().next() : null;
    }

    /** "24 Feb 2025", "24 Feb" when the year is unknown, or null when nothing is known. */
    static String text(String date, String yearless) {
        LocalDate d = date(date);
        if (d != null) {
            return WITH_YEAR.format(d);
        }
        MonthDay md = parse(yearless);
        return md == null ? null : WITHOUT_YEAR.format(md);
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null || iso.length() < 10 ? null : LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static MonthDay parse(String monthDay) {
        try {
            return monthDay == null ? null : MonthDay.parse(monthDay);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
