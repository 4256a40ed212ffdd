package io.votewire.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What is known about the bodies that vote, by year, and the rules that follow from it: who sat on the Security
 * Council, the General Assembly and the Human Rights Council each year (tables in this package's resources, read
 * once), how many members each had, and what a Security Council adoption needs. The reader and the tally both ask
 * here, so the facts are written down once.
 */
public final class UnRules {
    public static final String GA = "GA";
    public static final String SC = "SC";
    public static final String HRC = "HRC";
    /** A Security Council decision needs nine affirmative votes (Charter, Article 27, as amended in 1965). */
    public static final int SC_ADOPTION_YES = 9;
    private static final int SC_PERMANENT_SEATS = 5;
    private static final int HRC_SEATS = 47;
    private static final int HRC_FIRST_YEAR = 2006;

    /** A rule a reported vote breaks: which rule, the field it is about, and why, in words a reader can check. */
    public record Breach(String rule, String field, String reason) {
        public static final String MEMBERSHIP = "membership";
        public static final String SIZE = "size";
        public static final String ADOPTION = "adoption";
    }

    /** The calendar years a vote took place in, first to last (one year when its date is known). */
    public record Years(int first, int last) {
        public Years {
            if (first > last) {
                throw new IllegalArgumentException("years " + first + " to " + last);
            }
        }

        public static Years of(int year) {
            return new Years(year, year);
        }
    }

    /** A state's seat on the Human Rights Council from one day to another (both included), in its regional group. */
    record Seat(String iso3, String group, LocalDate from, LocalDate to) {
    }

    private static final Map<String, TreeMap<Integer, Set<String>>> SEATED = new HashMap<>();
    private static final List<Seat> RIGHTS_COUNCIL_SEATS;
    private static final TreeMap<Integer, Set<String>> ELECTED = new TreeMap<>();
    private static final TreeMap<Integer, Set<String>> PERMANENT = new TreeMap<>();

    static {
        List<String[]> permanentSeats = new ArrayList<>();
        readTable("un-security-council.tsv", f -> {
            if (f[0].equals("permanent")) {
                permanentSeats.add(f);
            } else {
                ELECTED.put(Integer.parseInt(f[1]), new TreeSet<>(List.of(f[2].split(" "))));
            }
        });
        TreeMap<Integer, Set<String>> council = new TreeMap<>();
        ELECTED.forEach((year, elected) -> {
            // a permanent seat held by two states in one year (1971, 1991): both sat that year
            Set<String> permanent = new TreeSet<>();
            for (String[] seat : permanentSeats) {
                if (Integer.parseInt(seat[2]) <= year && (seat.length < 4 || year <= Integer.parseInt(seat[3]))) {
                    permanent.add(seat[1]);
                }
            }
            PERMANENT.put(year, Set.copyOf(permanent));
            Set<String> all = new TreeSet<>(elected);
            all.addAll(permanent);
            council.put(year, all);
        });
        SEATED.put(SC, council);

        TreeMap<Integer, Set<String>> assembly = new TreeMap<>();
        int[] through = new int[1];
        List<String[]> ranges = new ArrayList<>();
        readTable("un-general-assembly.tsv", f -> {
            if (f[0].equals("through")) {
                through[0] = Integer.parseInt(f[1]);
            } else {
                ranges.add(f);
            }
        });
        for (String[] f : ranges) {
            for (String range : f[1].split(" ")) {
                String[] ends = range.split("-", -1);
                int last = ends[1].isEmpty() ? through[0] : Integer.parseInt(ends[1]);
                for (int y = Integer.parseInt(ends[0]); y <= last; y++) {
                    assembly.computeIfAbsent(y, k -> new TreeSet<>()).add(f[0]);
                }
            }
        }
        SEATED.put(GA, assembly);

        int[] rightsThrough = new int[1];
        List<Seat> seats = new ArrayList<>();
        readTable("un-human-rights-council.tsv", f -> {
            if (f[0].equals("through")) {
                rightsThrough[0] = Integer.parseInt(f[1]);
            } else {
                for (String iso3 : f[3].split(" ")) {
                    seats.add(new Seat(iso3, f[0], LocalDate.parse(f[1]), LocalDate.parse(f[2])));
                }
            }
        });
        RIGHTS_COUNCIL_SEATS = List.copyOf(seats);
        // a state sat in a year if it held a seat on any day of it (until 2012 terms changed hands in June)
        TreeMap<Integer, Set<String>> rights = new TreeMap<>();
        for (int y = HRC_FIRST_YEAR; y <= rightsThrough[0]; y++) {
            rights.put(y, new TreeSet<>());
        }
        for (Seat seat : seats) {
            for (int y = seat.from().getYear(); y <= Math.min(seat.to().getYear(), rightsThrough[0]); y++) {
                rights.get(y).add(seat.iso3());
            }
        }
        SEATED.put(HRC, rights);
    }

    private UnRules() {
    }

    /** Every Human Rights Council seat in the table, as read (the table's own checks are in UnRulesTest). */
    static List<Seat> rightsCouncilSeats() {
        return RIGHTS_COUNCIL_SEATS;
    }

    private static void readTable(String name, Consumer<String[]> row) {
        try (InputStream in = UnRules.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many members could vote in the body in that year (null, or a year after the tables: the latest known), or
     * null for a body the tables do not know (OTHER) or a year before it existed. The Assembly's is the number of
     * states that sat in it at some time of the year.
     */
    public static Integer size(String body, Integer year) {
        if (HRC.equals(body)) {
            return year == null || year >= HRC_FIRST_YEAR ? HRC_SEATS : null;
        }
        Set<String> seated = SC.equals(body) ? latest(ELECTED, year) : GA.equals(body) ? latest(SEATED.get(GA), year) : null;
        return seated == null ? null : SC.equals(body) ? SC_PERMANENT_SEATS + seated.size() : seated.size();
    }

    private static Set<String> latest(TreeMap<Integer, Set<String>> byYear, Integer year) {
        Map.Entry<Integer, Set<String>> e = year == null ? byYear.lastEntry() : byYear.floorEntry(year);
        return e == null ? null : e.getValue();
    }

    /** The permanent members of the Security Council in that year (null, or a year after the table: the latest known). */
    public static Set<String> permanentMembers(Integer year) {
        Set<String> p = latest(PERMANENT, year);
        return p == null ? Set.of() : p;
    }

    /** Whether the tables say who sat on the body in that year (the rules about membership apply only then). */
    public static boolean covers(String body, int year) {
        TreeMap<Integer, Set<String>> byYear = SEATED.get(body);
        return byYear != null && byYear.containsKey(year);
    }

    /** Whether the state sat on the body in that year; null when the tables do not cover it. */
    public static Boolean sat(String body, String iso3, int year) {
        return covers(body, year) ? SEATED.get(body).get(year).contains(iso3) : null;
    }

    /**
     * The rules a reported vote breaks: a state voting in a body it did not sit on in any of the years the vote may
     * have taken place in (only years the tables cover), counts adding up to more than the body's members, a
     * Security Council adoption without nine votes in favour or over a permanent member's no.
     *
     * @param years the years the vote may have taken place in, or null when nothing tells (then only the latest
     *              year's size and permanent members are used, and membership is not checked)
     */
    public static List<Breach> breaches(String body, Years years, Counts counts, String outcome, Map<String, String> positions) {
        List<Breach> out = new ArrayList<>();
        Counts c = counts == null ? Counts.NONE : counts;
        Map<String, String> named = positions == null ? Map.of() : positions;
        if (years != null && !named.isEmpty()) {
            TreeSet<String> outsiders = new TreeSet<>(named.keySet());
            for (int y = years.first(); y <= years.last() && !outsiders.isEmpty(); y++) {
                if (!covers(body, y)) {
                    outsiders.clear(); // a year the tables do not cover: nothing can be said
                } else {
                    outsiders.removeAll(SEATED.get(body).get(y));
                }
            }
            if (!outsiders.isEmpty()) {
                out.add(new Breach(Breach.MEMBERSHIP, "positions", String.join(", ", outsiders)
                                + " did not sit on the " + body + " in " + span(years)));
            }
        }
        int total = (c.yes() == null ? 0 : c.yes()) + (c.no() == null ? 0 : c.no()) + (c.abstain() == null ? 0 : c.abstain());
        Integer members = largest(body, years);
        if (members != null && total > members) {
            out.add(new Breach(Breach.SIZE, "counts", "the counts add up to " + total + ", more than the " + members
                    + " members of the " + body));
        }
        if (SC.equals(body) && "adopted".equals(outcome)) {
            if (c.yes() != null && c.yes() < SC_ADOPTION_YES) {
                out.add(new Breach(Breach.ADOPTION, "outcome", "reported as adopted with " + c.yes()
                        + " votes in favour; the Security Council needs " + SC_ADOPTION_YES));
            }
            TreeSet<String> vetoes = new TreeSet<>();
            for (String p : permanentMembersIn(years)) {
                if ("no".equals(named.get(p))) {
                    vetoes.add(p);
                }
            }
            if (!vetoes.isEmpty()) {
                out.add(new Breach(Breach.ADOPTION, "outcome", "reported as adopted, but " + String.join(", ", vetoes)
                        + (vetoes.size() == 1 ? ", a permanent member, voted no" : ", permanent members, voted no")));
            }
        }
        return out;
    }

    /** Every state that held a permanent seat in any of the years (the latest year's when they are unknown). */
    private static Set<String> permanentMembersIn(Years years) {
        if (years == null) {
            return permanentMembers(null);
        }
        Set<String> all = new TreeSet<>();
        for (int y = years.first(); y <= years.last(); y++) {
            all.addAll(permanentMembers(y));
        }
        return all;
    }

    /** The most members the body had in any of the years (the latest year's when they are unknown). */
    private static Integer largest(String body, Years years) {
        if (years == null) {
            return size(body, null);
        }
        Integer most = null;
        for (int y = years.first(); y <= years.last(); y++) {
            Integer s = size(body, y);
            if (s != null && (most == null || s > most)) {
                most = s;
            }
        }
        return most;
    }

    private static String span(Years years) {
        return years.first() == years.last() ? String.valueOf(years.first()) : years.first() + "-" + years.last();
    }
}
