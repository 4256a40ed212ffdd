package io.votewire.extraction.reader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes a list of alternatives as one expression that reads their common opening letters once: "voted against",
 * "voting against", "vote no" become {@code vot(?:ed against|ing against|e no)}. The regex engine tries the
 * alternatives of a group one by one, so a long list costs a try per alternative at every place it is matched;
 * factored, it costs a try per letter that differs. Matches are exactly those of {@code (?:a|b|...)}: only
 * alternatives that open with different letters change places (no text starts with both), never across one whose
 * opening is not a plain letter, and a common opening is read once. {@code AlternationTest} checks it.
 */
final class Alternation {
    private static final String SPECIAL = "\\.[]{}()*+?^$|";

    private Alternation() {
    }

    /**
     * @param anyCase whether the expression it goes into is case-insensitive (ASCII letters then open alike)
     * @param alternatives expressions, each opening with its plain letters (if any) and going on with any syntax
     */
    static String of(boolean anyCase, String... alternatives) {
        List<String[]> split = new ArrayList<>();
        for (String a : alternatives) {
            int n = plainOpening(a);
            split.add(new String[] {a.substring(0, n), a.substring(n)});
        }
        return "(?:" + factor(split, anyCase) + ")";
    }

    /** How many characters the alternative opens with that match only themselves, once. */
    private static int plainOpening(String a) {
        int i = 0;
        while (i < a.length() && SPECIAL.indexOf(a.charAt(i)) < 0
                && !(i + 1 < a.length() && "?*+{".indexOf(a.charAt(i + 1)) >= 0)) {
            i++;
        }
        return i;
    }

    /** The alternatives as (opening, rest) pairs, in order, as the body of an alternation. */
    private static String factor(List<String[]> alternatives, boolean anyCase) {
        StringJoiner out = new StringJoiner("|");
        // the groups by first letter since the last alternative without an opening, in order of appearance
        Map<Character, List<String[]>> groups = new LinkedHashMap<>();
        for (String[] a : alternatives) {
            if (a[0].isEmpty()) {
                flush(groups, out, anyCase);
                out.add(a[1]);
            } else {
                groups.computeIfAbsent(fold(a[0].charAt(0), anyCase), c -> new ArrayList<>()).add(a);
            }
        }
        flush(groups, out, anyCase);
        return out.toString();
    }

    private static void flush(Map<Character, List<String[]>> groups, StringJoiner out, boolean anyCase) {
        for (List<String[]> group : groups.values()) {
            if (group.size() == 1) {
                out.add(group.get(0)[0] + group.get(0)[1]);
                continue;
            }
            int common = commonOpening(group, anyCase);
            List<String[]> tails = new ArrayList<>();
            for (String[] a : group) {
                tails.add(new String[] {a[0].substring(common), a[1]});
            }
            out.add(group.get(0)[0].substring(0, common) + "(?:" + factor(tails, anyCase) + ")");
        }
        groups.clear();
    }

    private static int commonOpening(List<String[]> group, boolean anyCase) {
        String first = group.get(0)[0];
        int n = first.length();
        for (String[] a : group) {
            int i = 0;
            while (i < n && i < a[0].length() && fold(a[0].charAt(i), anyCase) == fold(first.charAt(i), anyCase)) {
                i++;
            }
            n = i;
        }
        return n;
    }

    private static char fold(char c, boolean anyCase) {
        return anyCase && c < 128 ? Character.toLowerCase(c) : c;
    }
}
