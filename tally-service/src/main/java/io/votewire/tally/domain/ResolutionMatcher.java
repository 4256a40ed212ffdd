package io.votewire.tally.domain;

import io.votewire.contract.Counts;
import io.votewire.contract.UnRules;
import io.votewire.contract.VoteEvent;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which existing resolution a claim is about, weighing every signal: symbol, body, kind, date, counts,
 * outcome, sponsors, title words and positions. Only hard contradictions rule a candidate out: another symbol,
 * body or kind, a vote held after the other side was reported (unless, within weeks, all three counts with a vote
 * against say it is one vote: {@link #DATES_APART_BOUND}), or a symbol's year that is not the other side's.
 * The rest add or subtract evidence with the weights below; under {@link #THRESHOLD} the claim starts a new
 * resolution.
 * <p>
 * Dates weigh, they do not veto: articles misdate votes (time zones, the filing day, a weekday counted from the
 * wrong date), so a record of the same body with all three counts equal stays the same vote a few days off, or
 * undated; two counts equal survive a day or two; one count alone needs the same day or more evidence. A day
 * without its year ({@code month_day}, "on 19 December" in an undated article) does not weigh: in the labelled real
 * articles a quarter of them were more than a day off the vote's (an expiry or another event's day), so only whether
 * a side has a time at all is read of it ({@link #placedNear}). A side with no time at all (an undated article that
 * dates nothing) is as far as any year from a side that has one ({@link #placedInTime}).
 */
public final class ResolutionMatcher {
    static final double THRESHOLD = 2.0;
    /** The identity model's weights: what each agreement adds and each disagreement takes away. */
    static final double SYMBOL_AGREES = 10;
    static final double SAME_DAY = 1.5;
    /** Per day apart beyond the first: a day's difference is time zones, more is a misdated report or another vote. */
    static final double PER_DAY_APART = -1.5;
    static final double COUNT_AGREES = 2.5;
    /** All three counts equal: a coincidence between two votes of one body is rare. */
    static final double ALL_COUNTS_AGREE = 2;
    static final double COUNT_DIFFERS = -4;
    /**
     * A count one off while another count agrees (127 against 128 in favour, the rest equal): a miscount or a
     * state's vote corrected afterwards, strong evidence of one vote rather than against it.
     */
    static final double COUNT_OFF_BY_ONE = -1;
    /**
     * How much dates apart may take away when all three counts agree and someone voted against: such a count is the
     * vote's fingerprint (unlike a unanimous or abstentions-only one, which many of a body's votes share), so dates
     * weeks apart (a misdated report, the filing day) only weaken it, and a date after the other side's report
     * (an article's own day taken for the vote's) does not rule it out. Four days' worth; only within
     * {@link #NEAR_DAYS}: annual texts can repeat a count a year on.
     */
    static final double DATES_APART_BOUND = -6;
    static final double OUTCOME_AGREES = 1;
    /** A veto told as a rejection, or the reverse: one outcome in two words. */
    static final double OUTCOME_DIFFERS = -1;
    /** Adopted against failed: rival drafts are often voted at one sitting, with a count in common. */
    static final double OUTCOME_OPPOSED = -3;
    static final double TITLE_OVERLAP = 4;
    static final double SPONSOR_AGREES = 2;
    static final double SPONSOR_DIFFERS = -2;
    static final double POSITION_AGREES = 0.5;
    static final double POSITION_DIFFERS = -1;
    static final double POSITIONS_BOUND = 3;
    /**
     * The two sides together name more voters than the vote had, though neither does alone: more than the body's
     * seats (fourteen in favour on the Council and two different abstainers), or more on a side than its count.
     * Weighs as a count that differs: both cannot be true of one vote, yet one of them may be a misreading.
     */
    static final double NAMES_OVERFILL = -4;
    /**
     * Both sides name who cast a permanent member's no on a Council text and nobody is on both lists ("the United
     * States vetoed" against "Russia and China voted no"): articles name the vetoes they tell of, though one may leave
     * out a second vetoing member, so it weighs rather than rules out; it keeps two thin veto mentions apart. Unless
     * together they name more noes than the vote had ("14 to 1" with the US, "14 to 1" with Russia): then no report
     * left a veto out, and they are two vetoes whatever else agrees.
     */
    static final double VETOERS_DIFFER = -2;
    /**
     * A day told without its year ("on 21 December", undated articles) that the other side's time cannot hold: weeks
     * from the other's date or day, or outside the weeks before the other's first report. Weighs as a count that
     * differs: such a day is sometimes another event's (an expiry, an announcement), so all three counts agreeing
     * still make one vote, one count and an outcome do not. Weighed only between reports with counts: a thin mention
     * is placed by its day already ({@link #placedNear}).
     */
    static final double DAY_OUTSIDE_ITS_TIME = -4;
    /**
     * Evidence needed to join a vote far in time from the claim (an earlier vote recalled without its date): one
     * count alone is not enough ("141 votes" fits several votes), a count and the title's words are. Counts alone
     * never are, however many agree: the Council's 10 to 0 with 5 abstentions recurs over the years, so a far vote
     * must be named too, by its symbol or its title's words.
     */
    static final double FAR_THRESHOLD = 4.0;
    /**
     * By how much the vote a thin claim fits best must lead the next one it fits for the claim to join it when it
     * fits none up to {@link #THRESHOLD}: a named stance more ({@link #POSITION_AGREES}), a day nearer; a mention joins
     * the one vote it fits best, and waits apart between two alike.
     */
    static final double THIN_LEAD = 0.5;
    /**
     * States named on the same sides, none on another, that place a mention with a vote though one side has a time
     * and the other none: an undated "Russia vetoed it; Chile, Peru, Fiji and Nepal abstained" is the vote a
     * dated report names alike. Votes that share their stances (the same states against the same kind of text year
     * after year) tie, and a tied mention joins neither ({@link #best}).
     */
    static final int STANCES_PLACE_A_MENTION = 4;
    /** How far apart a thin claim and the vote it fits may be in time. */
    private static final int NEAR_DAYS = 31;
    /** Council symbols carry their year: "S/RES/2728(2024)", drafts "S/2024/239" (as {@link #normalSymbol} writes them). */
    private static final Pattern COUNCIL_YEAR = Pattern.compile("S/(?:RES/\\d+\\((\\d{4})\\)|(\\d{4})/\\d+)");
    /** Assembly symbols carry their session ("A/RES/78/70", drafts "A/78/L.5"), which opens in September. */
    private static final Pattern ASSEMBLY_SESSION = Pattern.compile("A/(?:RES/)?(\\d{1,2})/.*");
    /** Session n of the Assembly opens in September of 1945 + n. */
    private static final int ASSEMBLY_SESSION_ZERO = 1945;
    private static final String ADOPTED = "adopted";
    /** Days of the leap year {@link #dayOfYear} counts in. */
    private static final int DAYS_OF_YEAR = 366;
    private static final int[] DAYS_BEFORE_MONTH = {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335};
    private static final String[] SIDES = {"yes", "no", "abstain", "absent"};
    private static final int WORDS_KEPT = 10_000;
    private static final Map<String, Set<String>> WORDS = new ConcurrentHashMap<>();
    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "of", "on", "in", "to", "for", "and", "by",
            "un", "u.n.", "united", "nations", "resolution", "draft", "text", "measure", "document", "vote", "its",
            "that", "with", "general", "assembly", "security", "council", "human", "rights");

    public Optional<ResolutionRecord> best(Claim claim, List<ResolutionRecord> candidates) {
        ResolutionRecord best = null;
        double bestScore = 0;
        boolean tied = false;
        // the votes a thin claim fits (near, stances not contradicted), the best and the runner-up of them
        ResolutionRecord fit = null;
        double fitScore = 0;
        double runnerUp = 0;
        for (ResolutionRecord r : candidates) {
            Optional<Double> s = score(claim, r);
            boolean placed = placedNear(claim, r);
            if (s.isPresent() && s.get() > 0 && placed && !stancesContradict(claim.event().positions(), r.positions())) {
                if (fit == null || s.get() > fitScore || s.get() == fitScore && r.id().compareTo(fit.id()) < 0) {
                    runnerUp = fit == null ? 0 : fitScore;
                    fit = r;
                    fitScore = s.get();
                } else {
                    runnerUp = Math.max(runnerUp, s.get());
                }
            }
            boolean near = placedInTime(claim, r);
            if (s.isEmpty() || s.get() < (near ? THRESHOLD : FAR_THRESHOLD) || !near && !named(claim.event(), r)
                    || thinPair(claim, r) && !placed) {
                continue;
            }
            tied = best != null && s.get() == bestScore || tied && s.get() < bestScore;
            // ties go to the older id so the choice does not depend on the candidates' order
            if (best == null || s.get() > bestScore || s.get() == bestScore && r.id().compareTo(best.id()) < 0) {
                best = r;
                bestScore = s.get();
            }
        }
        if (tied && isThin(claim.event())) {
            // a mention that fits two votes alike ("the Assembly adopted the text", two adopted that day) tells
            // neither: it waits apart, as it does when it fits two only loosely
            return Optional.empty();
        }
        // a claim too thin to identify a vote by itself ("the Council draft was vetoed") joins the vote it fits best,
        // when that one fits clearly better than any other
        if (best == null && fit != null && fitScore - runnerUp >= THIN_LEAD && isThin(claim.event())) {
            best = fit;
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether {@link #best} could choose r among any candidates that include it: r is close enough on its own, or
     * the claim is thin and fits it. A cheap test before the candidates are found (the merge check asks, of each
     * record around a new one, whether that record's best match is the new one).
     */
    public boolean couldChoose(Claim claim, ResolutionRecord r) {
        Optional<Double> s = score(claim, r);
        if (s.isEmpty()) {
            return false;
        }
        boolean near = placedInTime(claim, r);
        boolean placed = placedNear(claim, r);
        return s.get() >= (near ? THRESHOLD : FAR_THRESHOLD) && (near || named(claim.event(), r)) && (placed || !thinPair(claim, r))
                || isThin(claim.event()) && s.get() > 0 && placed;
    }

    /**
     * A mention on either side (a claim, or a record made of mentions only): whatever its words, it joins only where
     * time places the two together ({@link #placedNear}). Title words alone ("the resolution on Ukraine") recur
     * over the years.
     */
    private static boolean thinPair(Claim claim, ResolutionRecord r) {
        Counts rc = r.counts() == null ? Counts.NONE : r.counts();
        return isThin(claim.event()) || r.symbol() == null && rc.yes() == null && rc.no() == null && rc.abstain() == null;
    }

    /**
     * Where a thin claim may join: near in time, and of one kind of time: where one side has a time (its article's
     * publication, a date or a day) and the other none, nothing says the two are of one time (an undated article's
     * "the draft was vetoed" fits every veto in history, not the one that happens to be alone in the window), unless
     * the states it names place it ({@link #STANCES_PLACE_A_MENTION}); where a side knows its day but not its year, on
     * that day (a day's grace): the claim has nothing else to tell the vote by.
     */
    private static boolean placedNear(Claim claim, ResolutionRecord r) {
        VoteEvent e = claim.event();
        if (!nearInTime(claim, r)) {
            return false;
        }
        if (timed(claim) != timed(r)) {
            Standing named = standing(e.positions(), r.positions());
            return named.differ() == 0 && named.agree() >= STANCES_PLACE_A_MENTION;
        }
        int mine = dayOfYear(e.date(), e.monthDay());
        int theirs = dayOfYear(r.date(), r.monthDay()); // its own: identity documents carry no lent day
        boolean yearless = e.date() == null || r.date() == null;
        return !yearless || mine < 0 || theirs < 0 || Math.min(Math.abs(mine - theirs), DAYS_OF_YEAR - Math.abs(mine - theirs)) <= 1;
    }

    /** The day of a leap year (0 for 1 January) of a date, else of a day without its year; -1 when neither tells. */
    private static int dayOfYear(String date, String monthDay) {
        Long d = day(date);
        if (d != null) {
            LocalDate held = LocalDate.ofEpochDay(d);
            return DAYS_BEFORE_MONTH[held.getMonthValue() - 1] + held.getDayOfMonth() - 1;
        }
        if (monthDay == null || monthDay.length() != 7 || !monthDay.startsWith("--") || monthDay.charAt(4) != '-') {
            return -1;
        }
        int month = digits(monthDay, 2, 4);
        int dayOfMonth = digits(monthDay, 5, 7);
        return month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31 ? -1 : DAYS_BEFORE_MONTH[month - 1] + dayOfMonth - 1;
    }

    /** The claim names the record's text: the same symbol, or words of its title. */
    private static boolean named(VoteEvent e, ResolutionRecord r) {
        return e.symbol() != null && r.symbol() != null || titleSimilarity(e.title(), r.titles()) > 0;
    }

    /**
     * Near in time, and where only one side has a time, the same vote by its counts ({@link #countsMakeTheVote}): a
     * report that places its vote nowhere in time (no publication, date, day or symbol with its year) is as far from
     * a vote that has a time as a vote of another year, so otherwise it joins it as a far vote does (named,
     * {@link #FAR_THRESHOLD}): "14 in favour, vetoed" in an undated article fits a veto of any year.
     */
    private static boolean placedInTime(Claim claim, ResolutionRecord r) {
        return nearInTime(claim, r) && (timed(claim) == timed(r)
                || countsMakeTheVote(claim.event().counts(), r.counts()) && !commonTally(bodyOf(claim, r), claim.event().counts(), r.counts()));
    }

    /** Whether something places the claim's vote in time: its date or day, its article's publication, its symbol's year. */
    private static boolean timed(Claim claim) {
        VoteEvent e = claim.event();
        return e.date() != null || claim.published() != null || e.monthDay() != null || years(e.symbol()) != null;
    }

    private static boolean timed(ResolutionRecord r) {
        return r.date() != null || r.firstReported() != null || r.monthDay() != null || years(r.symbol()) != null;
    }

    /**
     * The counts make the vote: two of them at least agree and none differs ("93 in favour, 18 against" of a vote
     * whose record has 93-18-65). A third that differs, even by one, is another vote as often as a misprint where
     * nothing else places the two together: the Assembly's texts on one war run 141-5-35 and 143-5-35 months apart,
     * the Council's 12-0-3 and 11-0-3 years apart.
     */
    private static boolean countsMakeTheVote(Counts a, Counts b) {
        int agree = 0;
        for (int i = 0; i < 3; i++) {
            Integer x = count(a, i);
            Integer y = count(b, i);
            if (x != null && y != null && !x.equals(y)) {
                return false;
            }
            agree += x != null && x.equals(y) ? 1 : 0;
        }
        return agree >= 2;
    }

    /**
     * Both sides count no vote against on the Council (15-0-0, 14-0-1, 13-0-2): the tally of most of its texts, year
     * after year, so agreeing it places no report in time, and where a side does not date its vote it weighs as one
     * count (a day without its year weeks from the other side's is then another vote).
     */
    static boolean commonTally(String body, Counts a, Counts b) {
        return UnRules.SC.equals(body) && a != null && b != null && Integer.valueOf(0).equals(a.no()) && Integer.valueOf(0).equals(b.no());
    }

    private static String bodyOf(Claim claim, ResolutionRecord r) {
        return claim.event().body() != null ? claim.event().body() : r.body();
    }

    /** The claim's vote (or its article) and the record's vote (or its first report) are weeks apart at most. */
    private static boolean nearInTime(Claim claim, ResolutionRecord r) {
        Long when = day(claim.event().date() != null ? claim.event().date() : claim.published());
        Long theirs = day(r.date() != null ? r.date() : r.firstReported());
        return when == null || theirs == null || Math.abs(when - theirs) <= NEAR_DAYS;
    }

    /** No symbol and no count: a mention ("the Council draft was vetoed") that cannot identify a vote by itself. */
    public static boolean isThin(VoteEvent e) {
        Counts c = e.counts() == null ? Counts.NONE : e.counts();
        return e.symbol() == null && c.yes() == null && c.no() == null && c.abstain() == null;
    }

    /** Evidence that the claim reports the vote recorded in r; empty when they cannot be the same vote. */
    public Optional<Double> score(Claim claim, ResolutionRecord r) {
        VoteEvent e = claim.event();
        if (!same(e.body(), r.body()) || !same(e.kind(), r.kind())) {
            return Optional.empty();
        }
        Counts c = e.counts() == null ? Counts.NONE : e.counts();
        Counts rc = r.counts() == null ? Counts.NONE : r.counts();
        // weeks apart at most: the same count a year on is the next session's vote on the same item
        boolean fingerprint = fingerprint(c, rc) && nearInTime(claim, r);
        // a vote is reported after it happened (a day's grace for time zones): not after the record's first report,
        // and the record's vote not after this article appeared; unless the counts are the vote's fingerprint, and
        // the date that says otherwise is a misdating (an article's own day taken for the vote's)
        if (!fingerprint && (after(e.date(), r.firstReported()) || after(r.date(), claim.published()))) {
            return Optional.empty();
        }
        // one side's symbol places the other's date (where both have one, the symbols decide below)
        if (e.symbol() == null || r.symbol() == null) {
            if (!yearsMeet(e.symbol(), r.date(), r.firstReported()) || !yearsMeet(r.symbol(), e.date(), claim.published())) {
                return Optional.empty();
            }
        }
        double score = 0;
        if (e.symbol() != null && r.symbol() != null) {
            if (!normalSymbol(e.symbol()).equals(normalSymbol(r.symbol()))) {
                return Optional.empty();
            }
            score += SYMBOL_AGREES;
        }
        int agree = 0;
        int differ = 0;
        int offByOne = 0;
        for (int i = 0; i < 3; i++) {
            Integer a = count(c, i);
            Integer b = count(rc, i);
            if (a != null && b != null) {
                if (a.equals(b)) {
                    agree++;
                } else if (Math.abs(a - b) == 1) {
                    offByOne++;
                } else {
                    differ++;
                }
            }
        }
        if (differ + offByOne >= 2 && agree == 0) {
            return Optional.empty();
        }
        // (where both sides date the vote, the days apart weigh the rest)
        String body = bodyOf(claim, r);
        if (commonTally(body, c, rc) && (e.date() == null || r.date() == null)) {
            agree = Math.min(agree, 1);
        }
        // one off counts as differing unless another count agrees
        score += COUNT_AGREES * agree + COUNT_DIFFERS * differ + (agree > 0 ? COUNT_OFF_BY_ONE : COUNT_DIFFERS) * offByOne
                + (agree == 3 ? ALL_COUNTS_AGREE : 0);
        if (e.date() != null && r.date() != null) {
            Long a = day(e.date());
            Long b = day(r.date());
            long days = a == null || b == null ? 0 : Math.abs(a - b);
            score += days == 0 ? SAME_DAY : Math.max(PER_DAY_APART * (days - 1), fingerprint ? DATES_APART_BOUND : Double.NEGATIVE_INFINITY);
        }
        if (e.outcome() != null && r.outcome() != null) {
            score += e.outcome().equals(r.outcome()) ? OUTCOME_AGREES
                    : e.outcome().equals(ADOPTED) || r.outcome().equals(ADOPTED) ? OUTCOME_OPPOSED : OUTCOME_DIFFERS;
        }
        score += TITLE_OVERLAP * titleSimilarity(e.title(), r.titles());
        if (e.sponsors() != null && !e.sponsors().isEmpty() && r.sponsors() != null && !r.sponsors().isEmpty()) {
            score += e.sponsors().stream().anyMatch(r.sponsors()::contains) ? SPONSOR_AGREES : SPONSOR_DIFFERS;
        }
        score += positionAgreement(e.positions(), r.positions());
        Integer year = year(e.date() != null ? e.date() : r.date());
        boolean overfilled = overfill(body, year, c, e.positions(), rc, r.positions());
        if (vetoersDiffer(body, year, e.positions(), r.positions())) {
            if (overfilled) {
                // each side names its vetoing members, other ones, and together more noes than the vote had: one side
                // would have to leave out a veto the other counts, so two vetoes ("14 to 1, the US" and "14 to 1, Russia")
                return Optional.empty();
            }
            score += VETOERS_DIFFER;
        }
        if (!thinPair(claim, r) && dayOutsideItsTime(claim, r)) {
            score += DAY_OUTSIDE_ITS_TIME;
        }
        if (overfilled) {
            score += NAMES_OVERFILL;
        }
        return Optional.of(score);
    }

    /** All three counts agree and someone voted against: see {@link #DATES_APART_BOUND}. */
    private static boolean fingerprint(Counts a, Counts b) {
        return a.yes() != null && a.no() != null && a.abstain() != null && a.no() > 0
                && a.yes().equals(b.yes()) && a.no().equals(b.no()) && a.abstain().equals(b.abstain());
    }

    /** How many states the two sides name, each on the same side, and each on another. */
    private record Standing(int agree, int differ) {
    }

    private static Standing standing(Map<String, String> mine, Map<String, String> theirs) {
        int agree = 0;
        int differ = 0;
        if (mine != null && theirs != null) {
            for (var p : mine.entrySet()) {
                String other = theirs.get(p.getKey());
                if (other != null) {
                    if (other.equals(p.getValue())) {
                        agree++;
                    } else {
                        differ++;
                    }
                }
            }
        }
        return new Standing(agree, differ);
    }

    /** The claim puts a state on another side than the record does. */
    private static boolean stancesContradict(Map<String, String> mine, Map<String, String> theirs) {
        return standing(mine, theirs).differ() > 0;
    }

    /** Both sides name permanent members voting no on a Council text, and no member is named by both. */
    static boolean vetoersDiffer(String body, Integer year, Map<String, String> mine, Map<String, String> theirs) {
        if (!UnRules.SC.equals(body) || mine == null || theirs == null) {
            return false;
        }
        Set<String> permanent = UnRules.permanentMembers(year);
        Set<String> myNoes = new HashSet<>();
        mine.forEach((iso, vote) -> {
            if (permanent.contains(iso) && "no".equals(vote)) {
                myNoes.add(iso);
            }
        });
        boolean theirsNamed = false;
        for (var p : theirs.entrySet()) {
            if (permanent.contains(p.getKey()) && "no".equals(p.getValue())) {
                if (myNoes.contains(p.getKey())) {
                    return false;
                }
                theirsNamed = true;
            }
        }
        return theirsNamed && !myNoes.isEmpty();
    }

    /**
     * Whether a side that knows its vote's day but not its year ({@code month_day}, no date) tells a day the other
     * side's time cannot hold: more than {@link #NEAR_DAYS} from the other's date or yearless day (either way round
     * the year), or, where the other knows only when it was first reported, outside the weeks up to that report.
     */
    static boolean dayOutsideItsTime(Claim claim, ResolutionRecord r) {
        VoteEvent e = claim.event();
        boolean mineYearless = e.date() == null && e.monthDay() != null;
        boolean theirsYearless = r.date() == null && r.monthDay() != null;
        if (!mineYearless && !theirsYearless) {
            return false;
        }
        if (mineYearless) {
            return outside(dayOfYear(null, e.monthDay()), r.date(), r.monthDay(), r.firstReported());
        }
        return outside(dayOfYear(null, r.monthDay()), e.date(), e.monthDay(), claim.published());
    }

    private static boolean outside(int yearless, String date, String monthDay, String reported) {
        int theirs = dayOfYear(date, monthDay);
        if (yearless < 0) {
            return false;
        }
        if (theirs >= 0) {
            int apart = Math.abs(yearless - theirs);
            return Math.min(apart, DAYS_OF_YEAR - apart) > NEAR_DAYS;
        }
        Long by = day(reported);
        if (by == null) {
            return false;
        }
        // days from the last such day (a day's grace after the report) back to the report: within the weeks before it
        int latest = dayOfYear(LocalDate.ofEpochDay(by + 1).toString(), null);
        int before = Math.floorMod(latest - yearless, DAYS_OF_YEAR);
        return before > NEAR_DAYS + 1;
    }

    /**
     * Whether a vote of the years this symbol places it in (a Council symbol's year, the Assembly session's two) can
     * be a vote held on {@code date} and reported by {@code reported}; true when the symbol tells no year.
     */
    static boolean yearsMeet(String symbol, String date, String reported) {
        int[] years = years(symbol);
        if (years == null) {
            return true;
        }
        Integer held = year(date);
        Integer by = year(reported);
        return (held == null || held >= years[0] && held <= years[1]) && (by == null || by >= years[0]);
    }

    /** The first and last year a symbol places its vote in (a Council symbol's year, an Assembly session's two), or null. */
    private static int[] years(String symbol) {
        if (symbol == null) {
            return null;
        }
        String s = normalSymbol(symbol);
        Matcher council = COUNCIL_YEAR.matcher(s);
        Matcher session = ASSEMBLY_SESSION.matcher(s);
        if (council.matches()) {
            int year = Integer.parseInt(council.group(1) != null ? council.group(1) : council.group(2));
            return new int[] {year, year};
        }
        if (session.matches()) {
            int opens = ASSEMBLY_SESSION_ZERO + Integer.parseInt(session.group(1));
            return new int[] {opens, opens + 1};
        }
        return null;
    }

    /**
     * Whether the two sides together name more voters than the vote had, though neither does alone: more than the
     * body's seats that year (or the latest year), or more on a side than its count.
     */
    static boolean overfill(String body, Integer year, Counts mine, Map<String, String> myNames, Counts theirs,
                            Map<String, String> theirNames) {
        Integer seats = UnRules.size(body, year);
        Map<String, String> theirsOrNone = theirNames == null ? Map.of() : theirNames;
        int[] myCount = named(myNames);
        int[] theirCount = named(theirsOrNone);
        // both sides' names, a state named by both counted once (on the claim's side)
        int[] bothCount = theirCount.clone();
        if (myNames != null) {
            for (var p : myNames.entrySet()) {
                int side = side(p.getValue());
                int before = side(theirsOrNone.get(p.getKey()));
                if (side >= 0) {
                    bothCount[side]++;
                }
                if (before >= 0) {
                    bothCount[before]--;
                }
            }
        }
        Integer[] counts = new Integer[3];
        for (int i = 0; i < 3; i++) {
            Integer a = count(mine, i);
            Integer b = count(theirs, i);
            // counts that differ are weighed as such, not again here
            counts[i] = a == null ? b : b == null || a.equals(b) ? a : null;
        }
        return overfull(seats, counts, bothCount) && !overfull(seats, counts(mine), myCount)
                && !overfull(seats, counts(theirs), theirCount);
    }

    /** More voters named on a side than its count, or more voters in all (absentees too) than the seats. */
    private static boolean overfull(Integer seats, Integer[] counts, int[] named) {
        int voters = named[3];
        for (int i = 0; i < 3; i++) {
            if (counts[i] != null && named[i] > counts[i]) {
                return true;
            }
            voters += Math.max(counts[i] == null ? 0 : counts[i], named[i]);
        }
        return seats != null && voters > seats;
    }

    /** How many states are named on each side (yes, no, abstain, absent). */
    private static int[] named(Map<String, String> names) {
        int[] named = new int[SIDES.length];
        if (names != null) {
            for (String v : names.values()) {
                int side = side(v);
                if (side >= 0) {
                    named[side]++;
                }
            }
        }
        return named;
    }

    private static int side(String vote) {
        for (int i = 0; vote != null && i < SIDES.length; i++) {
            if (SIDES[i].equals(vote)) {
                return i;
            }
        }
        return -1;
    }

    private static Integer[] counts(Counts c) {
        return new Integer[] {count(c, 0), count(c, 1), count(c, 2)};
    }

    private static Integer count(Counts c, int side) {
        return c == null ? null : side == 0 ? c.yes() : side == 1 ? c.no() : c.abstain();
    }

    private static Integer year(String iso) {
        Long d = day(iso);
        return d == null ? null : LocalDate.ofEpochDay(d).getYear();
    }

    private static double positionAgreement(Map<String, String> mine, Map<String, String> theirs) {
        Standing named = standing(mine, theirs);
        double s = named.agree() * POSITION_AGREES + named.differ() * POSITION_DIFFERS;
        return Math.max(-POSITIONS_BOUND, Math.min(POSITIONS_BOUND, s));
    }

    /** Best Jaccard overlap of content words between the title and any name the resolution is known by. */
    static double titleSimilarity(String title, List<String> titles) {
        if (title == null || titles == null || titles.isEmpty()) {
            return 0;
        }
        Set<String> a = words(title);
        double best = 0;
        for (String t : titles) {
            Set<String> b = words(t);
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            int both = 0;
            for (String w : a) {
                both += b.contains(w) ? 1 : 0;
            }
            best = Math.max(best, (double) both / (a.size() + b.size() - both));
        }
        return best;
    }

    /**
     * A title's words, read once: a record's titles are weighed against every claim and record near it (at 100 hot
     * articles/s, splitting them again was 8% of the tally's samples, JFR). Kept until {@link #WORDS_KEPT} titles.
     */
    static Set<String> words(String text) {
        Set<String> known = WORDS.get(text);
        if (known != null) {
            return known;
        }
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOPWORDS.contains(w)) {
                out.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
            }
        }
        if (WORDS.size() >= WORDS_KEPT) {
            WORDS.clear();
        }
        Set<String> words = Set.copyOf(out);
        WORDS.put(text, words);
        return words;
    }

    public static String normalSymbol(String symbol) {
        return symbol.toUpperCase(Locale.ROOT).replaceAll("\\s+", "").replaceFirst("^DRAFT", "");
    }

    /** True when vote date {@code date} is more than a day after publication date {@code reported}. */
    private static boolean after(String date, String reported) {
        Long d = day(date);
        Long r = day(reported);
        return d != null && r != null && d > r + 1;
    }

    /**
     * The epoch day of an ISO date or date-time; null when absent or unreadable. Read by hand, not by
     * {@code LocalDate.parse}: the merge check compares every record around a new one with its own neighbours, and
     * the formatter's parse was most of the tally's time on votes spread over many days.
     */
    static Long day(String iso) {
        if (iso == null || iso.length() < 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
            return null;
        }
        int year = digits(iso, 0, 4);
        int month = digits(iso, 5, 7);
        int day = digits(iso, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null; // no such day (a 30 February): the formatter's strict reading refuses it too
        }
    }

    /** The number the ASCII digits in [from, to) write; -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static boolean same(String a, String b) {
        return a == null || b == null || a.equals(b);
    }
}
